/**
 * Crash test of the minutes autosave: does an acknowledged save survive the app being killed?
 *
 *   npx tsx electron/bin/crash-test.ts [--runs N] [--jobs J] [--keep] [--tsx]
 *
 * Each run starts a writer process (this file with --writer) that opens the database through the real backend,
 * creates a meeting, then types minutes in a loop through `meetings.saveItemMinutes`, printing each revision only
 * after the call has resolved. A random 50-400 ms after the writer starts typing, it is killed with SIGKILL. The
 * database is reopened the way the app opens it, and the run is lost when the latest acknowledged save is not there
 * (text and revision at least the acknowledged one); `PRAGMA integrity_check` must answer ok.
 *
 * The writer is bundled once with esbuild so each start is plain Node (about 0.25 s rather than 0.6-1 s under tsx);
 * --tsx runs it under tsx instead. Runs go two at a time (--jobs), each lane reusing one data folder.
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
import { option, writerCommand } from './crash-test-harness';
import { openDatabase } from '../backend/db/open';

const SELF = fileURLToPath(import.meta.url);
const READY_TIMEOUT_MS = 30_000;

/** The minutes written at a revision: a pure function of it, so a reopened database can be checked. */
export const minutesFor = (revision: number): string =>
  `${'The chair asked whether the return interview was offered within 72 hours. '.repeat(revision % 40)}[rev ${revision}]`;

export interface RunOutcome {
  /** The last revision the writer printed as saved; null when it was killed before any save came back. */
  acknowledged: number | null;
  stored: { minutes: string; revision: number } | undefined;
}

/** Lost: an acknowledged save is not in the database, or what is there is not what that revision wrote. */
export function isLost({ acknowledged, stored }: RunOutcome): boolean {
  if (acknowledged === null) return false;
  if (!stored) return true;
  return stored.revision < acknowledged || stored.minutes !== minutesFor(stored.revision);
}

// ---- The writer: a separate process, killed mid-typing ----

const say = (line: string) => writeSync(1, `${line}\n`); // synchronous: printed before the next save starts

async function must(b: Backend, method: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await b.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

async function writer(dataDir: string): Promise<never> {
  const b = await createBackend({ dataDir, logError: () => undefined });
  const child = await must(b, 'children.create', {
    givenName: 'Crash',
    familyName: 'Testchild',
    dateOfBirth: '2011-05-04',
    gender: 'not-recorded',
    caseReference: `CRASH-${process.pid}-${Date.now()}`,
    legalStatus: 'child-in-care',
    placingAuthority: 'Exampleshire',
    placementType: 'foster-care',
  });
  const record = await must(b, 'meetings.create', {
    kind: 'urgent-care-review',
    childIds: [child.id],
    chairRole: 'Team Manager',
    scheduledAt: new Date().toISOString(),
    reason: 'Crash test',
  });
  const meetingId = (record.meeting as { id: string }).id;
  const itemId = (record.items as Array<{ id: string }>)[0]!.id;
  say(`meeting ${meetingId} ${itemId}`);
  say('ready');
  let revision = 0;
  for (;;) {
    const saved = await must(b, 'meetings.saveItemMinutes', {
      meetingId,
      itemId,
      minutes: minutesFor(revision + 1),
      baseRevision: revision,
    });
    revision = saved.revision as number;
    say(`ack ${revision}`);
  }
}

// ---- The parent: spawn, kill, reopen, check ----

interface RunResult {
  lost: boolean;
  integrity: string;
  acknowledged: number | null;
  /** From spawning the writer to its first keystroke: the cost of starting Node, tsx and the backend. */
  startupMs: number;
}

/** Reopens the database the way the app does and reads back the item the writer was typing into. */
async function checkStored(
  dataDir: string,
  itemId: string,
): Promise<Pick<RunOutcome, 'stored'> & { integrity: string }> {
  const database = await openDatabase(databaseConfig({ dataDir }));
  const { db } = database;
  try {
    const stored = await db
      .selectFrom('meeting_items')
      .select(['minutes', 'revision'])
      .where('id', '=', itemId)
      .executeTakeFirst();
    // SQLite's own check of the file: this crash test is of the embedded database (a server keeps its own WAL).
    const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
    return { stored, integrity: rows.map((r) => r.integrity_check).join('|') };
  } finally {
    await database.close();
  }
}

function runOnce(writerArgs: readonly string[], dataDir: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const spawnedAt = Date.now();
    let startupMs = 0;
    const proc = spawn(process.execPath, [...writerArgs, '--writer', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killTimer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => proc.kill('SIGKILL'), READY_TIMEOUT_MS);
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (killTimer === undefined && out.includes('ready\n')) {
        startupMs = Date.now() - spawnedAt;
        killTimer = setTimeout(() => proc.kill('SIGKILL'), 50 + Math.floor(Math.random() * 351));
      }
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
      const acks = lines.filter((l) => l.startsWith('ack '));
      const acknowledged = acks.length ? Number(acks.at(-1)!.slice(4)) : null;
      checkStored(dataDir, ids[2] ?? '').then(
        ({ stored, integrity }) =>
          resolve({ lost: isLost({ acknowledged, stored }), integrity, acknowledged, startupMs }),
        reject,
      );
    });
  });
}

async function main(): Promise<number> {
  const runs = option('--runs', 200);
  const jobs = Math.min(option('--jobs', Math.min(2, availableParallelism())), runs);
  const started = Date.now();
  const workDir = mkdtempSync(join(tmpdir(), 'homeward-crash-writer-'));
  const command = await writerCommand(workDir, SELF);
  // One data folder per lane, reused by its runs: each run reopens a database the previous run was killed on.
  const dirs = Array.from({ length: jobs }, () => mkdtempSync(join(tmpdir(), 'homeward-crash-')));
  let next = 0;
  let lost = 0;
  let acknowledged = 0;
  let withSaves = 0;
  let startupMs = 0;
  const integrity = new Set<string>();
  try {
    await Promise.all(
      dirs.map(async (dir) => {
        while (next < runs) {
          next += 1;
          const r = await runOnce(command.args, dir);
          if (r.lost) lost += 1;
          startupMs += r.startupMs;
          integrity.add(r.integrity);
          if (r.acknowledged !== null) {
            withSaves += 1;
            acknowledged += r.acknowledged;
          }
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
    `crash-test: ${runs} runs on ${jobs} lanes in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `writer (${command.bundled ? 'bundled' : 'tsx'}) start ${Math.round(startupMs / runs)} ms on average; ` +
      `${withSaves} runs killed mid-typing; ${acknowledged} acknowledged saves checked`,
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
