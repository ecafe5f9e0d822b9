/**
 * Crash test of what a meeting records besides the minutes: are acknowledged decisions, actions and attendance there
 * after the app is killed?
 *
 *   npx tsx electron/bin/crash-test-records.ts [--runs N] [--jobs J] [--keep] [--tsx]
 *
 * Each run starts a writer process (this file with --writer) that opens the database through the real backend,
 * creates a meeting, then records in a loop, through the backend API as the screens do: a decision added
 * (`meetings.saveItemDecisions`), an action added (`meetings.addAction`), an attendee added and their attendance
 * recorded (`meetings.addAttendee`, `meetings.updateAttendee`), printing each only after the call has resolved. A
 * random 50-400 ms after it starts, the writer is killed with SIGKILL. The database is then reopened through the
 * backend (`meetings.get`, so the check holds whatever query layer is underneath) and the run is lost when anything
 * acknowledged is missing or not as written; `PRAGMA integrity_check` must answer ok.
 *
 * Prints exactly `runs=N lost=0 integrity=ok` on success and exits 0; otherwise the same line with the figures
 * found, and exits 1. Timing and counts go to stderr.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { createBackend, databaseConfig, type Backend } from '../backend/backend';
import { openDatabase } from '../backend/db/open';
import { option, writerCommand } from './crash-test-harness';

const SELF = fileURLToPath(import.meta.url);
const READY_TIMEOUT_MS = 30_000;

/** What the writer records at step n: pure functions of n, so a reopened database can be checked. */
export const decisionFor = (n: number): string => `Decision ${n}: refer to the family support service.`;
export const actionFor = (n: number): string => `Action ${n}: share the return interview with the school.`;
export const attendeeFor = (n: number): string => `Attendee ${n} Samplename`;

/** The last of each kind the writer printed as saved (0: none). */
export interface Acknowledged {
  decision: number;
  action: number;
  attendee: number;
  /** The attendee whose attendance ("attended") was acknowledged last. */
  attended: number;
}

export interface StoredRecord {
  decisions: string[];
  actions: string[];
  attendees: Array<{ name: string; status: string }>;
}

/** Lost: an acknowledged record is missing, or what is stored is not what the writer wrote, in order. */
export function isLost(ack: Acknowledged, stored: StoredRecord): boolean {
  const wellFormed = (list: readonly string[], f: (n: number) => string) =>
    list.every((v, i) => v === f(i + 1));
  const people = stored.attendees.filter((a) => a.name.startsWith('Attendee '));
  if (!wellFormed(stored.decisions, decisionFor) || stored.decisions.length < ack.decision) return true;
  if (!wellFormed(stored.actions, actionFor) || stored.actions.length < ack.action) return true;
  if (
    !wellFormed(
      people.map((p) => p.name),
      attendeeFor,
    ) ||
    people.length < ack.attendee
  )
    return true;
  return ack.attended > 0 && people[ack.attended - 1]?.status !== 'attended';
}

// ---- The writer: a separate process, killed mid-meeting ----

const say = (line: string) => writeSync(1, `${line}\n`); // synchronous: printed before the next call starts

async function must(b: Backend, method: string, input: unknown): Promise<unknown> {
  const r = await b.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

async function writer(dataDir: string): Promise<never> {
  const b = await createBackend({ dataDir, logError: () => undefined });
  const child = (await must(b, 'children.create', {
    givenName: 'Crash',
    familyName: 'Testchild',
    dateOfBirth: '2011-05-04',
    gender: 'not-recorded',
    caseReference: `CRASH-${process.pid}-${Date.now()}`,
    legalStatus: 'child-in-care',
    placingAuthority: 'Exampleshire',
    placementType: 'foster-care',
  })) as { id: string };
  const record = (await must(b, 'meetings.create', {
    kind: 'urgent-care-review',
    childIds: [child.id],
    chairRole: 'Team Manager',
    scheduledAt: new Date().toISOString(),
    reason: 'Crash test',
  })) as { meeting: { id: string }; items: Array<{ id: string }> };
  const meetingId = record.meeting.id;
  const itemId = record.items[0]!.id;
  say(`meeting ${meetingId} ${itemId}`);
  say('ready');
  const decisions: string[] = [];
  for (let n = 1; ; n += 1) {
    decisions.push(decisionFor(n));
    await must(b, 'meetings.saveItemDecisions', { meetingId, itemId, decisions });
    say(`decision ${n}`);
    await must(b, 'meetings.addAction', {
      meetingId,
      itemId,
      action: {
        what: actionFor(n),
        owner: 'R. Worker',
        agency: 'Missing service',
        dueOn: null,
        status: 'open',
      },
    });
    say(`action ${n}`);
    const attendee = { role: 'other', name: attendeeFor(n), agency: 'Exampleshire', status: 'invited' };
    const list = (await must(b, 'meetings.addAttendee', { meetingId, attendee })) as Array<{
      id: string;
      name: string;
      revision: number;
    }>;
    say(`attendee ${n}`);
    const added = list.find((a) => a.name === attendeeFor(n));
    if (!added) throw new Error('the attendee added is not in the answer');
    await must(b, 'meetings.updateAttendee', {
      meetingId,
      attendeeId: added.id,
      baseRevision: added.revision,
      attendee: { ...attendee, status: 'attended' },
    });
    say(`attended ${n}`);
  }
}

// ---- The parent: spawn, kill, reopen through the backend, check ----

function lastAck(lines: readonly string[], kind: keyof Acknowledged): number {
  const last = lines.filter((l) => l.startsWith(`${kind} `)).at(-1);
  return last === undefined ? 0 : Number(last.slice(kind.length + 1));
}

async function readBack(dataDir: string, meetingId: string, itemId: string): Promise<StoredRecord> {
  const b = await createBackend({ dataDir, logError: () => undefined });
  try {
    const r = await b.call('meetings.get', { meetingId });
    if (!r.ok) throw new Error(`meetings.get: ${r.error.message}`);
    const record = r.value as {
      items: Array<{ id: string; decisions: string[]; actions: Array<{ what: string }> }>;
      attendees: Array<{ name: string; status: string }>;
    };
    const item = record.items.find((i) => i.id === itemId);
    return {
      decisions: item?.decisions ?? [],
      actions: (item?.actions ?? []).map((a) => a.what),
      attendees: record.attendees,
    };
  } finally {
    await b.close();
  }
}

interface RunResult {
  lost: boolean;
  integrity: string;
  acknowledged: number;
}

function runOnce(writerArgs: readonly string[], dataDir: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...writerArgs, '--writer', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killTimer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => proc.kill('SIGKILL'), READY_TIMEOUT_MS);
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (killTimer === undefined && out.includes('ready\n'))
        killTimer = setTimeout(() => proc.kill('SIGKILL'), 50 + Math.floor(Math.random() * 351));
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    proc.on('error', reject);
    proc.on('close', (_code, signal) => {
      clearTimeout(giveUp);
      clearTimeout(killTimer);
      // Only whole lines count: a line cut by the kill was never acknowledged.
      const lines = out.split('\n').slice(0, -1);
      const ids = lines.find((l) => l.startsWith('meeting '))?.split(' ');
      if (signal !== 'SIGKILL' || !lines.includes('ready') || !ids) {
        reject(new Error(`the writer stopped on its own (${signal ?? 'exit'}): ${err.trim().slice(0, 500)}`));
        return;
      }
      const ack: Acknowledged = {
        decision: lastAck(lines, 'decision'),
        action: lastAck(lines, 'action'),
        attendee: lastAck(lines, 'attendee'),
        attended: lastAck(lines, 'attended'),
      };
      readBack(dataDir, ids[1]!, ids[2]!)
        .then(async (stored) => {
          // There is no API for the file's own health: the check reads it the way the app opens it.
          const database = await openDatabase(databaseConfig({ dataDir }));
          try {
            const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(
              database.db,
            );
            const integrity = rows.map((r) => r.integrity_check).join('|');
            const acknowledged = ack.decision + ack.action + ack.attendee + ack.attended;
            resolve({ lost: isLost(ack, stored), integrity, acknowledged });
          } finally {
            await database.close();
          }
        })
        .catch(reject);
    });
  });
}

async function main(): Promise<number> {
  const runs = option('--runs', 100);
  const jobs = Math.min(option('--jobs', Math.min(2, availableParallelism())), runs);
  const started = Date.now();
  const workDir = mkdtempSync(join(tmpdir(), 'homeward-crash-records-writer-'));
  const command = await writerCommand(workDir, SELF);
  // One data folder per lane, reused by its runs: each run reopens a database the previous run was killed on.
  const dirs = Array.from({ length: jobs }, () => mkdtempSync(join(tmpdir(), 'homeward-crash-records-')));
  let next = 0;
  let lost = 0;
  let acknowledged = 0;
  const integrity = new Set<string>();
  try {
    await Promise.all(
      dirs.map(async (dir) => {
        while (next < runs) {
          next += 1;
          const r = await runOnce(command.args, dir);
          if (r.lost) lost += 1;
          integrity.add(r.integrity);
          acknowledged += r.acknowledged;
        }
      }),
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    if (!process.argv.includes('--keep'))
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
  const ok = integrity.size === 1 && integrity.has('ok');
  console.error(
    `crash-test-records: ${runs} runs on ${jobs} lanes in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `writer ${command.bundled ? 'bundled' : 'under tsx'}; ${acknowledged} acknowledged decisions, actions ` +
      'and attendance records checked',
  );
  console.log(
    `runs=${runs} lost=${lost} integrity=${ok ? 'ok' : [...integrity].filter((i) => i !== 'ok').join('|')}`,
  );
  return lost === 0 && ok ? 0 : 1;
}

const invokedDirectly =
  process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;
if (invokedDirectly) {
  const at = process.argv.indexOf('--writer');
  if (at !== -1) {
    writer(process.argv[at + 1] ?? '').catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    });
  } else {
    main().then(
      (code) => process.exit(code),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(2);
      },
    );
  }
}
