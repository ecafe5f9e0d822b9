import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startPostgres } from '../../test/unit/support/postgres';

// `npm run load-test`: 50 simulated people against `npm run server` (the real server process, spawned) on
// loopback for 60 s, on a throw-away PostgreSQL cluster (or HOMEWARD_LOAD_PG_URL, a superuser URL). Ten meetings
// each have a chair and a minute-taker typing minutes (every save builds on the revision the last one answered);
// five co-ordinators record episodes, all reported in the same hour, so that every one of them writes the same
// trend count row (episodes/hourCounts.ts: on PostgreSQL a row lock held to commit); the other twenty-five read Due,
// the Daily Review board, the children list and a child's record. At the end every item's stored minutes are
// compared with the last text its typist was told was saved, and every episode a co-ordinator was told was saved is
// looked for in its child's record: `lost` counts any that differ or are missing. Prints one line:
// users=50 saves=N lost=0 p95_save_ms=... p95_read_ms=... episodes=N p95_episode_ms=... errors=0.
// Options: --seconds N (default 60). Needs the renderer built (npm run build:renderer), as `npm run server` does.

const SECONDS = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 60;
const MEETINGS = 10;
const READERS = 25;
const RECORDERS = 5;
/** Children each co-ordinator records for, made for the run, so no episode of theirs meets one of the demo's. */
const RECORDED_CHILDREN = 4;
const PASSWORD = 'correct horse battery staple';
const root = resolve(import.meta.dirname, '../..');

const freePort = () =>
  new Promise<number>((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

const p95 = (xs: number[]) => {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!);
};

const given = process.env.HOMEWARD_LOAD_PG_URL;
const cluster = given ? null : await startPostgres();
const adminUrl = given ?? cluster!.url;
const database = `homeward_load_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
const url = new URL(adminUrl);
url.pathname = `/${database}`;
const dataDir = mkdtempSync(join(tmpdir(), 'homeward-load-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;

const server = spawn(
  process.execPath,
  [
    ...(process.env.LOAD_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/load10-prof'] : []),
    '--import',
    'tsx',
    join(root, 'electron/bin/server.ts'),
  ],
  {
    cwd: root,
    env: {
      ...process.env,
      HOMEWARD_DATABASE_URL: url.toString(),
      HOMEWARD_AUDIT_KEY: randomBytes(32).toString('hex'),
      HOMEWARD_DATA_DIR: dataDir,
      HOMEWARD_SERVER_PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const setupCode = await new Promise<string>((done, fail) => {
  let out = '';
  server.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const code = /one-time code: (\S+)/.exec(out)?.[1];
    if (code) done(code);
  });
  server.once('exit', (code) => fail(new Error(`npm run server stopped (exit ${code})`)));
});

let errors = 0;
const saveMs: number[] = [];
const readMs: number[] = [];
const episodeMs: number[] = [];
/** Each method's times, for the breakdown on stderr: which reads are slow, not only that some are. */
const byMethod = new Map<string, number[]>();

async function post(path: string, body: unknown, cookie = ''): Promise<{ status: number; json: unknown }> {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base, ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

/** One API call as a signed-in person; a refusal or an error counts as an error and answers undefined. */
async function call<T>(
  cookie: string,
  method: string,
  payload: unknown,
  times?: number[],
): Promise<T | undefined> {
  const started = performance.now();
  try {
    const { json } = await post(`/api/${method}`, payload, cookie);
    const took = performance.now() - started;
    times?.push(took);
    if (times)
      byMethod
        .set(method, byMethod.get(method) ?? [])
        .get(method)!
        .push(took);
    const result = json as { ok: boolean; value?: T };
    if (!result.ok) errors += 1;
    return result.ok ? result.value : undefined;
  } catch {
    errors += 1;
    return undefined;
  }
}

async function signIn(username: string): Promise<string> {
  const res = await fetch(`${base}/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`${username} could not sign in (${res.status})`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

try {
  const setup = await fetch(`${base}/auth/setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({
      code: setupCode,
      username: 'admin',
      displayName: 'Admin (synthetic)',
      password: PASSWORD,
    }),
  });
  const adminCookie = (setup.headers.get('set-cookie') ?? '').split(';')[0]!;
  await call(adminCookie, 'app.loadDemo', {});
  const people: Array<{ username: string; role: string; displayName: string }> = [];
  for (let i = 0; i < MEETINGS; i++) {
    people.push({ username: `chair${i}`, role: 'chair', displayName: `Chair ${i} (synthetic)` });
    people.push({
      username: `minutes${i}`,
      role: 'minute-taker',
      displayName: `Minute-taker ${i} (synthetic)`,
    });
  }
  for (let i = 0; i < READERS; i++)
    people.push({
      username: `reader${i}`,
      role: i % 2 ? 'co-ordinator' : 'read-only',
      displayName: `Reader ${i}`,
    });
  for (let i = 0; i < RECORDERS; i++)
    people.push({
      username: `recorder${i}`,
      role: 'co-ordinator',
      displayName: `Co-ordinator ${i} (synthetic)`,
    });
  for (const p of people) await call(adminCookie, 'accounts.create', { ...p, password: PASSWORD });
  const cookies = new Map<string, string>();
  for (const p of people) cookies.set(p.username, await signIn(p.username));

  // Every person has a window open, and every open window holds the live event stream (/api/events): each save
  // is told to all fifty, each as their account may hear it (accounts/events.ts).
  const streams = new AbortController();
  let frames = 0;
  const listening = [...cookies.values()].map(async (cookie) => {
    const ticket = await post('/api/events/ticket', {}, cookie);
    const value = (ticket.json as { value?: { ticket: string } }).value;
    if (!value) throw new Error('An event stream ticket was refused.');
    const res = await fetch(`${base}/api/events?ticket=${encodeURIComponent(value.ticket)}`, {
      headers: { Cookie: cookie },
      signal: streams.signal,
    });
    if (res.status !== 200 || !res.body) throw new Error(`An event stream was refused (${res.status}).`);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    // Wrapped: an async function returning the reading promise itself would wait for the stream to end.
    return {
      done: (async () => {
        try {
          for (;;) {
            const { done, value: chunk } = await reader.read();
            if (done) break;
            frames += decoder.decode(chunk).split('event: change').length - 1;
          }
        } catch {
          // aborted at the end of the run
        }
      })(),
    };
  });
  const readingStreams = await Promise.all(listening);

  const children = (await call<Array<{ id: string }>>(cookies.get('reader0')!, 'children.list', {})) ?? [];
  const meetings: Array<{ meetingId: string; itemIds: string[] }> = [];
  for (let i = 0; i < MEETINGS; i++) {
    const record = await call<{ meeting: { id: string }; items: Array<{ id: string }> }>(
      cookies.get(`chair${i}`)!,
      'meetings.create',
      {
        kind: 'mim',
        stageLevel: 1,
        childIds: [children[i]!.id],
        chairRole: 'Team Manager',
        chairName: `Chair ${i} (synthetic)`,
        minuteTaker: `Minute-taker ${i} (synthetic)`,
        scheduledAt: new Date().toISOString(),
        reason: 'Load test: three episodes in 90 days',
      },
    );
    if (!record) throw new Error('A chair could not create a meeting.');
    await call(cookies.get(`chair${i}`)!, 'meetings.transition', {
      meetingId: record.meeting.id,
      to: 'in-progress',
    });
    meetings.push({ meetingId: record.meeting.id, itemIds: record.items.slice(0, 3).map((x) => x.id) });
  }

  const recordedFor: string[][] = [];
  for (let i = 0; i < RECORDERS; i++) {
    const mine: string[] = [];
    for (let k = 0; k < RECORDED_CHILDREN; k++) {
      const child = await call<{ id: string }>(cookies.get(`recorder${i}`)!, 'children.create', {
        givenName: `Loadtest${i}`,
        familyName: `Child${k}`,
        dateOfBirth: '2011-05-04',
        gender: 'not-recorded',
        caseReference: `LOAD-${i}-${k}`,
        legalStatus: 'child-in-care',
        placingAuthority: 'Exampleshire',
        placementType: 'foster-care',
      });
      if (!child) throw new Error('A child for the co-ordinators could not be made.');
      mine.push(child.id);
    }
    recordedFor.push(mine);
  }

  const until = Date.now() + SECONDS * 1000;
  let saves = 0;
  /** The text each item's typist was last told was saved. */
  const acknowledged = new Map<string, string>();
  const typists = meetings.flatMap((m, i) =>
    [`minutes${i}`, `chair${i}`].map(async (who, k) => {
      const cookie = cookies.get(who)!;
      // The chair and the minute-taker each type in their own item, as the live typing line keeps them apart.
      const itemId = m.itemIds[k]!;
      let text = '';
      let revision = 0;
      while (Date.now() < until) {
        text += `${who} typed a few more words at ${Date.now()}. `;
        const saved = await call<{ revision: number }>(
          cookie,
          'meetings.saveItemMinutes',
          { meetingId: m.meetingId, itemId, minutes: text, baseRevision: revision },
          saveMs,
        );
        if (saved) {
          revision = saved.revision;
          acknowledged.set(`${m.meetingId}/${itemId}`, text);
          saves += 1;
        }
        await new Promise((r) => setTimeout(r, 150));
      }
    }),
  );
  const readers = Array.from({ length: READERS }, async (_, i) => {
    const cookie = cookies.get(`reader${i}`)!;
    const reads: Array<[string, () => unknown]> = [
      ['protocol.due', () => ({})],
      ['dailyReview.board', () => ({})],
      ['children.list', () => ({})],
      ['children.get', () => ({ id: children[Math.floor(Math.random() * children.length)]!.id })],
    ];
    let n = i;
    while (Date.now() < until) {
      const [method, payload] = reads[n++ % reads.length]!;
      await call(cookie, method, payload(), readMs);
      await new Promise((r) => setTimeout(r, 500));
    }
  });
  /** Each episode a co-ordinator was told was saved, by child. */
  const recorded = new Map<string, string[]>();
  // Reported a second apart, each found ten seconds after its report (so none of a child's overlaps another), all in
  // the hour before the run: the same trend count row for every one.
  const hourStart = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000;
  const recorders = recordedFor.map(async (mine, i) => {
    const cookie = cookies.get(`recorder${i}`)!;
    let n = 0;
    while (Date.now() < until) {
      const childId = mine[n % mine.length]!;
      const reportedAt = hourStart + (n * RECORDERS + i) * 1000;
      // A long run (--seconds) fills the hour: its co-ordinators stop rather than report into another.
      if (reportedAt + 10_000 >= hourStart + 3_600_000) break;
      n += 1;
      const saved = await call<{ id: string }>(
        cookie,
        'episodes.create',
        {
          childId,
          category: 'missing',
          reportedAt: new Date(reportedAt).toISOString(),
          foundAt: new Date(reportedAt + 10_000).toISOString(),
          policeRiskAtReport: 'medium',
        },
        episodeMs,
      );
      if (saved) recorded.set(childId, [...(recorded.get(childId) ?? []), saved.id]);
      await new Promise((r) => setTimeout(r, 300));
    }
  });
  await Promise.all([...typists, ...readers, ...recorders]);
  streams.abort();
  await Promise.all(readingStreams.map((r) => r.done));

  let lost = 0;
  for (const [i, m] of meetings.entries()) {
    const record = await call<{ items: Array<{ id: string; minutes: string }> }>(
      cookies.get(`chair${i}`)!,
      'meetings.get',
      { meetingId: m.meetingId },
    );
    for (const item of record?.items ?? []) {
      const expected = acknowledged.get(`${m.meetingId}/${item.id}`);
      if (expected !== undefined && item.minutes !== expected) lost += 1;
    }
  }
  let episodes = 0;
  for (const [childId, ids] of recorded) {
    const record = await call<{ episodes: Array<{ id: string }> }>(
      cookies.get('recorder0')!,
      'children.get',
      {
        id: childId,
      },
    );
    const stored = new Set((record?.episodes ?? []).map((e) => e.id));
    episodes += ids.length;
    lost += ids.filter((id) => !stored.has(id)).length;
  }
  console.log(
    `users=${people.length} saves=${saves} lost=${lost} p95_save_ms=${p95(saveMs)} p95_read_ms=${p95(readMs)} episodes=${episodes} p95_episode_ms=${p95(episodeMs)} errors=${errors}`,
  );
  console.error(`  change frames heard on the ${cookies.size} event streams: ${frames}`);
  for (const [method, xs] of byMethod)
    console.error(
      `  ${method}: n=${xs.length} p50_ms=${Math.round(xs.sort((a, b) => a - b)[xs.length >> 1]!)} p95_ms=${p95(xs)}`,
    );
  process.exitCode = lost === 0 && errors === 0 ? 0 : 1;
} finally {
  // A server that stopped already (it failed at start) has no exit left to wait for.
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
  cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
