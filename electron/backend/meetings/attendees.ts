import type Database from 'better-sqlite3';
import type { Attendee, AttendeeInput } from '../../../shared/domain/meeting';
import { rowToAttendee, type AttendeeRow } from './rows';

export function listAttendees(db: Database.Database, meetingId: string): Attendee[] {
  return (
    db
      .prepare('SELECT * FROM meeting_attendees WHERE meeting_id = ? ORDER BY position')
      .all(meetingId) as AttendeeRow[]
  ).map(rowToAttendee);
}

export function getAttendee(db: Database.Database, meetingId: string, id: string): Attendee | undefined {
  const row = db
    .prepare('SELECT * FROM meeting_attendees WHERE id = ? AND meeting_id = ?')
    .get(id, meetingId) as AttendeeRow | undefined;
  return row && rowToAttendee(row);
}

/** One chair and one minute-taker per meeting (held by unique indexes): marking one unmarks the other. */
function clearMarks(db: Database.Database, meetingId: string, a: AttendeeInput, exceptId: string): void {
  if (a.isChair)
    db.prepare('UPDATE meeting_attendees SET is_chair = 0 WHERE meeting_id = ? AND id <> ?').run(
      meetingId,
      exceptId,
    );
  if (a.isMinuteTaker) {
    db.prepare('UPDATE meeting_attendees SET is_minute_taker = 0 WHERE meeting_id = ? AND id <> ?').run(
      meetingId,
      exceptId,
    );
  }
}

const columns = (a: AttendeeInput) => ({
  name: a.name,
  role: a.role,
  agency: a.agency,
  status: a.status,
  isChair: a.isChair ? 1 : 0,
  isMinuteTaker: a.isMinuteTaker ? 1 : 0,
});

export function insertAttendee(db: Database.Database, meetingId: string, id: string, a: AttendeeInput): void {
  clearMarks(db, meetingId, a, id);
  db.prepare(
    `INSERT INTO meeting_attendees (id, meeting_id, position, name, role, agency, status, is_chair, is_minute_taker)
     VALUES (@id, @meetingId,
       (SELECT coalesce(max(position) + 1, 0) FROM meeting_attendees WHERE meeting_id = @meetingId),
       @name, @role, @agency, @status, @isChair, @isMinuteTaker)`,
  ).run({ id, meetingId, ...columns(a) });
}

export function updateAttendee(db: Database.Database, meetingId: string, id: string, a: AttendeeInput): void {
  clearMarks(db, meetingId, a, id);
  db.prepare(
    `UPDATE meeting_attendees SET name = @name, role = @role, agency = @agency, status = @status,
       is_chair = @isChair, is_minute_taker = @isMinuteTaker
     WHERE id = @id AND meeting_id = @meetingId`,
  ).run({ id, meetingId, ...columns(a) });
}

export function deleteAttendee(db: Database.Database, meetingId: string, id: string): void {
  db.prepare('DELETE FROM meeting_attendees WHERE id = ? AND meeting_id = ?').run(id, meetingId);
}

/** When the meeting's chair or minute-taker is renamed, the marked attendee row follows unless someone edited it. */
export function renameMarked(
  db: Database.Database,
  meetingId: string,
  mark: 'is_chair' | 'is_minute_taker',
  before: string | null,
  after: string | null,
): void {
  if (before === after) return;
  db.prepare(
    `UPDATE meeting_attendees SET name = ? WHERE meeting_id = ? AND ${mark} = 1 AND (name = '' OR name = ?)`,
  ).run(after ?? '', meetingId, before ?? '');
}
