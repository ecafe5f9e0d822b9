import type { MeetingRecord } from '../../../shared/domain/meeting';
import { KIND_RULES } from '../../../shared/meetings/kinds';
import { formatUkDate, toStoredInstant } from '../../../shared/time/london';
import type { BackendContext } from '../context';
import { isUniqueViolation } from '../db/dialect';
import { DomainError, invalid, notFound } from '../errors';
import { mutation } from '../mutation';
import { listAttendees } from './attendees';
import { createMeeting } from './create';
import { auditMeeting, lockedError, requireMeetingStatus } from './guard';
import { getMeeting, getMeetingLinks } from './queries';

export interface ArrangeNext {
  meetingId: string;
  scheduledAt: string;
  venue: string;
}

const alreadyArranged = (at: string | null): DomainError =>
  new DomainError(
    'conflict',
    at
      ? `A next meeting is already arranged from this one, for ${formatUkDate(at)}: open it from the meeting page.`
      : 'A next meeting is already arranged from this one: open it from the meeting page.',
  );

const REASON_MAX = 2000;

/**
 * Arranges the next meeting from a meeting being held or just held (issue 12): the same kind, stage, children, chair,
 * minute-taker and invitees (asked again, not marked as attended), on the date, time and venue given. The new
 * meeting links back, and its review of previous actions carries the children's open actions as any new meeting's
 * does. The current meeting's row is held while this runs (guard.ts), so a double click runs one after the other and
 * the second is told; the unique index of migration 0020 refuses a second next meeting whatever else runs at once.
 * Approved minutes are locked: they said what was arranged when they were approved.
 */
export async function arrangeNextMeeting(ctx: BackendContext, p: ArrangeNext): Promise<MeetingRecord> {
  try {
    return await mutation(ctx, async (tx) => {
      const status = await requireMeetingStatus(tx, p.meetingId);
      if (status === 'approved') throw lockedError();
      const current = await getMeeting(tx.db, p.meetingId);
      if (!current) throw notFound('The meeting');
      if (status === 'draft') {
        throw invalid([
          {
            field: 'meetingId',
            message: 'The next meeting is arranged at this one: start the meeting first.',
          },
        ]);
      }
      if (current.kind === 'daily-review') {
        throw invalid([
          {
            field: 'meetingId',
            message:
              'A Daily Review is started each day from the Daily Review screen, not arranged from another.',
          },
        ]);
      }
      const { nextMeeting } = await getMeetingLinks(tx.db, p.meetingId);
      if (nextMeeting) throw alreadyArranged(nextMeeting.scheduledAt);
      const heldAt = current.startedAt ?? current.scheduledAt;
      const scheduledAt = toStoredInstant(p.scheduledAt);
      if (scheduledAt <= heldAt) {
        throw invalid([
          {
            field: 'scheduledAt',
            message: `The next meeting must be after this one (${formatUkDate(heldAt)}).`,
          },
        ]);
      }
      const attendees = await listAttendees(tx.db, p.meetingId);
      const reason = `Arranged at the ${KIND_RULES[current.kind].label} of ${formatUkDate(heldAt)}. ${current.reason}`;
      const record = await createMeeting(
        tx,
        {
          kind: current.kind,
          stageLevel: current.stageLevel,
          childIds: current.childIds,
          reason: reason.length > REASON_MAX ? `${reason.slice(0, REASON_MAX - 1)}…` : reason,
          chairRole: current.chairRole,
          chairName: current.chairName,
          minuteTaker: current.minuteTaker,
          scheduledAt,
          venue: p.venue,
          dueBy: null,
          trigger: [],
        },
        {
          previousMeetingId: p.meetingId,
          invitees: attendees.map((a) => ({
            name: a.name,
            role: a.role,
            agency: a.agency,
            status: 'invited',
            isChair: a.isChair,
            isMinuteTaker: a.isMinuteTaker,
          })),
        },
      );
      // The current meeting's trail says a next meeting was arranged at it; its minutes now print it.
      await auditMeeting(tx, 'update', p.meetingId, 'nextMeeting');
      return record;
    });
  } catch (error) {
    // Another arrangement committed between this one's check and its insert: rolled back whole, and told.
    if (!isUniqueViolation(error)) throw error;
    const { nextMeeting } = await getMeetingLinks(ctx.db, p.meetingId);
    if (!nextMeeting) throw error;
    throw alreadyArranged(nextMeeting.scheduledAt);
  }
}
