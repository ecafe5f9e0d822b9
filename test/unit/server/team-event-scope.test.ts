import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import type { Caller } from '../../../electron/backend/accounts/caller';
import type { Backend } from '../../../electron/backend/backend';
import { memoryBus } from '../../../electron/server/live/bus';
import { createLiveHub, type LiveHub } from '../../../electron/server/live/hub';
import { startTeamServer, type TeamServer } from '../../../electron/server/team/server';
import { accountAs, firstAdministrator, TEST_PASSWORD } from '../support/accounts';
import { freshBackend, sampleChild, testEngine } from '../support/backend';
import { mimInput } from '../meetings/fixtures';

// /api/events tells an account only what it may know: a restricted child's changes never reach people not named
// on it, a minute-taker hears only the meetings they are invited to, an administrator hears nothing of the cases.
// Several accounts signed in over HTTP on the team server, each reading its real event stream. "Did not hear" is
// proved without waiting: each stream's frames keep the bus's order, so once a later change everyone may hear has
// arrived on a stream, an earlier one it was going to hear would already be there.

const SECRET = { givenName: 'Hushed', familyName: 'Quietwater', caseReference: 'RESTR-EV-1' };

let server: TeamServer | undefined;
let hub: LiveHub | undefined;
const streams: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const s of streams.splice(0)) await s();
  await server?.close();
  hub?.close();
  server = hub = undefined;
});

interface Frame {
  event: string;
  data: Record<string, unknown>;
}

/** An open event stream: every frame it has received, its raw text, and a wait for the first frame that matches. */
async function listen(base: string, cookie: string, ticket: string) {
  const res = await fetch(`${base}/api/events?ticket=${ticket}`, { headers: { Cookie: cookie } });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const frames: Frame[] = [];
  let raw = '';
  let pending = '';
  const waiters: Array<{ match: (f: Frame) => boolean; done: (f: Frame) => void }> = [];
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      const text = decoder.decode(value, { stream: true });
      raw += text;
      pending += text;
      let end: number;
      while ((end = pending.indexOf('\n\n')) >= 0) {
        const lines = pending.slice(0, end).split('\n');
        pending = pending.slice(end + 2);
        const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
        const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
        if (!event || data === undefined) continue;
        const f: Frame = { event, data: JSON.parse(data) as Record<string, unknown> };
        frames.push(f);
        for (const w of waiters.filter((x) => x.match(f))) {
          waiters.splice(waiters.indexOf(w), 1);
          w.done(f);
        }
      }
    }
  })();
  streams.push(async () => {
    await reader.cancel().catch(() => undefined);
    await pump;
  });
  const until = (match: (f: Frame) => boolean) =>
    new Promise<Frame>((done) => {
      const seen = frames.find(match);
      if (seen) done(seen);
      else waiters.push({ match, done });
    });
  await until((f) => f.event === 'hello');
  return { frames, raw: () => raw, until };
}

async function start() {
  const backend = await freshBackend();
  const staticDir = mkdtempSync(join(tmpdir(), 'homeward-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Homeward</title>');
  hub = createLiveHub({ bus: memoryBus(), heartbeatMs: 60_000 });
  server = await startTeamServer({
    backend,
    staticDir,
    config: { host: '127.0.0.1', port: 0, idleMinutes: 30 },
    live: hub,
  });
  const base = `http://127.0.0.1:${server.port}`;
  const post = async (path: string, body: unknown, cookie: string) => {
    const res = await fetch(base + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base, Cookie: cookie },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  };
  const signIn = async (username: string) => {
    const res = await fetch(base + '/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base },
      body: JSON.stringify({ username, password: TEST_PASSWORD }),
    });
    expect(res.status, `${username} signs in`).toBe(200);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const ticket = ((await post('/api/events/ticket', {}, cookie)).value as { ticket: string }).ticket;
    return { cookie, stream: () => listen(base, cookie, ticket) };
  };
  return { backend, post, signIn };
}

async function call<T>(b: Backend, method: string, input: unknown, caller: Caller): Promise<T> {
  const r = await b.call(method, input, caller);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

const episode = (childId: string) => ({
  childId,
  category: 'missing',
  reportedAt: '2026-11-19T20:00:00.000Z',
});

const isChange = (childOrMeeting: string) => (f: Frame) =>
  f.event === 'change' &&
  (f.data.meetingId === childOrMeeting ||
    !!(f.data.childIds as string[] | undefined)?.includes(childOrMeeting));

describe(`/api/events heard by role and restriction (${testEngine})`, () => {
  it('a restricted child’s changes, its own and its meeting’s, reach only the people named on it', async () => {
    const { backend, post, signIn } = await start();
    const admin = await firstAdministrator(backend);
    const named = await accountAs(backend, admin, 'manager', 'named.manager');
    await accountAs(backend, admin, 'chair', 'other.chair');
    const secret = await call<{ id: string }>(backend, 'children.create', sampleChild(SECRET), named);
    const open = await call<{ id: string }>(
      backend,
      'children.create',
      sampleChild({ caseReference: 'OPEN-EV-1' }),
      named,
    );
    const meeting = await call<MeetingRecord>(backend, 'meetings.create', mimInput(secret.id), named);
    await call(backend, 'children.restrict', { childId: secret.id, accountIds: [named.accountId] }, named);

    const manager = await signIn('named.manager');
    const chair = await signIn('other.chair');
    const managerHears = await manager.stream();
    const chairHears = await chair.stream();

    expect((await post('/api/episodes.create', episode(secret.id), manager.cookie)).ok).toBe(true);
    const item = meeting.items[0]!;
    const minutes = await post(
      '/api/meetings.saveItemMinutes',
      {
        meetingId: meeting.meeting.id,
        itemId: item.id,
        minutes: 'Discussed with the named manager only.',
        baseRevision: item.revision,
      },
      manager.cookie,
    );
    expect(minutes.ok, minutes.error?.message).toBe(true);
    // The marker both may hear, saved last.
    expect((await post('/api/episodes.create', episode(open.id), manager.cookie)).ok).toBe(true);

    await managerHears.until(isChange(open.id));
    await chairHears.until(isChange(open.id));
    // The named manager heard both changes about the restricted child, in order, before the marker.
    expect(managerHears.frames.filter((f) => f.event === 'change').map((f) => f.data.tables)).toEqual([
      ['episodes'],
      ['meeting_items'],
      ['episodes'],
    ]);
    expect(managerHears.raw()).toContain(secret.id);
    // The chair, not named, heard only the marker: neither the child's id, nor its meeting's, nor any name.
    expect(chairHears.frames.filter((f) => f.event === 'change')).toHaveLength(1);
    for (const leak of [secret.id, meeting.meeting.id, ...Object.values(SECRET)])
      expect(chairHears.raw()).not.toContain(leak);
  });

  it('a minute-taker hears the meetings they are invited to, not the others; nor who is typing in those', async () => {
    const { backend, post, signIn } = await start();
    const admin = await firstAdministrator(backend);
    const manager = await accountAs(backend, admin, 'manager', 'manager.m');
    await accountAs(backend, admin, 'chair', 'chair.c');
    await accountAs(backend, admin, 'minute-taker', 'minute.b', 'Minute B. Example');
    const child = await call<{ id: string }>(
      backend,
      'children.create',
      sampleChild({ caseReference: 'MT-EV-1' }),
      manager,
    );
    // mimInput names "Minute B. Example" as the minute-taker; the other meeting names someone else.
    const theirs = await call<MeetingRecord>(backend, 'meetings.create', mimInput(child.id), manager);
    const another = await call<MeetingRecord>(
      backend,
      'meetings.create',
      mimInput(child.id, { minuteTaker: 'Someone C. Else' }),
      manager,
    );

    const chair = await signIn('chair.c');
    const minuteTaker = await signIn('minute.b');
    const chairHears = await chair.stream();
    const minuteTakerHears = await minuteTaker.stream();

    const save = async (m: MeetingRecord, minutes: string) => {
      const item = m.items[0]!;
      const r = await post(
        '/api/meetings.saveItemMinutes',
        { meetingId: m.meeting.id, itemId: item.id, minutes, baseRevision: item.revision },
        chair.cookie,
      );
      expect(r.ok, r.error?.message).toBe(true);
    };
    const typing = async (m: MeetingRecord) => {
      const r = await post(
        '/api/presence',
        {
          meetingId: m.meeting.id,
          itemId: m.items[0]!.id,
          itemNumber: 1,
          session: 'chair-window-1',
          typing: true,
        },
        chair.cookie,
      );
      expect(r.ok, r.error?.message).toBe(true);
    };
    await typing(another);
    await save(another, 'Minutes of a meeting the minute-taker is not invited to.');
    await typing(theirs);
    await save(theirs, 'Minutes of the minute-taker’s own meeting.');

    await chairHears.until(isChange(theirs.meeting.id));
    await minuteTakerHears.until(isChange(theirs.meeting.id));
    const meetingsHeard = (s: { frames: Frame[] }) =>
      s.frames.filter((f) => f.event !== 'hello').map((f) => `${f.event} ${String(f.data.meetingId)}`);
    expect(meetingsHeard(chairHears)).toEqual([
      `presence ${another.meeting.id}`,
      `change ${another.meeting.id}`,
      `presence ${theirs.meeting.id}`,
      `change ${theirs.meeting.id}`,
    ]);
    expect(meetingsHeard(minuteTakerHears)).toEqual([
      `presence ${theirs.meeting.id}`,
      `change ${theirs.meeting.id}`,
    ]);
    expect(minuteTakerHears.raw()).not.toContain(another.meeting.id);
  });

  it('an administrator keeps the system, not the cases: told that children changed, never which', async () => {
    const { backend, post, signIn } = await start();
    const admin = await firstAdministrator(backend);
    await accountAs(backend, admin, 'co-ordinator', 'coord.d');
    const coordinator = await signIn('coord.d');
    const administrator = await signIn('admin.one');
    const adminHears = await administrator.stream();
    const coordinatorHears = await coordinator.stream();

    const created = await post(
      '/api/children.create',
      sampleChild({ caseReference: 'ADM-EV-1' }),
      coordinator.cookie,
    );
    expect(created.ok).toBe(true);
    const childId = (created.value as { id: string }).id;
    expect((await post('/api/episodes.create', episode(childId), coordinator.cookie)).ok).toBe(true);
    // The marker: settings, which every role reads.
    expect(
      (await post('/api/settings.update', { displayName: 'Council (synthetic)' }, administrator.cookie)).ok,
    ).toBe(true);
    const settings = (f: Frame) => f.event === 'change' && (f.data.tables as string[]).includes('settings');
    await adminHears.until(settings);
    await coordinatorHears.until(settings);
    expect(coordinatorHears.raw()).toContain(childId);
    // Their status line counts children, so it hears that they changed; the events name no child.
    expect(adminHears.frames.filter((f) => f.event === 'change').map((f) => f.data)).toEqual([
      { tables: ['children'] },
      { tables: ['episodes'] },
      { tables: ['settings'] },
    ]);
    expect(adminHears.raw()).not.toContain(childId);
  });
});
