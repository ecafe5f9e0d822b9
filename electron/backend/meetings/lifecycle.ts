import type { Amendment, Meeting, MeetingStatus } from '../../../shared/domain/meeting';
import { canMove, isLocked, moveRefusal } from '../../../shared/meetings/lifecycle';
import { toStoredInstant } from '../../../shared/time/london';
import type { BackendContext } from '../context';
import { DomainError, invalid, notFound } from '../errors';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { approverOf } from './approver';
import { auditMeeting, lockedError, requireMeetingStatus } from './guard';
import { listAttendees } from './attendees';
import { getItemRow, insertAmendment } from './items';
import { getMeeting, setMeetingStatus } from './queries';

/**
 * Moves a meeting on: draft -> in progress -> concluded -> minutes approved, recording who and when. `at` is when
 * the meeting really started or ended when it is recorded afterwards; an approval is always now, by the user.
 * The meeting's row is held first, so two moves at once (two clicks on Approve) run one after the other and the
 * second sees the first's status.
 */
export async function transitionMeeting(
  ctx: BackendContext,
  p: { meetingId: string; to: MeetingStatus; at: string | null },
): Promise<Meeting> {
  return mutation(ctx, async (tx) => {
    await requireMeetingStatus(tx, p.meetingId);
    const meeting = await getMeeting(tx.db, p.meetingId);
    if (!meeting) throw notFound('The meeting');
    if (isLocked(meeting.status)) throw lockedError();
    if (!canMove(meeting.status, p.to)) {
      throw invalid([{ field: 'to', message: moveRefusal(meeting.status, p.to) }]);
    }
    const now = tx.now().toISOString();
    if (p.to === 'approved' && p.at !== null) {
      throw invalid([{ field: 'at', message: 'Minutes are approved now, by you: leave the time empty.' }]);
    }
    const at = p.at === null ? now : toStoredInstant(p.at);
    if (at > now) throw invalid([{ field: 'at', message: 'The time cannot be in the future.' }]);
    if (p.to === 'concluded' && meeting.startedAt !== null && at < meeting.startedAt) {
      throw invalid([{ field: 'at', message: 'The meeting cannot end before it started.' }]);
    }
    if (p.to === 'approved' && !meeting.chairName) {
      throw invalid([{ field: 'chairName', message: 'Name the chair before the minutes are approved.' }]);
    }
    if (p.to === 'approved') {
      // Approved minutes print each person's attendance: unrecorded would go out as "Not recorded".
      const unrecorded = (await listAttendees(tx.db, p.meetingId)).filter(
        (a) => a.name.trim() !== '' && a.status === 'invited',
      );
      if (unrecorded.length > 0) {
        const n = unrecorded.length;
        throw invalid([
          {
            field: 'attendance',
            message: `Record attendance first: ${n === 1 ? 'one person has' : `${n} people have`} no attendance recorded (attended, apologies, declined or no response).`,
          },
        ]);
      }
    }
    const approver = p.to === 'approved' ? await approverOf(tx) : undefined;
    await setMeetingStatus(tx.db, p.meetingId, meeting.status, p.to, at, tx.user(), now, approver);
    await auditMeeting(tx, p.to === 'approved' ? 'approve' : 'update', p.meetingId, `status:${p.to}`);
    tx.changed('meetings');
    const after = await getMeeting(tx.db, p.meetingId);
    if (!after) throw notFound('The meeting');
    return after;
  });
}

/**
 * A correction to approved minutes. The approved text is never changed: the amendment is kept beside it with the
 * new text, the reason, who and when, and the export prints both.
 */
export async function amendMinutes(
  ctx: BackendContext,
  p: { meetingId: string; itemId: string; minutes: string; reason: string },
): Promise<Amendment> {
  return mutation(ctx, async (tx) => {
    const status = await requireMeetingStatus(tx, p.meetingId);
    if (!isLocked(status)) {
      throw new DomainError(
        'conflict',
        'These minutes are not approved yet: edit them directly. Amendments are for approved minutes.',
      );
    }
    const item = await getItemRow(tx.db, p.meetingId, p.itemId);
    if (!item) throw notFound('The agenda item');
    const amendment: Amendment = {
      id: newId(),
      itemId: p.itemId,
      minutes: p.minutes,
      reason: p.reason,
      amendedAt: tx.now().toISOString(),
      amendedBy: tx.user(),
    };
    await insertAmendment(tx.db, p.meetingId, amendment);
    await auditMeeting(tx, 'amend', p.meetingId, `minutes:${item.key}`);
    tx.changed('meeting_amendments');
    return amendment;
  });
}
