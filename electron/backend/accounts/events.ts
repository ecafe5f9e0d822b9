import type { ChangeEvent } from '../../../shared/api/invalidation';
import { queriesForTables } from '../../../shared/api/invalidation';
import { accessFor } from '../../../shared/auth/roles';
import type { BackendContext } from '../context';
import type { Db } from '../db/schema';
import type { Caller } from './caller';
import { childIdsOfMeeting, minuteTakerNames, restrictionsOf } from './queries';

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** What the database says about one change event, the same for every account that may hear of it. */
interface EventFacts {
  /** The names the event's meeting gives its minute-taker, normalised (empty without a meeting). */
  minuteTakers: string[];
  /** Every child the event names, its meeting's children included. */
  named: string[];
  /** Of those, the restricted ones and the accounts each is restricted to. */
  restricted: Map<string, Set<string>>;
}

// Read once per event, not once per event per open stream: with fifty windows open each save was three reads
// fifty times over (the load test). Keyed by the event object the hub hands every stream for one delivery; a
// replay to a reconnecting window is given a copy of the event, so its facts are read afresh then.
const factsByDb = new WeakMap<Db, WeakMap<ChangeEvent, Promise<EventFacts>>>();

async function readFacts(db: Db, event: ChangeEvent): Promise<EventFacts> {
  const named = [...(event.childIds ?? [])];
  let minuteTakers: string[] = [];
  if (event.meetingId !== undefined) {
    minuteTakers = (await minuteTakerNames(db, event.meetingId)).map(normalise);
    named.push(...(await childIdsOfMeeting(db, event.meetingId)));
  }
  return { minuteTakers, named, restricted: await restrictionsOf(db, named) };
}

function factsOf(db: Db, event: ChangeEvent): Promise<EventFacts> {
  let forDb = factsByDb.get(db);
  if (!forDb) factsByDb.set(db, (forDb = new WeakMap()));
  let facts = forDb.get(event);
  if (!facts) {
    facts = readFacts(db, event);
    // A failed read is not kept: the next event (or stream) asks again.
    facts.catch(() => forDb.delete(event));
    forDb.set(event, facts);
  }
  return facts;
}

/**
 * Whether a signed-in account may hear of one change on its event stream (team mode's /api/events). A change
 * event names tables and ids only, but an id is itself something a person may not be told:
 * - a restricted child's id, or a meeting about one, reaches only the people named on the child;
 * - a minute-taker hears a meeting's changes, and who is typing in it, only for the meetings they are invited to
 *   (the meeting's minute-taker, or an attendee marked minute-taker, names them), as admit() decides their typing;
 * - anyone hears a change only if their role may read one of the screens it makes stale, and its children's and
 *   meeting's ids only if their role reads children's records (an administrator keeps the system, not the cases:
 *   their status line hears that children changed, never which).
 * Read afresh for every event (once, for all the streams it goes to): a restriction or an invitation made a moment
 * ago counts from that moment.
 * Answers the event as it may be told, or null.
 */
export function changeVisibility(ctx: BackendContext, caller: Caller) {
  const mine = [caller.username, caller.displayName].map(normalise);
  const readsRecords = accessFor(caller.role, 'children.get') !== 'refused';

  return async (event: ChangeEvent): Promise<ChangeEvent | null> => {
    const readable = [...queriesForTables(event.tables)].filter(
      (q) => accessFor(caller.role, q) !== 'refused',
    );
    if (readable.length === 0) return null;
    if (!readsRecords) return { tables: event.tables, ...(event.origin ? { origin: event.origin } : {}) };
    if (event.meetingId === undefined && (event.childIds ?? []).length === 0) return event;
    const facts = await factsOf(ctx.db, event);
    if (
      event.meetingId !== undefined &&
      caller.role === 'minute-taker' &&
      !facts.minuteTakers.some((n) => mine.includes(n))
    )
      return null;
    const hidden = facts.named.some((id) => {
      const allowed = facts.restricted.get(id);
      return allowed !== undefined && !allowed.has(caller.accountId);
    });
    return hidden ? null : event;
  };
}
