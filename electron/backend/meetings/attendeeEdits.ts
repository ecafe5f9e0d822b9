import type { Attendee, AttendeeInput } from '../../../shared/domain/meeting';
import type { BackendContext } from '../context';
import { notFound } from '../errors';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { claimRevision } from '../revision';
import { deleteAttendee, getAttendee, insertAttendee, listAttendees, updateAttendee } from './attendees';
import { auditMeeting, requireEditable } from './guard';

// Who was invited and who came: part of the minutes, so refused once they are approved. Each answers the meeting's
// attendees as they now stand.

export async function addAttendee(
  ctx: BackendContext,
  p: { meetingId: string; attendee: AttendeeInput },
): Promise<Attendee[]> {
  return mutation(ctx, async (tx) => {
    await requireEditable(tx, p.meetingId);
    await insertAttendee(tx.db, p.meetingId, newId(), p.attendee);
    await auditMeeting(tx, 'update', p.meetingId, 'attendees');
    tx.changed('meeting_attendees');
    return listAttendees(tx.db, p.meetingId);
  });
}

export async function editAttendee(
  ctx: BackendContext,
  p: { meetingId: string; attendeeId: string; baseRevision: number; attendee: AttendeeInput },
): Promise<Attendee[]> {
  return mutation(ctx, async (tx) => {
    await requireEditable(tx, p.meetingId);
    if (!(await getAttendee(tx.db, p.meetingId, p.attendeeId))) throw notFound('The attendee');
    // Attendance edits are audited under the meeting, so the conflict message reads the meeting's trail.
    await claimRevision(tx, 'meeting_attendees', p.attendeeId, p.baseRevision, {
      entity: 'meeting',
      id: p.meetingId,
    });
    await updateAttendee(tx.db, p.meetingId, p.attendeeId, p.attendee);
    await auditMeeting(tx, 'update', p.meetingId, 'attendees');
    tx.changed('meeting_attendees');
    return listAttendees(tx.db, p.meetingId);
  });
}

export async function removeAttendee(
  ctx: BackendContext,
  p: { meetingId: string; attendeeId: string },
): Promise<Attendee[]> {
  return mutation(ctx, async (tx) => {
    await requireEditable(tx, p.meetingId);
    if (!(await getAttendee(tx.db, p.meetingId, p.attendeeId))) throw notFound('The attendee');
    await deleteAttendee(tx.db, p.meetingId, p.attendeeId);
    await auditMeeting(tx, 'update', p.meetingId, 'attendees');
    tx.changed('meeting_attendees');
    return listAttendees(tx.db, p.meetingId);
  });
}
