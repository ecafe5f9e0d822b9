import type { ActionInput, ActionStatus, MeetingAction } from '../../../shared/domain/meeting';
import type { Db } from '../db/schema';
import { rowToAction } from './rows';

const CHUNK = 500;

/** An action with the kind and date of the meeting that agreed it. */
const selectActions = (db: Db) =>
  db
    .selectFrom('meeting_actions as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .selectAll('a')
    .select(['m.kind as meeting_kind', 'm.scheduled_at as meeting_scheduled_at']);

/**
 * The order actions were agreed in: when they were created, then their id. Each action is added by its own request,
 * stamped with the request's instant, so on a real clock this is the order of adding (a tie in one millisecond
 * falls back to the id, the same on both engines).
 */
const inAgreedOrder = <Q extends ReturnType<typeof selectActions>>(q: Q) =>
  q.orderBy('a.created_at').orderBy('a.id');

export interface ActionQuery {
  childId?: string | null;
  /** Only the actions about these children (the pack asks for all of a meeting's children at once). */
  childIds?: readonly string[] | null;
  meetingId?: string | null;
  status?: ActionStatus | null;
  /** Only open actions due before this London date. */
  overdueBefore?: string | null;
  /** Leave out the actions of this meeting (the open actions carried into it come from earlier ones). */
  exceptMeetingId?: string | null;
  /** Only actions of meetings created before this instant. */
  createdBefore?: string | null;
  limit?: number;
}

/** Actions by due date (undated last), then by the date of the meeting that agreed them, then as agreed. */
export async function listActions(db: Db, q: ActionQuery, today: string): Promise<MeetingAction[]> {
  const { childId, childIds, meetingId, status, overdueBefore, exceptMeetingId, createdBefore } = q;
  const query = (ids: readonly string[] | null) =>
    inAgreedOrder(
      selectActions(db)
        .$if(childId != null, (qb) => qb.where('a.child_id', '=', childId ?? ''))
        .$if(ids !== null, (qb) => qb.where('a.child_id', 'in', ids ?? []))
        .$if(meetingId != null, (qb) => qb.where('a.meeting_id', '=', meetingId ?? ''))
        .$if(status != null, (qb) => qb.where('a.status', '=', status ?? 'open'))
        .$if(overdueBefore != null, (qb) =>
          qb.where('a.status', '=', 'open').where('a.due_on', '<', overdueBefore ?? ''),
        )
        .$if(exceptMeetingId != null, (qb) => qb.where('a.meeting_id', '<>', exceptMeetingId ?? ''))
        .$if(createdBefore != null, (qb) => qb.where('a.created_at', '<', createdBefore ?? ''))
        // Undated actions last on both engines: SQLite puts NULL first and PostgreSQL last, so say it.
        .orderBy((eb) => eb.case().when('a.due_on', 'is', null).then(1).else(0).end())
        .orderBy('a.due_on')
        .orderBy('m.scheduled_at'),
    ).limit(q.limit ?? 10_000);
  if (childIds == null) return (await query(null).execute()).map((r) => rowToAction(r, today));
  if (childIds.length === 0) return [];
  const rows = [];
  for (let i = 0; i < childIds.length; i += CHUNK)
    rows.push(...(await query(childIds.slice(i, i + CHUNK)).execute()));
  return rows.map((r) => rowToAction(r, today));
}

/** A meeting's actions in the order they were agreed. */
export async function listMeetingActions(db: Db, meetingId: string, today: string): Promise<MeetingAction[]> {
  const rows = await inAgreedOrder(selectActions(db).where('a.meeting_id', '=', meetingId)).execute();
  return rows.map((r) => rowToAction(r, today));
}

export async function getAction(db: Db, id: string, today: string): Promise<MeetingAction | undefined> {
  const row = await selectActions(db).where('a.id', '=', id).executeTakeFirst();
  return row && rowToAction(row, today);
}

export async function getActionsByIds(
  db: Db,
  ids: readonly string[],
  today: string,
): Promise<Map<string, MeetingAction>> {
  const out = new Map<string, MeetingAction>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await selectActions(db)
      .where('a.id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) out.set(r.id, rowToAction(r, today));
  }
  return out;
}

export async function insertAction(
  db: Db,
  p: {
    id: string;
    meetingId: string;
    itemId: string;
    childId: string | null;
    action: ActionInput;
    at: string;
    /** The London date it was set. */
    setOn: string;
  },
): Promise<void> {
  const a = p.action;
  await db
    .insertInto('meeting_actions')
    .values({
      id: p.id,
      meeting_id: p.meetingId,
      item_id: p.itemId,
      child_id: p.childId,
      what: a.what,
      owner: a.owner,
      agency: a.agency,
      due_on: a.dueOn,
      status: a.status,
      created_at: p.at,
      updated_at: p.at,
      set_on: p.setOn,
      rationale: a.rationale ?? '',
    })
    .execute();
}

export async function updateActionFields(
  db: Db,
  id: string,
  fields: Partial<{
    what: string;
    owner: string;
    agency: string;
    due_on: string | null;
    status: ActionStatus;
    child_id: string | null;
    rationale: string;
  }>,
  at: string,
): Promise<void> {
  if (Object.keys(fields).length === 0) return;
  await db
    .updateTable('meeting_actions')
    .set({ ...fields, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteAction(db: Db, id: string): Promise<void> {
  await db.deleteFrom('meeting_actions').where('id', '=', id).execute();
}

/** Whether a later meeting reviews this action: it can then be dropped, not removed. */
export async function isActionReviewedElsewhere(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('meeting_item_reviewed_actions')
    .select('action_id')
    .where('action_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
