import type { Attendee, AttendeeInput } from '../../../shared/domain/meeting';
import { isUniqueViolation } from '../db/dialect';
import type { Db } from '../db/schema';
import { DomainError } from '../errors';
import { rowToAttendee } from './rows';

export async function listAttendees(db: Db, meetingId: string): Promise<Attendee[]> {
  const rows = await db
    .selectFrom('meeting_attendees')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(rowToAttendee);
}

export async function getAttendee(db: Db, meetingId: string, id: string): Promise<Attendee | undefined> {
  const row = await db
    .selectFrom('meeting_attendees')
    .selectAll()
    .where('id', '=', id)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return row && rowToAttendee(row);
}

/** One chair and one minute-taker per meeting (held by unique indexes): marking one unmarks the other. */
async function clearMarks(db: Db, meetingId: string, a: AttendeeInput, exceptId: string): Promise<void> {
  if (a.isChair) {
    await db
      .updateTable('meeting_attendees')
      .set((eb) => ({ is_chair: 0, revision: eb('revision', '+', 1) }))
      .where('meeting_id', '=', meetingId)
      // Only the row that loses the mark changes (and its revision moves): the others' open forms stay current.
      .where('is_chair', '=', 1)
      .where('id', '<>', exceptId)
      .execute();
  }
  if (a.isMinuteTaker) {
    await db
      .updateTable('meeting_attendees')
      .set((eb) => ({ is_minute_taker: 0, revision: eb('revision', '+', 1) }))
      .where('meeting_id', '=', meetingId)
      .where('is_minute_taker', '=', 1)
      .where('id', '<>', exceptId)
      .execute();
  }
}

/**
 * The partial unique indexes hold one chair and one minute-taker per meeting whatever runs at once. Edits take the
 * meeting's row first (guard.ts), so two marks at once normally run one after the other; if another writer got a
 * mark in between anyway, the index refuses and the user is told, with nothing saved.
 */
async function markedWrite(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new DomainError(
      'conflict',
      'Someone else marked another attendee as the chair or minute-taker at the same moment. Nothing was saved: reload the attendees and try again.',
    );
  }
}

const columns = (a: AttendeeInput) => ({
  name: a.name,
  role: a.role,
  agency: a.agency,
  status: a.status,
  is_chair: a.isChair ? 1 : 0,
  is_minute_taker: a.isMinuteTaker ? 1 : 0,
  // Only when sent: an update without it keeps what the attendee brought.
  ...(a.information !== undefined ? { information: a.information } : {}),
});

export async function insertAttendee(db: Db, meetingId: string, id: string, a: AttendeeInput): Promise<void> {
  await clearMarks(db, meetingId, a, id);
  await markedWrite(() =>
    db
      .insertInto('meeting_attendees')
      .values((eb) => ({
        id,
        meeting_id: meetingId,
        position: eb
          .selectFrom('meeting_attendees')
          .select((s) => s.fn.coalesce(s(s.fn.max('position'), '+', 1), s.lit(0)).as('next'))
          .where('meeting_id', '=', meetingId),
        ...columns(a),
      }))
      .execute(),
  );
}

export async function updateAttendee(db: Db, meetingId: string, id: string, a: AttendeeInput): Promise<void> {
  await clearMarks(db, meetingId, a, id);
  await markedWrite(() =>
    db
      .updateTable('meeting_attendees')
      .set(columns(a))
      .where('id', '=', id)
      .where('meeting_id', '=', meetingId)
      .execute(),
  );
}

export async function deleteAttendee(db: Db, meetingId: string, id: string): Promise<void> {
  await db.deleteFrom('meeting_attendees').where('id', '=', id).where('meeting_id', '=', meetingId).execute();
}

/** When the meeting's chair or minute-taker is renamed, the marked attendee row follows unless someone edited it. */
export async function renameMarked(
  db: Db,
  meetingId: string,
  mark: 'is_chair' | 'is_minute_taker',
  before: string | null,
  after: string | null,
): Promise<void> {
  if (before === after) return;
  await db
    .updateTable('meeting_attendees')
    .set((eb) => ({ name: after ?? '', revision: eb('revision', '+', 1) }))
    .where('meeting_id', '=', meetingId)
    .where(mark, '=', 1)
    .where((eb) => eb.or([eb('name', '=', ''), eb('name', '=', before ?? '')]))
    .execute();
}
