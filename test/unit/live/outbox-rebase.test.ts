import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api';
import { openOutboxDb, Outbox } from '../../../renderer/src/offline/outbox';

// Two edits of one record made by this window while offline: on replay the second is sent on the revision the
// first one's replay answered, so both arrive; a change someone else made meanwhile still conflicts. The server here
// keeps one revision per record and refuses a stale base exactly as the real one does (the browser test,
// test/e2e/offline-edits.spec.ts, runs the same against the real server).

const UNREACHABLE: ApiResult<never> = {
  ok: false,
  error: { code: 'internal', message: 'cannot be reached' },
};
const CONFLICT: ApiResult<never> = {
  ok: false,
  error: { code: 'conflict', message: 'Saved from another window.' },
};

function fakeServer() {
  const state = {
    up: true,
    sent: [] as Array<{ method: string; input: Record<string, unknown> }>,
    /** Runs before each save is applied: a test's "someone else saves now". */
    before: (_method: string) => Promise.resolve(),
  };
  const records = new Map<string, { value: unknown; revision: number }>();
  const keyOf = (method: string, input: Record<string, unknown>) =>
    method === 'meetings.saveItemMinutes'
      ? `item:${String(input.itemId)}`
      : `action:${String(input.actionId)}`;
  const save = (key: string, value: unknown, baseRevision: number): ApiResult<unknown> => {
    const r = records.get(key) ?? { value: null, revision: 0 };
    if (r.revision !== baseRevision) return CONFLICT;
    records.set(key, { value, revision: r.revision + 1 });
    return { ok: true, value: { revision: r.revision + 1 } };
  };
  const send = async (method: string, raw: unknown): Promise<ApiResult<unknown>> => {
    if (!state.up) return UNREACHABLE;
    const input = raw as Record<string, unknown>;
    await state.before(method);
    state.sent.push({ method, input });
    const value = method === 'meetings.saveItemMinutes' ? input.minutes : input.action;
    return save(keyOf(method, input), value, input.baseRevision as number);
  };
  return { state, records, send, save };
}

let dbName = 0;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  dbName += 1;
});

const outboxOn = (server: ReturnType<typeof fakeServer>) =>
  new Outbox({
    db: openOutboxDb(`rebase-${dbName}`),
    send: server.send,
    unreachable: (r) => r === UNREACHABLE,
    retryMs: 10,
  });

const actionEdit = (text: string, baseRevision = 0) => ({
  meetingId: 'm1',
  actionId: 'a1',
  baseRevision,
  action: { text },
});

describe('two queued edits of one record', () => {
  it('both arrive, in the order made, the second on the revision the first one’s replay answered', async () => {
    const server = fakeServer();
    const box = outboxOn(server);
    server.state.up = false;
    const answers = [
      box.submit('meetings.updateAction', actionEdit('Call the school')),
      box.submit('meetings.updateAction', actionEdit('Call the school by Friday')),
    ];
    await expect.poll(() => box.getSummary().waiting).toBe(2);
    server.state.up = true;
    const [first, second] = await Promise.all(answers);
    expect(first).toEqual({ ok: true, value: { revision: 1 } });
    expect(second).toEqual({ ok: true, value: { revision: 2 } });
    expect(server.state.sent.map((s) => s.input.baseRevision)).toEqual([0, 1]);
    expect(server.records.get('action:a1')).toEqual({
      value: { text: 'Call the school by Friday' },
      revision: 2,
    });
    box.stop();
  });

  it('a change someone else made between the two replays still conflicts, and the refused edit keeps its text', async () => {
    const server = fakeServer();
    const box = outboxOn(server);
    server.state.up = false;
    const answers = [
      box.submit('meetings.updateAction', actionEdit('Mine, first')),
      box.submit('meetings.updateAction', actionEdit('Mine, second')),
    ];
    await expect.poll(() => box.getSummary().waiting).toBe(2);
    let saves = 0;
    server.state.before = () => {
      // Another person's save lands just after this window's first replay.
      if (++saves === 2) server.save('action:a1', { text: 'Theirs' }, 1);
      return Promise.resolve();
    };
    server.state.up = true;
    const [first, second] = await Promise.all(answers);
    expect(first?.ok).toBe(true);
    expect(second).toEqual(CONFLICT);
    expect(server.records.get('action:a1')).toEqual({ value: { text: 'Theirs' }, revision: 2 });
    // The refused edit went with its text: the page's conflict choice shows it as "mine".
    expect(server.state.sent[1]!.input.action).toEqual({ text: 'Mine, second' });
    box.stop();
  });

  it('a change someone else made before the replay conflicts both edits: nothing of theirs is overwritten', async () => {
    const server = fakeServer();
    const box = outboxOn(server);
    server.state.up = false;
    const answers = [
      box.submit('meetings.updateAction', actionEdit('Mine, first')),
      box.submit('meetings.updateAction', actionEdit('Mine, second')),
    ];
    await expect.poll(() => box.getSummary().waiting).toBe(2);
    server.save('action:a1', { text: 'Theirs' }, 0);
    server.state.up = true;
    expect(await Promise.all(answers)).toEqual([CONFLICT, CONFLICT]);
    expect(server.records.get('action:a1')).toEqual({ value: { text: 'Theirs' }, revision: 1 });
    box.stop();
  });

  it('minutes typed while the item’s earlier save is on its way are sent after it, not folded into it and lost', async () => {
    const server = fakeServer();
    const box = outboxOn(server);
    server.state.up = false;
    const typed = (text: string) => ({ meetingId: 'm1', itemId: 'i1', minutes: text, baseRevision: 0 });
    const first = box.submit('meetings.saveItemMinutes', typed('Typed offline'));
    await expect.poll(() => box.getSummary().waiting).toBe(1);
    let release: () => void = () => undefined;
    let arrived: () => void = () => undefined;
    const onItsWay = new Promise<void>((resolve) => (arrived = resolve));
    server.state.before = () => {
      server.state.before = () => Promise.resolve();
      arrived();
      return new Promise<void>((resolve) => (release = resolve));
    };
    server.state.up = true;
    void box.drain();
    await onItsWay;
    const second = box.submit('meetings.saveItemMinutes', typed('Typed offline, and more while it was sent'));
    await expect.poll(() => box.getSummary().waiting).toBe(2);
    release();
    expect(await first).toEqual({ ok: true, value: { revision: 1 } });
    expect(await second).toEqual({ ok: true, value: { revision: 2 } });
    expect(server.records.get('item:i1')?.value).toBe('Typed offline, and more while it was sent');
    box.stop();
  });
});
