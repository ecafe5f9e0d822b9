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

/**
 * The meeting's status, or not found. Inside a mutation the meeting's row is held (on PostgreSQL) until commit:
 * `update` for edits and moves of status, so they run one after another per meeting; `share` for the autosave, so
 * saves of different items do not wait for each other but an approval waits for them.
 */
export async function requireMeetingStatus(
  ctx: BackendContext,
  meetingId: string,
  mode: 'update' | 'share' = 'update',
): Promise<MeetingStatus> {
  const lock = ctx.db.isTransaction ? { engine: ctx.engine, mode } : null;
  const status = await getMeetingStatus(ctx.db, meetingId, lock);
  if (!status) throw notFound('The meeting');
  return status;
}

/**
 * Every change to the minutes goes through here: approved minutes are locked (corrections are amendments). The
 * triggers of migration 0002 refuse a change to approved minutes on both engines as well; this check is what gives
 * the user the message.
 */
export async function requireEditable(
  ctx: BackendContext,
  meetingId: string,
  mode: 'update' | 'share' = 'update',
): Promise<MeetingStatus> {
  const status = await requireMeetingStatus(ctx, meetingId, mode);
  if (isLocked(status)) throw lockedError();
  return status;
}

/**
 * One audit row per child the meeting is about, so each child's trail shows the meeting; a governance meeting about
 * no child gets one row without a child. `detail` names fields or states, never what was written.
 */
export async function auditMeeting(
  ctx: BackendContext,
  action: AuditAction,
  meetingId: string,
  detail: string | null = null,
): Promise<void> {
  const rows = await ctx.db
    .selectFrom('meeting_children')
    .select('child_id')
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
  if (rows.length === 0) await audit(ctx, action, 'meeting', meetingId, null, detail);
  for (const { child_id } of rows) await audit(ctx, action, 'meeting', meetingId, child_id, detail);
}
