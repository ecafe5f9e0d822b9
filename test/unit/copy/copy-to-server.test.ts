import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { COPY_PLAN } from '../../../electron/backend/db/copy';
import { openDatabase, type OpenDatabase } from '../../../electron/backend/db/open';
import type { Database } from '../../../electron/backend/db/schema';
import { episodeInputSchema } from '../../../shared/domain/episode';
import { recordAttendance } from '../meetings/fixtures';
import { actionRevision, freshDatabase, must, sampleChild } from '../support/backend';

// `npm run cli -- copy-to-server <url>` in its own process: a local encrypted SQLite data folder, filled through
// the API, copied onto a fresh database of the test run's real PostgreSQL. PostgreSQL project only (the target is a
// PostgreSQL server by definition); vitest.config.ts keeps it out of the SQLite project.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const NOW = '2026-11-20T10:00:00.000Z';
const SERVER_AUDIT_KEY = '5e'.repeat(32);
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function cli(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'electron/bin/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HOMEWARD_NOW: NOW, HOMEWARD_DATABASE_URL: '', ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A local data folder with something in every table: demo children, two meetings, an amendment, a letterhead. */
async function localFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-copy-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const b = await createBackend({ dataDir: dir, now: () => new Date(NOW), logError: () => undefined });
  try {
    await fill(b);
  } finally {
    await b.close();
  }
  return dir;
}

async function fill(b: Backend): Promise<void> {
  await must(b, 'settings.update', {
    displayName: 'Chair A. Example',
    displayRole: 'Team Manager',
    organisation: 'Exampleshire Council',
  });
  await must(b, 'app.loadDemo', {});
  const child = await must(b, 'children.create', sampleChild({ caseReference: 'COPY-0001' }));
  const episode = await must(
    b,
    'episodes.create',
    episodeInputSchema.parse({
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-11-10T20:00:00.000Z',
      foundAt: '2026-11-11T09:00:00.000Z',
    }),
  );
  // Today's Daily Review with a child taken off it (issue 12), so the removals table has a row to copy too.
  const review = (await must(b, 'dailyReview.start', {})).record;
  await must(b, 'dailyReview.removeChild', {
    meetingId: review.meeting.id,
    childId: review.meeting.childIds.at(-1)!,
    reason: 'Found safe this morning',
    baseRevision: review.meeting.revision,
  });
  // A return interview (issue 17), so its table has a row to copy too.
  await must(b, 'returnInterviews.save', {
    interview: {
      episodeId: episode.id,
      offered: true,
      independent: true,
      outcome: 'declined',
      outcomeReason: 'Did not want to.',
    },
    baseRevision: null,
  });
  const [mim] = (await must(b, 'agendaTemplates.list', {})).filter((t) => t.kind === 'mim');
  await must(b, 'agendaTemplates.update', {
    kind: 'mim',
    items: [{ key: 'welcome', title: 'Welcome and apologies', source: 'local' }, ...mim!.items],
    baseRevision: 0,
  });
  const meeting = await must(b, 'meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: [child.id],
    chairRole: 'Team Manager',
    chairName: 'Chair A. Example',
    minuteTaker: 'Minute B. Example',
    scheduledAt: '2026-11-21T10:00:00Z',
    venue: 'Room 2, Example House',
    reason: 'Three episodes in 90 days',
    trigger: [episode.id],
  });
  const meetingId = meeting.meeting.id;
  const item = meeting.items.at(-1)!;
  await must(b, 'meetings.saveItemMinutes', {
    meetingId,
    itemId: item.id,
    minutes: 'Agreed.',
    baseRevision: 0,
  });
  await must(b, 'meetings.saveItemDecisions', {
    meetingId,
    itemId: item.id,
    decisions: ['Refer to the panel.'],
  });
  await must(b, 'meetings.addAttendee', {
    meetingId,
    attendee: { name: 'Police C. Example', role: 'police' },
  });
  const booked = await must(b, 'meetings.addAction', {
    meetingId,
    itemId: item.id,
    action: { what: 'Book a return interview', owner: 'Worker A. Example' },
  });
  await must(b, 'meetings.setOutcome', {
    meetingId,
    outcome: { riskLevel: 'high', riskRationale: 'Two episodes.' },
  });
  for (const to of ['in-progress', 'concluded', 'approved'] as const) {
    // Minutes are approved only once everyone invited has an attendance recorded.
    if (to === 'approved') await recordAttendance(b, meetingId);
    await must(b, 'meetings.transition', { meetingId, to });
  }
  await must(b, 'meetings.amend', { meetingId, itemId: item.id, minutes: 'Agreed by all.', reason: 'typo' });
  // The minutes sent to the host authority and an escalation log entry (migration 0018), so their tables have rows.
  await must(b, 'escalations.saveHostMinutes', { meetingId, baseRevision: null, sentTo: 'Host MCS' });
  await must(b, 'escalations.add', {
    childId: child.id,
    fromWho: 'Team Leader A. Example',
    toWho: 'Operations Manager B. Example',
    about: 'Disagreement about the response',
    escalatedAt: NOW,
  });
  await must(b, 'actions.update', {
    id: booked.id,
    baseRevision: await actionRevision(b, booked.id),
    owner: 'Worker B. Example',
    reason: 'On leave.',
  });
  // A later meeting for the same child reviews the first one's open action.
  await must(b, 'meetings.create', {
    kind: 'mim',
    stageLevel: 2,
    childIds: [child.id],
    chairRole: 'Team Manager',
    scheduledAt: '2026-11-28T10:00:00Z',
    venue: 'Room 2, Example House',
    reason: 'Stage 1 did not reduce the episodes',
  });
  // The Philomena Protocol's parts, the photograph (a BLOB) among them.
  await must(b, 'philomena.save', {
    childId: child.id,
    part1: { description: 'Slim build' },
    part2: [{ kind: 'hotspot', name: 'Example bus station', risk: 'medium' }],
  });
  await must(b, 'philomena.recordShare', {
    childId: child.id,
    share: { sharedOn: '2026-11-12', sharedWith: 'PCSO D. Example' },
  });
  await must(b, 'philomena.setPhoto', {
    childId: child.id,
    mimeType: 'image/png',
    base64:
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  });
  await must(b, 'philomena.saveIncident', {
    episodeId: episode.id,
    part3: { checks: [{ code: 'room', done: true, by: 'Carer E. Example', at: '2026-11-10T19:30:00Z' }] },
  });
  // A risk assessment with a plan action (WG appendix a): both its tables have a row to cross.
  await must(b, 'riskAssessments.create', {
    childId: child.id,
    assessment: {
      assessedOn: '2026-11-12',
      careProviderLevel: 'medium',
      socialWorkerLevel: 'medium',
      plan: {
        reportAfterHours: 2,
        actions: [{ description: 'Agree coming-in times', owner: 'Carer E. Example' }],
      },
      agreements: {
        carer: { name: 'Carer E. Example', agreedOn: '2026-11-12' },
        socialWorker: { name: 'Worker A. Example', agreedOn: '2026-11-12' },
      },
    },
  });
  await must(b, 'dailyReview.start', {});
  // A notification recorded as made (issue 16): the first one the demo's Due list asks for.
  const ask = (await must(b, 'protocol.due', {})).items.find((i) => i.kind === 'notification')!;
  await must(b, 'notifications.record', {
    childId: ask.childId,
    episodeId: ask.episodeIds[0]!,
    ruleId: ask.ruleId!,
    role: ask.role!,
    toldWho: 'Duty social worker D. Example',
    toldAt: ask.dueBy!,
  });
  // A statutory review held (ST 17.4; migration 0027).
  await must(b, 'statutoryReviews.add', {
    childId: ask.childId,
    heldOn: '2026-11-12',
    iroName: 'IRO E. Example',
  });
  // A look at the children list: its audit row and the children it showed (audit_children) must go across too.
  await must(b, 'children.list', {});
  await b.context.db
    .insertInto('stored_files')
    .values({ name: 'letterhead.docx', content: new Uint8Array([80, 75, 3, 4, 1, 2, 3]), updated_at: NOW })
    .execute();
}

async function server(): Promise<{ url: string; open: OpenDatabase }> {
  const { databaseUrl } = await freshDatabase();
  const open = await openDatabase({ engine: 'postgres', url: databaseUrl!, poolSize: 2 });
  cleanup.push(() => open.close());
  return { url: databaseUrl!, open };
}

async function openLocal(dir: string): Promise<Backend> {
  const b = await createBackend({ dataDir: dir, now: () => new Date(NOW), logError: () => undefined });
  cleanup.push(() => b.close());
  return b;
}

type Row = Record<string, unknown>;
const rowsOf = async (db: Kysely<Database>, table: string): Promise<Row[]> =>
  (await sql<Row>`SELECT * FROM ${sql.table(table)}`.execute(db)).rows;

/** A row as both engines agree to print it: bytes as hex, generated numbers dropped. */
const normal = (table: string, r: Row): string =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(r)
        .filter(
          ([k]) =>
            !(
              k === 'id' &&
              (table === 'meeting_transitions' || table === 'audit' || table === 'meeting_action_changes')
            ) && k !== 'hash',
        )
        .map(([k, v]) => [k, v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    ),
  );

async function snapshot(db: Kysely<Database>): Promise<string> {
  const out: Record<string, string[]> = {};
  for (const { table } of COPY_PLAN)
    out[table] = (await rowsOf(db, table)).map((r) => normal(table, r)).sort();
  return JSON.stringify(out);
}

describe('copy-to-server: a local database onto the council’s PostgreSQL', () => {
  it('copies every row of every table, re-links the audit trail so audit verify passes, in one summary line', async () => {
    const dir = await localFolder();
    const target = await server();
    const env = { HOMEWARD_DATA_DIR: dir, HOMEWARD_AUDIT_KEY: SERVER_AUDIT_KEY };
    const run = cli(env, 'copy-to-server', target.url);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^Copied 41 children, \d+ episodes, 3 meetings, 1 action and \d+ audit rows \([\d,]+ rows in all\) to the server\.\n$/,
    );

    const local = await openLocal(dir);
    for (const { table, how } of COPY_PLAN) {
      // Accounts, sessions and restrictions exist only on a server; the copy neither reads nor writes them.
      if (how === 'server-only') continue;
      // Worked out from the records: nothing is copied, and the server's own sweep makes it when it starts.
      // The trend's counts (migration 0037) are made on the server as the episodes go in: the same as here.
      if (table === 'episode_hour_counts') {
        const counts = async (db: typeof local.context.db) =>
          (await rowsOf(db, table)).map((r) => JSON.stringify(normal(table, r))).sort();
        expect(await counts(local.context.db)).not.toEqual([]);
        expect(await counts(target.open.db), table).toEqual(await counts(local.context.db));
        continue;
      }
      if (how === 'derived') {
        expect(await rowsOf(target.open.db, table), table).toEqual([]);
        continue;
      }
      // A view's links, merged into the index by child or not yet (migration 0040): the same links on both sides,
      // wherever each side's sweep has got to.
      if (table === 'audit_children_recent') continue;
      if (table === 'audit_children') {
        const links = async (db: typeof local.context.db) =>
          [...(await rowsOf(db, 'audit_children')), ...(await rowsOf(db, 'audit_children_recent'))]
            .map((r) => normal(table, r))
            .sort();
        expect(await links(local.context.db)).not.toEqual([]);
        expect(await links(target.open.db), table).toEqual(await links(local.context.db));
        continue;
      }
      const mine = (await rowsOf(local.context.db, table)).filter(
        (r) =>
          table !== 'settings' ||
          !['auditChainHead', 'displayName', 'displayRole', 'desktopConnection'].includes(String(r.key)),
      );
      const theirs = (await rowsOf(target.open.db, table)).filter(
        (r) =>
          !(table === 'settings' && r.key === 'auditChainHead') &&
          !(table === 'audit' && r.entity_id === 'copy-to-server'),
      );
      expect(mine.length, `${table} has rows to copy`).toBeGreaterThan(0);
      expect(theirs.map((r) => normal(table, r)).sort(), table).toEqual(
        mine.map((r) => normal(table, r)).sort(),
      );
    }
    // The trail keeps its order, each row its time and user, and ends with the copy's own row (no personal data).
    const trail = await target.open.db.selectFrom('audit').selectAll().orderBy('id').execute();
    const localTrail = await local.context.db.selectFrom('audit').selectAll().orderBy('id').execute();
    expect(trail.slice(0, -1).map((r) => [r.at, r.user, r.action, r.entity_id])).toEqual(
      localTrail.map((r) => [r.at, r.user, r.action, r.entity_id]),
    );
    expect(trail.at(-1)).toMatchObject({ action: 'import', entity: 'database', entity_id: 'copy-to-server' });
    expect(trail.at(-1)!.detail).toMatch(
      /^copied from the local database on .+ \(schema \d+\): settings=\d+ /,
    );
    expect(trail.at(-1)!.detail).not.toMatch(/Example|COPY-0001|homeward-copy-/);

    const verify = cli(
      { HOMEWARD_DATABASE_URL: target.url, HOMEWARD_AUDIT_KEY: SERVER_AUDIT_KEY, HOMEWARD_DATA_DIR: dir },
      'audit',
      'verify',
    );
    expect(verify.stderr).toBe('');
    expect(verify.stdout).toMatch(/^audit chain ok: \d+ rows linked/);
    expect(Number(/(\d+) rows linked/.exec(verify.stdout)![1])).toBe(trail.length);
  }, 240_000);

  it('onto a server already in use: its own records, settings and edited template stay, the chain runs on', async () => {
    const dir = await localFolder();
    const target = await server();
    const theirs = await createBackend({
      dataDir: dir,
      databaseUrl: target.url,
      auditKey: SERVER_AUDIT_KEY,
      now: () => new Date(NOW),
      logError: () => undefined,
    });
    await must(theirs, 'settings.update', { organisation: 'Server Council' });
    await must(theirs, 'children.create', sampleChild({ caseReference: 'SERVER-0001' }));
    const [mim] = (await must(theirs, 'agendaTemplates.list', {})).filter((t) => t.kind === 'mim');
    await must(theirs, 'agendaTemplates.update', {
      kind: 'mim',
      items: mim!.items.slice(1),
      baseRevision: 0,
    });
    await theirs.close();

    const env = { HOMEWARD_DATA_DIR: dir, HOMEWARD_AUDIT_KEY: SERVER_AUDIT_KEY };
    const run = cli(env, 'copy-to-server', target.url);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^Copied 41 children, .*; the server kept its own value for 2 settings or templates\.\n$/,
    );
    expect(await target.open.db.selectFrom('children').select('id').execute()).toHaveLength(42);
    const org = await target.open.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'organisation')
      .executeTakeFirstOrThrow();
    expect(org.value).toBe('Server Council');
    const items = await target.open.db
      .selectFrom('agenda_template_items')
      .select('key')
      .where('kind', '=', 'mim')
      .execute();
    expect(items.map((i) => i.key)).not.toContain('welcome');
    const verify = cli({ ...env, HOMEWARD_DATABASE_URL: target.url }, 'audit', 'verify');
    expect([verify.status, verify.stderr]).toEqual([0, '']);
  }, 240_000);

  it('a second copy is refused, naming how many children clash, and the server is as it was', async () => {
    const dir = await localFolder();
    const target = await server();
    const env = { HOMEWARD_DATA_DIR: dir, HOMEWARD_AUDIT_KEY: SERVER_AUDIT_KEY };
    expect(cli(env, 'copy-to-server', target.url).status).toBe(0);
    const before = await snapshot(target.open.db);
    const again = cli(env, 'copy-to-server', target.url);
    expect(again.status).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/^Already on the server: 41 of 41 children, .*Nothing was copied/);
    expect(await snapshot(target.open.db)).toBe(before);
  }, 240_000);

  it('refuses without the server’s audit key, or with a URL that is not PostgreSQL, writing nothing', async () => {
    const target = await server();
    const dir = mkdtempSync(join(tmpdir(), 'homeward-copy-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const before = await snapshot(target.open.db);
    const noKey = cli({ HOMEWARD_DATA_DIR: dir, HOMEWARD_AUDIT_KEY: '' }, 'copy-to-server', target.url);
    expect([noKey.status, noKey.stderr]).toEqual([1, expect.stringMatching(/HOMEWARD_AUDIT_KEY/)]);
    const notPg = cli(
      { HOMEWARD_DATA_DIR: dir, HOMEWARD_AUDIT_KEY: SERVER_AUDIT_KEY },
      'copy-to-server',
      'https://x.example',
    );
    expect([notPg.status, notPg.stderr]).toEqual([2, expect.stringMatching(/postgres:\/\/ URL/)]);
    expect(await snapshot(target.open.db)).toBe(before);
  }, 120_000);

  it('the copy plan names every table a migrated database has, on both engines', async () => {
    const target = await server();
    const pgTables = (
      await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_name <> 'homeward_schema'`.execute(target.open.db)
    ).rows.map((r) => r.name);
    const dir = mkdtempSync(join(tmpdir(), 'homeward-copy-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const local = await openLocal(dir);
    const sqliteTables = (
      await sql<{ name: string }>`SELECT name FROM sqlite_master
        WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`.execute(local.context.db)
    ).rows.map((r) => r.name);
    const plan = COPY_PLAN.map((s) => s.table as string).sort();
    expect(pgTables.sort()).toEqual(plan);
    expect(sqliteTables.sort()).toEqual(plan);
  });
});
