import type Database from 'better-sqlite3';
import type { ActionInput, ActionStatus, MeetingAction } from '../../../shared/domain/meeting';
import { rowToAction, type ActionRow } from './rows';

const SELECT = `SELECT a.*, m.kind AS meeting_kind, m.scheduled_at AS meeting_scheduled_at
  FROM meeting_actions a JOIN meetings m ON m.id = a.meeting_id`;

export interface ActionQuery {
  childId?: string | null;
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

export function listActions(db: Database.Database, q: ActionQuery, today: string): MeetingAction[] {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: q.limit ?? 10_000 };
  const add = (sql: string, name: string, value: string | null | undefined) => {
    if (value === null || value === undefined) return;
    where.push(sql);
    params[name] = value;
  };
  add('a.child_id = @childId', 'childId', q.childId);
  add('a.meeting_id = @meetingId', 'meetingId', q.meetingId);
  add('a.status = @status', 'status', q.status);
  add("a.status = 'open' AND a.due_on < @overdueBefore", 'overdueBefore', q.overdueBefore);
  add('a.meeting_id <> @exceptMeetingId', 'exceptMeetingId', q.exceptMeetingId);
  add('a.created_at < @createdBefore', 'createdBefore', q.createdBefore);
  const rows = db
    .prepare(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.due_on IS NULL, a.due_on, m.scheduled_at, a.rowid LIMIT @limit`,
    )
    .all(params) as ActionRow[];
  return rows.map((r) => rowToAction(r, today));
}

/** A meeting's actions in the order they were agreed. */
export function listMeetingActions(db: Database.Database, meetingId: string, today: string): MeetingAction[] {
  return (db.prepare(`${SELECT} WHERE a.meeting_id = ? ORDER BY a.rowid`).all(meetingId) as ActionRow[]).map(
    (r) => rowToAction(r, today),
  );
}

export function getAction(db: Database.Database, id: string, today: string): MeetingAction | undefined {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined;
  return row && rowToAction(row, today);
}

export function getActionsByIds(
  db: Database.Database,
  ids: readonly string[],
  today: string,
): Map<string, MeetingAction> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(`${SELECT} WHERE a.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as ActionRow[];
  return new Map(rows.map((r) => [r.id, rowToAction(r, today)]));
}

export function insertAction(
  db: Database.Database,
  p: {
    id: string;
    meetingId: string;
    itemId: string;
    childId: string | null;
    action: ActionInput;
    at: string;
  },
): void {
  const a = p.action;
  db.prepare(
    `INSERT INTO meeting_actions (id, meeting_id, item_id, child_id, what, owner, agency, due_on, status,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(p.id, p.meetingId, p.itemId, p.childId, a.what, a.owner, a.agency, a.dueOn, a.status, p.at, p.at);
}

export function updateActionFields(
  db: Database.Database,
  id: string,
  fields: Partial<{
    what: string;
    owner: string;
    agency: string;
    due_on: string | null;
    status: ActionStatus;
    child_id: string | null;
  }>,
  at: string,
): void {
  const names = Object.keys(fields);
  if (names.length === 0) return;
  db.prepare(
    `UPDATE meeting_actions SET ${names.map((n) => `${n} = @${n}`).join(', ')}, updated_at = @at WHERE id = @id`,
  ).run({ ...fields, id, at });
}

export function deleteAction(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM meeting_actions WHERE id = ?').run(id);
}

/** Whether a later meeting reviews this action: it can then be dropped, not removed. */
export function isActionReviewedElsewhere(db: Database.Database, id: string): boolean {
  return (
    db.prepare('SELECT 1 FROM meeting_item_reviewed_actions WHERE action_id = ? LIMIT 1').get(id) !==
    undefined
  );
}
