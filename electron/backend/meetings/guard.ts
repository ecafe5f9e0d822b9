import { DateTime } from 'luxon';
import type { MeetingStatus } from '../../../shared/domain/meeting';
import { isLocked, LOCKED_MESSAGE } from '../../../shared/meetings/lifecycle';
import { LONDON } from '../../../shared/time/london';
import { audit, type AuditAction } from '../audit/audit';
import type { BackendContext } from '../context';
import { DomainError, notFound } from '../errors';
import { getMeetingStatus } from './queries';

/** Today's date in London: an open action due before it is overdue. */
export const londonToday = (ctx: BackendContext): string =>
  DateTime.fromJSDate(ctx.now(), { zone: LONDON }).toISODate() ?? ctx.now().toISOString().slice(0, 10);

export const lockedError = (): DomainError => new DomainError('locked', LOCKED_MESSAGE);

export function requireMeetingStatus(ctx: BackendContext, meetingId: string): MeetingStatus {
  const status = getMeetingStatus(ctx.db, meetingId);
  if (!status) throw notFound('The meeting');
  return status;
}

/** Every change to the minutes goes through here: approved minutes are locked (corrections are amendments). */
export function requireEditable(ctx: BackendContext, meetingId: string): MeetingStatus {
  const status = requireMeetingStatus(ctx, meetingId);
  if (isLocked(status)) throw lockedError();
  return status;
}

/**
 * One audit row per child the meeting is about, so each child's trail shows the meeting; a governance meeting about
 * no child gets one row without a child. `detail` names fields or states, never what was written.
 */
export function auditMeeting(
  ctx: BackendContext,
  action: AuditAction,
  meetingId: string,
  detail: string | null = null,
): void {
  const childIds = ctx.db
    .prepare('SELECT child_id FROM meeting_children WHERE meeting_id = ? ORDER BY position')
    .pluck()
    .all(meetingId) as string[];
  if (childIds.length === 0) audit(ctx, action, 'meeting', meetingId, null, detail);
  for (const childId of childIds) audit(ctx, action, 'meeting', meetingId, childId, detail);
}
