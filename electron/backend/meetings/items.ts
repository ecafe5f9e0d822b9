import type Database from 'better-sqlite3';
import type { Amendment } from '../../../shared/domain/meeting';
import type { PlannedItem } from '../../../shared/meetings/agenda';
import { rowToAmendment, type AmendmentRow, type ItemRow } from './rows';

export function insertItems(
  db: Database.Database,
  meetingId: string,
  items: ReadonlyArray<PlannedItem & { id: string }>,
) {
  const insert = db.prepare(
    `INSERT INTO meeting_items (id, meeting_id, position, key, title, guidance, source, child_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  items.forEach((i, position) =>
    insert.run(i.id, meetingId, position, i.key, i.title, i.guidance, i.source, i.childId),
  );
}

export function listItemRows(db: Database.Database, meetingId: string): ItemRow[] {
  return db
    .prepare(
      `SELECT id, meeting_id, position, key, title, guidance, source, child_id, minutes, revision, saved_at
         FROM meeting_items WHERE meeting_id = ? ORDER BY position`,
    )
    .all(meetingId) as ItemRow[];
}

export function getItemRow(db: Database.Database, meetingId: string, itemId: string): ItemRow | undefined {
  return db
    .prepare(
      `SELECT id, meeting_id, position, key, title, guidance, source, child_id, minutes, revision, saved_at
         FROM meeting_items WHERE id = ? AND meeting_id = ?`,
    )
    .get(itemId, meetingId) as ItemRow | undefined;
}

export interface SavedMinutes {
  revision: number;
  key: string;
  audited_at: string | null;
  audited_by: string | null;
}

// The autosave path runs every few hundred milliseconds while someone types: its statements are prepared once per
// connection rather than on every call.
const saveStatements = new WeakMap<Database.Database, Database.Statement>();

/**
 * The autosave itself: one UPDATE that writes only when the base revision is current and the meeting is not
 * approved, answering the new revision and when the item was last audited. Nothing written means stale or locked.
 */
export function saveMinutesIfCurrent(
  db: Database.Database,
  p: { meetingId: string; itemId: string; minutes: string; baseRevision: number; at: string },
): SavedMinutes | undefined {
  let statement = saveStatements.get(db);
  if (!statement) {
    statement = db.prepare(
      `UPDATE meeting_items SET minutes = @minutes, revision = revision + 1, saved_at = @at
        WHERE id = @itemId AND meeting_id = @meetingId AND revision = @baseRevision
          AND (SELECT status FROM meetings WHERE id = @meetingId) <> 'approved'
        RETURNING revision, key, minutes_audited_at AS audited_at, minutes_audited_by AS audited_by`,
    );
    saveStatements.set(db, statement);
  }
  return statement.get(p) as SavedMinutes | undefined;
}

export function markMinutesAudited(db: Database.Database, itemId: string, at: string, by: string): void {
  db.prepare('UPDATE meeting_items SET minutes_audited_at = ?, minutes_audited_by = ? WHERE id = ?').run(
    at,
    by,
    itemId,
  );
}

export function listDecisions(db: Database.Database, meetingId: string): Map<string, string[]> {
  const rows = db
    .prepare(
      `SELECT d.item_id, d.text FROM meeting_item_decisions d JOIN meeting_items i ON i.id = d.item_id
        WHERE i.meeting_id = ? ORDER BY d.item_id, d.position`,
    )
    .all(meetingId) as Array<{ item_id: string; text: string }>;
  const byItem = new Map<string, string[]>();
  for (const r of rows) byItem.set(r.item_id, [...(byItem.get(r.item_id) ?? []), r.text]);
  return byItem;
}

export function replaceDecisions(db: Database.Database, itemId: string, decisions: readonly string[]): void {
  db.prepare('DELETE FROM meeting_item_decisions WHERE item_id = ?').run(itemId);
  const insert = db.prepare('INSERT INTO meeting_item_decisions (item_id, position, text) VALUES (?, ?, ?)');
  decisions.forEach((text, i) => insert.run(itemId, i, text));
}

export function insertAmendment(db: Database.Database, meetingId: string, a: Amendment): void {
  db.prepare(
    `INSERT INTO meeting_amendments (id, meeting_id, item_id, minutes, reason, amended_at, amended_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, meetingId, a.itemId, a.minutes, a.reason, a.amendedAt, a.amendedBy);
}

export function listAmendments(db: Database.Database, meetingId: string): Amendment[] {
  return (
    db
      .prepare(
        `SELECT id, item_id, minutes, reason, amended_at, amended_by FROM meeting_amendments
          WHERE meeting_id = ? ORDER BY amended_at, rowid`,
      )
      .all(meetingId) as AmendmentRow[]
  ).map(rowToAmendment);
}

export function linkReviewedActions(
  db: Database.Database,
  itemId: string,
  actionIds: readonly string[],
): void {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO meeting_item_reviewed_actions (item_id, action_id) VALUES (?, ?)',
  );
  for (const actionId of actionIds) insert.run(itemId, actionId);
}

export function listReviewedActionLinks(db: Database.Database, meetingId: string) {
  return db
    .prepare(
      `SELECT r.item_id, r.action_id FROM meeting_item_reviewed_actions r JOIN meeting_items i ON i.id = r.item_id
        WHERE i.meeting_id = ? ORDER BY i.position, r.rowid`,
    )
    .all(meetingId) as Array<{ item_id: string; action_id: string }>;
}
