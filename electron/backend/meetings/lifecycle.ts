import type { Amendment, Meeting, MeetingStatus } from '../../../shared/domain/meeting';
import { canMove, isLocked, moveRefusal } from '../../../shared/meetings/lifecycle';
import { toStoredInstant } from '../../../shared/time/london';
import type { BackendContext } from '../context';
import { DomainError, invalid, notFound } from '../errors';
import { newId } from '../ids';
import { auditMeeting, lockedError, requireMeetingStatus } from './guard';
import { getItemRow, insertAmendment } from './items';
import { getMeeting, setMeetingStatus } from './queries';

/**
 * Moves a meeting on: draft -> in progress -> concluded -> minutes approved, recording who and when. `at` is when
 * the meeting really started or ended when it is recorded afterwards; an approval is always now, by the user.
 */
export function transitionMeeting(
  ctx: BackendContext,
  p: { meetingId: string; to: MeetingStatus; at: string | null },
): Meeting {
  return ctx.db.transaction(() => {
    const meeting = getMeeting(ctx.db, p.meetingId);
    if (!meeting) throw notFound('The meeting');
    if (isLocked(meeting.status)) throw lockedError();
    if (!canMove(meeting.status, p.to)) {
      throw invalid([{ field: 'to', message: moveRefusal(meeting.status, p.to) }]);
    }
    const now = ctx.now().toISOString();
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
    setMeetingStatus(ctx.db, p.meetingId, meeting.status, p.to, at, ctx.user(), now);
    auditMeeting(ctx, p.to === 'approved' ? 'approve' : 'update', p.meetingId, `status:${p.to}`);
    return getMeeting(ctx.db, p.meetingId)!;
  })();
}

/**
 * A correction to approved minutes. The approved text is never changed: the amendment is kept beside it with the
 * new text, the reason, who and when, and the export prints both.
 */
export function amendMinutes(
  ctx: BackendContext,
  p: { meetingId: string; itemId: string; minutes: string; reason: string },
): Amendment {
  return ctx.db.transaction(() => {
    const status = requireMeetingStatus(ctx, p.meetingId);
    if (!isLocked(status)) {
      throw new DomainError(
        'conflict',
        'These minutes are not approved yet: edit them directly. Amendments are for approved minutes.',
      );
    }
    const item = getItemRow(ctx.db, p.meetingId, p.itemId);
    if (!item) throw notFound('The agenda item');
    const amendment: Amendment = {
      id: newId(),
      itemId: p.itemId,
      minutes: p.minutes,
      reason: p.reason,
      amendedAt: ctx.now().toISOString(),
      amendedBy: ctx.user(),
    };
    insertAmendment(ctx.db, p.meetingId, amendment);
    auditMeeting(ctx, 'amend', p.meetingId, `minutes:${item.key}`);
    return amendment;
  })();
}
