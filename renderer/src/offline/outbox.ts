import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ApiMethod, ApiResult } from '../../../shared/api';
import type { ApiError } from '../../../shared/api/result';
import { ReplayRebase } from './rebase';

/**
 * The saves kept when the server cannot be reached, so a minute-taker on a dropped connection keeps typing:
 * - minutes autosaves, decisions, attendance, actions (added, changed, removed, tracked), agenda items added or moved
 *   and the meeting's details: what is typed live in a meeting, where losing a keystroke to a network cut is the harm
 *   (an item raised as any other business is typed in the meeting like its minutes);
 * NOT queued (they fail with a message, as before): starting, concluding and approving a meeting (the chair must see
 * the state change happen), amendments, new children, episodes, imports and settings (done at a desk, and a
 * co-ordinator must know at once that the record did not save), and exports (a file is wanted now or not at all).
 *
 * Each queued save is sent as it was made, with the revision it was based on: the server's per-item revision check
 * still applies, so a queued save that meets a newer revision is refused as a conflict and goes through the
 * existing conflict path (nothing is overwritten silently, the typed text stays). The one exception is this
 * window's own earlier edit of the same record, replayed just before: a later edit is sent on the revision that
 * replay answered (rebase.ts), so two edits of one action made offline both arrive.
 *
 * A save whose answer was lost after the server committed it (the cut came mid-request) is sent again: for minutes
 * that saves the same text again; an added decision list is a whole list; an added attendee, action or agenda item
 * could be added twice, and a move made twice (the API has no idempotency key yet): it shows on the meeting for the
 * minute-taker to put right.
 */
export const QUEUED_METHODS = [
  'meetings.saveItemMinutes',
  'meetings.saveItemDecisions',
  'meetings.update',
  'meetings.addItem',
  'meetings.moveItem',
  'meetings.addAttendee',
  'meetings.updateAttendee',
  'meetings.removeAttendee',
  'meetings.addAction',
  'meetings.updateAction',
  'meetings.removeAction',
  'actions.update',
] as const satisfies readonly ApiMethod[];
export type QueuedMethod = (typeof QUEUED_METHODS)[number];
export const isQueued = (m: string): m is QueuedMethod => (QUEUED_METHODS as readonly string[]).includes(m);

export interface OutboxEntry {
  seq?: number;
  method: QueuedMethod;
  input: unknown;
  /** Refused when sent after a reload, with no page waiting for the answer: shown, with its text, until dismissed. */
  refused?: ApiError;
}

interface OutboxDb extends DBSchema {
  outbox: { key: number; value: OutboxEntry };
}

export const openOutboxDb = (name = 'homeward-offline'): Promise<IDBPDatabase<OutboxDb>> =>
  openDB<OutboxDb>(name, 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
    },
  });

export interface OutboxOptions {
  db: Promise<IDBPDatabase<OutboxDb>>;
  send: (method: string, input: unknown) => Promise<ApiResult<unknown>>;
  /** A network failure (the save did not reach the server), as opposed to the server refusing it. */
  unreachable: (result: ApiResult<unknown>) => boolean;
  /** How often to try again while saves are waiting; default 2 s. */
  retryMs?: number;
}

export interface OutboxSummary {
  waiting: number;
  refused: readonly OutboxEntry[];
}

type Resolver = (r: ApiResult<unknown>) => void;

const minutesOf = (input: unknown) => input as { meetingId: string; itemId: string; minutes: string };

/** Saves kept in order in IndexedDB while the server cannot be reached, and sent in that order when it answers. */
export class Outbox {
  private readonly waiters = new Map<number, Resolver[]>();
  private readonly listeners = new Set<() => void>();
  private summary: OutboxSummary = { waiting: 0, refused: [] };
  private draining: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The save being sent now: a newer minutes save must not be folded into it (its text would be lost). */
  private inFlight: number | null = null;
  private readonly rebase = new ReplayRebase();

  constructor(private readonly options: OutboxOptions) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSummary = () => this.summary;

  /** At page start: counts what an earlier page left waiting and sends it. */
  async start(): Promise<void> {
    await this.refresh();
    if (this.summary.waiting > 0) await this.drain();
  }

  /**
   * Sends a save now; if the server cannot be reached (or earlier saves still wait), keeps it and waits its turn.
   * `onKept` hears that it was kept to send later, so a dialog need not hold the screen until the network is back.
   */
  async submit(method: QueuedMethod, input: unknown, onKept?: () => void): Promise<ApiResult<unknown>> {
    if (this.summary.waiting === 0 && this.draining === null) {
      const result = await this.options.send(method, input);
      if (!this.options.unreachable(result)) return result;
    }
    const seq = await this.keep(method, input);
    onKept?.();
    const answer = new Promise<ApiResult<unknown>>((resolve) =>
      this.waiters.set(seq, [...(this.waiters.get(seq) ?? []), resolve]),
    );
    this.schedule(0);
    return answer;
  }

  /**
   * More typed into an item whose minutes save is waiting: the waiting save carries the newest text (kept in
   * IndexedDB at once), based on the same revision, so a reload while offline loses none of it.
   */
  async retypedMinutes(itemId: string, minutes: string): Promise<void> {
    const db = await this.options.db;
    for (const e of await db.getAll('outbox')) {
      if (
        e.refused ||
        e.seq === this.inFlight ||
        e.method !== 'meetings.saveItemMinutes' ||
        minutesOf(e.input).itemId !== itemId
      )
        continue;
      await db.put('outbox', { ...e, input: { ...minutesOf(e.input), minutes } });
    }
  }

  /** A refused save shown after a reload: the minute-taker has copied what they need from it. */
  async dismiss(seq: number): Promise<void> {
    await (await this.options.db).delete('outbox', seq);
    await this.refresh();
  }

  /** Sends what waits, oldest first; stops at the first save that still cannot reach the server. */
  drain(): Promise<void> {
    this.draining ??= this.sendWaiting().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  private async keep(method: QueuedMethod, input: unknown): Promise<number> {
    const db = await this.options.db;
    // A second minutes save for an item already waiting replaces its text, keeping its place and base revision.
    if (method === 'meetings.saveItemMinutes') {
      const { itemId, minutes } = minutesOf(input);
      for (const e of await db.getAll('outbox')) {
        if (
          e.refused ||
          e.seq === this.inFlight ||
          e.method !== method ||
          minutesOf(e.input).itemId !== itemId
        )
          continue;
        await db.put('outbox', { ...e, input: { ...minutesOf(e.input), minutes } });
        await this.refresh();
        return e.seq!;
      }
    }
    const seq = await db.add('outbox', { method, input });
    await this.refresh();
    return seq;
  }

  private async sendWaiting(): Promise<void> {
    const db = await this.options.db;
    for (;;) {
      const next = (await db.getAll('outbox')).find((e) => !e.refused);
      if (!next) break;
      const seq = next.seq!;
      const input = this.rebase.inputFor(next.method, next.input);
      this.inFlight = seq;
      const result = await this.options.send(next.method, input).finally(() => {
        this.inFlight = null;
      });
      if (this.options.unreachable(result)) {
        this.schedule(this.options.retryMs ?? 2_000);
        break;
      }
      this.rebase.answered(next.method, input, result);
      const waiting = this.waiters.get(seq);
      this.waiters.delete(seq);
      if (!result.ok && !waiting) await db.put('outbox', { ...next, refused: result.error });
      else await db.delete('outbox', seq);
      await this.refresh();
      // A page waiting for this answer takes it from here: a conflict opens the item's conflict choice.
      waiting?.forEach((resolve) => resolve(result));
    }
    if (!(await db.getAll('outbox')).some((e) => !e.refused)) this.rebase.clear();
    await this.refresh();
  }

  private schedule(ms: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain();
    }, ms);
  }

  private async refresh(): Promise<void> {
    const all = await (await this.options.db).getAll('outbox');
    const waiting = all.filter((e) => !e.refused).length;
    const refused = all.filter((e) => e.refused);
    const s = this.summary;
    if (s.waiting === waiting && s.refused.length === refused.length) return;
    this.summary = { waiting, refused };
    this.listeners.forEach((l) => l());
  }

  /** Stops retrying (tests; a page being torn down). */
  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
