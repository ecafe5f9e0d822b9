import type { ChangeEvent } from '../../../shared/api/invalidation';
import { queriesForTables } from '../../../shared/api/invalidation';
import { accessFor } from '../../../shared/auth/roles';
import type { BackendContext } from '../context';
import type { Caller } from './caller';
import { childIdsOfMeeting, childrenHiddenFrom, minuteTakerNames } from './queries';

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Whether a signed-in account may hear of one change on its event stream (team mode's /api/events). A change
 * event names tables and ids only, but an id is itself something a person may not be told:
 * - a restricted child's id, or a meeting about one, reaches only the people named on the child;
 * - a minute-taker hears a meeting's changes, and who is typing in it, only for the meetings they are invited to
 *   (the meeting's minute-taker, or an attendee marked minute-taker, names them), as admit() decides their typing;
 * - anyone hears a change only if their role may read one of the screens it makes stale, and its children's and
 *   meeting's ids only if their role reads children's records (an administrator keeps the system, not the cases:
 *   their status line hears that children changed, never which).
 * Read afresh for every event: a restriction or an invitation made a moment ago counts from that moment.
 * Answers the event as it may be told, or null.
 */
export function changeVisibility(ctx: BackendContext, caller: Caller) {
  const mine = [caller.username, caller.displayName].map(normalise);
  const invited = async (meetingId: string) =>
    (await minuteTakerNames(ctx.db, meetingId)).some((n) => mine.includes(normalise(n)));

  const readsRecords = accessFor(caller.role, 'children.get') !== 'refused';

  return async (event: ChangeEvent): Promise<ChangeEvent | null> => {
    const readable = [...queriesForTables(event.tables)].filter(
      (q) => accessFor(caller.role, q) !== 'refused',
    );
    if (readable.length === 0) return null;
    if (!readsRecords) return { tables: event.tables, ...(event.origin ? { origin: event.origin } : {}) };
    if (event.meetingId !== undefined && caller.role === 'minute-taker' && !(await invited(event.meetingId)))
      return null;
    const named = [...(event.childIds ?? [])];
    if (event.meetingId !== undefined) named.push(...(await childIdsOfMeeting(ctx.db, event.meetingId)));
    if (named.length === 0) return event;
    const hidden = await childrenHiddenFrom(ctx.db, caller.accountId);
    return named.some((id) => hidden.has(id)) ? null : event;
  };
}
