import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api';
import { openOutboxDb, Outbox } from '../../../renderer/src/offline/outbox';

const UNREACHABLE: ApiResult<never> = {
  ok: false,
  error: { code: 'internal', message: 'cannot be reached' },
};

/** A server that is up or down, keeping the minutes of each item with a revision, as the real one does. */
function fakeServer() {
  const state = { up: true, sent: [] as Array<{ method: string; input: unknown }> };
  const items = new Map<string, { minutes: string; revision: number }>();
  const send = (method: string, input: unknown): Promise<ApiResult<unknown>> => {
    if (!state.up) return Promise.resolve(UNREACHABLE);
    state.sent.push({ method, input });
    if (method !== 'meetings.saveItemMinutes') return Promise.resolve({ ok: true, value: null });
    const { itemId, minutes, baseRevision } = input as {
      itemId: string;
      minutes: string;
      baseRevision: number;
    };
    const item = items.get(itemId) ?? { minutes: '', revision: 0 };
    if (item.revision !== baseRevision) {
      return Promise.resolve({
        ok: false,
        error: { code: 'conflict', message: 'Saved from another window.' },
      });
    }
    items.set(itemId, { minutes, revision: item.revision + 1 });
    return Promise.resolve({ ok: true, value: { revision: item.revision + 1 } });
  };
  return { state, items, send };
}

const minutes = (itemId: string, text: string, baseRevision = 0) => ({
  meetingId: 'm1',
  itemId,
  minutes: text,
  baseRevision,
});

let dbName = 0;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  dbName += 1;
});

const outboxOn = (server: ReturnType<typeof fakeServer>) =>
  new Outbox({
    db: openOutboxDb(`outbox-${dbName}`),
    send: server.send,
    unreachable: (r) => r === UNREACHABLE,
    retryMs: 10,
  });

describe('the offline queue', () => {
  it('keeps saves made while the server cannot be reached and sends them in the order they were made', async () => {
    const server = fakeServer();
    const box = outboxOn(server);
    server.state.up = false;
    const answers = [
      box.submit('meetings.addAttendee', { meetingId: 'm1', attendee: { name: 'A' } }),
      box.submit('meetings.saveItemDecisions', { meetingId: 'm1', itemId: 'i1', decisions: ['one'] }),
      box.submit('meetings.addAction', { meetingId: 'm1', itemId: 'i1', action: { text: 'Call' } }),
    ];
    await expect.poll(() => box.getSummary().waiting).toBe(3);
    server.state.up = true;
    const results = await Promise.all(answers);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(server.state.sent.map((s) => s.method)).toEqual([
      'meetings.addAttendee',
      'meetings.saveItemDecisions',
      'meetings.addAction',
    ]);
    expect(box.getSummary().waiting).toBe(0);
    box.stop();
  });

  it('survives a reload: what one page left waiting, the next page sends', async () => {
    const server = fakeServer();
    server.state.up = false;
    const first = outboxOn(server);
    void first.submit('meetings.saveItemMinutes', minutes('i1', 'Typed before the cut'));
    await expect.poll(() => first.getSummary().waiting).toBe(1);
    // More typed in the same item while it waits: the waiting save carries the newest text, at once.
    await first.retypedMinutes('i1', 'Typed before the cut, and after it');
    first.stop();

    server.state.up = true;
    const second = outboxOn(server);
    await second.start();
    expect(server.items.get('i1')).toEqual({ minutes: 'Typed before the cut, and after it', revision: 1 });
    expect(second.getSummary()).toEqual({ waiting: 0, refused: [] });
  });

  it('a queued save that meets a newer revision is refused as a conflict, never overwrites, and keeps its text', async () => {
    const server = fakeServer();
    server.items.set('i1', { minutes: 'Saved by the chair meanwhile', revision: 1 });
    server.state.up = false;
    const first = outboxOn(server);
    const waiting = first.submit('meetings.saveItemMinutes', minutes('i1', 'Typed offline', 0));
    await expect.poll(() => first.getSummary().waiting).toBe(1);
    server.state.up = true;
    // The page that made the save hears the conflict (its autosave opens the conflict choice).
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(server.items.get('i1')?.minutes).toBe('Saved by the chair meanwhile');

    // After a reload no page waits for the answer: the refused save stays, with its text, until dismissed.
    server.state.up = false;
    const before = outboxOn(server);
    void before.submit('meetings.saveItemMinutes', minutes('i1', 'Also typed offline', 0));
    await expect.poll(() => before.getSummary().waiting).toBe(1);
    before.stop();
    server.state.up = true;
    const after = outboxOn(server);
    await after.start();
    const { refused } = after.getSummary();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      refused: { code: 'conflict' },
      input: { minutes: 'Also typed offline' },
    });
    expect(server.items.get('i1')?.minutes).toBe('Saved by the chair meanwhile');
    await after.dismiss(refused[0]!.seq!);
    expect(after.getSummary().refused).toHaveLength(0);
  });

  it('a refusal that is not a network failure is answered at once and nothing is kept', async () => {
    const server = fakeServer();
    server.items.set('i1', { minutes: 'x', revision: 5 });
    const box = outboxOn(server);
    expect(await box.submit('meetings.saveItemMinutes', minutes('i1', 'y', 0))).toMatchObject({ ok: false });
    expect(box.getSummary().waiting).toBe(0);
  });
});
