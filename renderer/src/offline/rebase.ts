import type { ApiResult } from '../../../shared/api';
import type { QueuedMethod } from './outbox';

/**
 * Two edits of one record queued while offline were both typed against the revision the page had then; on replay
 * the first one moves the record on, so the second, sent as typed, was refused as a conflict with this window's own
 * save. Here, while the queue drains, each record's revisions made by this window's own replays are remembered, and a
 * later queued edit based on one of them is sent on the newest: the edits apply in the order they were made. An
 * edit based on anything else is sent as typed, and a change someone else made meanwhile still conflicts (the
 * server's revision is then not the one this window's replay answered), with the conflict choice offering
 * theirs and mine as before.
 */

interface Revisioned {
  baseRevision?: unknown;
  meetingId?: unknown;
  itemId?: unknown;
  attendeeId?: unknown;
  actionId?: unknown;
  id?: unknown;
}

/** The record a queued edit changes, for the methods that carry a revision check; undefined for the others. */
function recordOf(method: QueuedMethod, input: Revisioned): string | undefined {
  switch (method) {
    case 'meetings.saveItemMinutes':
      return `item:${String(input.itemId)}`;
    case 'meetings.update':
      return `meeting:${String(input.meetingId)}`;
    case 'meetings.updateAttendee':
      return `attendee:${String(input.attendeeId)}`;
    // The minuted action and its tracking are one record with one revision.
    case 'meetings.updateAction':
      return `action:${String(input.actionId)}`;
    case 'actions.update':
      return `action:${String(input.id)}`;
    default:
      return undefined;
  }
}

/** The record's revision after a successful save, from the answer's own shape. */
function revisionAfter(method: QueuedMethod, input: Revisioned, value: unknown): number | undefined {
  const found =
    method === 'meetings.updateAttendee' && Array.isArray(value)
      ? (value as Array<{ id?: unknown; revision?: unknown }>).find((a) => a.id === input.attendeeId)
      : (value as { revision?: unknown } | null);
  return typeof found?.revision === 'number' ? found.revision : undefined;
}

export class ReplayRebase {
  /** Per record: every revision this window's replays were based on or produced, and the newest produced. */
  private readonly own = new Map<string, { seen: Set<number>; newest: number }>();

  /** The input to send: on the newest revision when it was typed against one of this window's own. */
  inputFor(method: QueuedMethod, input: unknown): unknown {
    const i = input as Revisioned;
    const key = recordOf(method, i);
    const mine = key === undefined ? undefined : this.own.get(key);
    if (!mine || typeof i.baseRevision !== 'number' || !mine.seen.has(i.baseRevision)) return input;
    return { ...i, baseRevision: mine.newest };
  }

  /** After a replay's answer: a saved edit's revisions become this window's own. */
  answered(method: QueuedMethod, sent: unknown, result: ApiResult<unknown>): void {
    const i = sent as Revisioned;
    const key = recordOf(method, i);
    if (key === undefined || !result.ok || typeof i.baseRevision !== 'number') return;
    const after = revisionAfter(method, i, result.value);
    if (after === undefined) return;
    const mine = this.own.get(key) ?? { seen: new Set<number>(), newest: after };
    mine.seen.add(i.baseRevision).add(after);
    mine.newest = after;
    this.own.set(key, mine);
  }

  /** The queue is empty: the pages have every answer, and their next edits carry the revisions they were told. */
  clear(): void {
    this.own.clear();
  }
}
