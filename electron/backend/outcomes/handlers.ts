import { KIND_RULES } from '../../../shared/meetings/kinds';
import { invalid } from '../errors';
import type { Handlers } from '../handler';
import { auditMeeting, requireEditable, requireMeetingStatus } from '../meetings/guard';
import { getMeeting } from '../meetings/queries';
import { mutation } from '../mutation';
import { readOutcome, writeOutcome } from './queries';

/**
 * What the meeting agreed as a whole. Part of the minutes, so locked once they are approved (a correction is then an
 * amendment of the item where it was discussed). The audit names the meeting, never what was written.
 */
export const outcomesHandlers: Handlers<'meetings.getOutcome' | 'meetings.setOutcome'> = {
  'meetings.getOutcome': async ({ meetingId }, ctx) => {
    await requireMeetingStatus(ctx, meetingId);
    return readOutcome(ctx.db, meetingId);
  },
  'meetings.setOutcome': ({ meetingId, outcome }, ctx) =>
    mutation(ctx, async (tx) => {
      await requireEditable(tx, meetingId);
      const meeting = await getMeeting(tx.db, meetingId);
      if (meeting && meeting.kind !== 'strategy' && outcome.strategyOutcome !== null) {
        throw invalid([
          {
            field: 'strategyOutcome',
            message: `is only for a Strategy Meeting, not a ${KIND_RULES[meeting.kind].label}`,
          },
        ]);
      }
      await writeOutcome(tx.db, meetingId, outcome, tx.now().toISOString(), tx.user());
      await auditMeeting(tx, 'update', meetingId, 'outcome');
      tx.changed('meeting_outcomes');
      return readOutcome(tx.db, meetingId);
    }),
};
