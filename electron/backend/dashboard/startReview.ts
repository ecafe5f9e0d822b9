import type { DailyReviewBoard, DailyReviewStarted } from '../../../shared/api/dashboard';
import { KIND_RULES } from '../../../shared/meetings/kinds';
import { DateTime } from 'luxon';
import { LONDON } from '../../../shared/time/london';
import type { BackendContext } from '../context';
import { isUniqueViolation } from '../db/dialect';
import type { Db } from '../db/schema';
import { DomainError } from '../errors';
import { createMeeting } from '../meetings/create';
import { auditMeeting, londonToday } from '../meetings/guard';
import { buildRecord, viewRecord } from '../meetings/record';
import { mutation } from '../mutation';
import { reviewReasons } from '../../../shared/meetings/reviewReasons';
import { buildBoard } from './board';
import { setChildReasons } from './reviewChildren';

/** What meetings.create accepts: more children would make a meeting nobody could get through in a morning. */
const MAX_CHILDREN = 60;
const MAX_TRIGGER_EPISODES = 200;
const OPEN = ['draft', 'in-progress'];

/** The episodes that put children on the board: they are the meeting's trigger, as a MIM's are. */
function triggerEpisodes(board: DailyReviewBoard, childIds: readonly string[]): string[] {
  const ids: string[] = [];
  for (const row of [
    ...board.missingNow,
    ...board.highRisk,
    ...board.returnedInterviewDue,
    ...board.interviewsOverdue,
  ]) {
    if (childIds.includes(row.childId) && !ids.includes(row.episodeId)) ids.push(row.episodeId);
  }
  return ids.slice(0, MAX_TRIGGER_EPISODES);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function reasonFor(board: DailyReviewBoard, children: number): string {
  const parts = [
    plural(board.missingNow.length, 'child missing now', 'children missing now'),
    `${board.highRisk.length} high risk`,
    `${board.missingOver24Hours.length} missing over 24 hours`,
    `${board.returnedInterviewDue.length} returned in the last 24 hours with a return interview to do`,
    plural(board.crossedThreshold.length, 'threshold crossed', 'thresholds crossed'),
    plural(board.interviewsOverdue.length, 'return interview overdue', 'return interviews overdue'),
    plural(board.actionsOverdue.length, 'action overdue', 'actions overdue'),
  ];
  return `${plural(children, 'child', 'children')} to review: ${parts.join('; ')} (${KIND_RULES['daily-review'].source}).`;
}

/**
 * Today's Daily Review if one is open: the day's own (review_day), or one made through meetings.create and
 * scheduled today. A second click, or a second manager, joins it.
 */
async function openReviewToday(db: Db, now: Date, day: string): Promise<string | undefined> {
  const start = DateTime.fromJSDate(now, { zone: LONDON }).startOf('day');
  const row = await db
    .selectFrom('meetings')
    .select('id')
    .where('kind', '=', 'daily-review')
    .where('status', 'in', OPEN)
    .where((eb) =>
      eb.or([
        eb('review_day', '=', day),
        eb.and([
          eb('scheduled_at', '>=', start.toUTC().toISO()!),
          eb('scheduled_at', '<', start.plus({ days: 1 }).toUTC().toISO()!),
        ]),
      ]),
    )
    .orderBy('scheduled_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

/**
 * The day's Daily Review, found by the column that makes it one a day (a unique index): `review_day` marks the
 * review a start made for that London day. Once it is concluded a new one may start the same day, and the mark
 * moves to the new one, so the index still holds two starts at once to one meeting.
 */
async function releaseConcludedDay(db: Db, day: string): Promise<void> {
  await db
    .updateTable('meetings')
    .set((eb) => ({ review_day: null, revision: eb('revision', '+', 1) }))
    .where('review_day', '=', day)
    .where('status', 'not in', OPEN)
    .execute();
}

/**
 * Today's Daily Review of Exploitation and Missing, made from the board as it stands: one agenda section per child
 * (the meetings backend copies the template and builds each child's pack from the episodes since their last Daily
 * Review). The chair's name is left for the meeting: the protocol names no chair for this meeting.
 */
export async function startDailyReview(ctx: BackendContext): Promise<DailyReviewStarted> {
  const day = londonToday(ctx);
  try {
    return await mutation(ctx, async (tx) => {
      const existing = await openReviewToday(tx.db, tx.now(), day);
      if (existing) {
        // Joining shows every child's name, as opening the meeting does: a view of each, audited.
        await auditMeeting(tx, 'view', existing);
        return { record: await buildRecord(tx.db, existing, day), leftOut: 0, alreadyStarted: true };
      }
      const board = await buildBoard(tx);
      if (board.childIds.length === 0) {
        throw new DomainError(
          'invalid',
          'There are no children to review: nobody is missing, at high risk, newly returned or over a threshold, and no return interview or action is overdue.',
        );
      }
      const childIds = board.childIds.slice(0, MAX_CHILDREN);
      await releaseConcludedDay(tx.db, day);
      const record = await createMeeting(tx, {
        kind: 'daily-review',
        stageLevel: null,
        childIds,
        reason: reasonFor(board, childIds.length),
        chairRole: 'Chair of the Daily Review',
        chairName: null,
        minuteTaker: null,
        scheduledAt: board.asOf,
        venue: '',
        dueBy: null,
        trigger: triggerEpisodes(board, childIds),
      });
      // Each child's heading on the agenda says why they are on today's list, as the board said it this morning.
      const reasons = reviewReasons(board);
      await setChildReasons(tx.db, record.meeting.id, reasons);
      // The unique index refuses a second review for the day here, when another start got there first.
      const marked = await tx.db
        .updateTable('meetings')
        .set((eb) => ({ review_day: day, revision: eb('revision', '+', 1) }))
        .where('id', '=', record.meeting.id)
        .returning('revision')
        .executeTakeFirstOrThrow();
      tx.changed('meetings');
      // The answer carries the revision the mark made, so the chair's first edit of the details is not stale.
      record.meeting.revision = marked.revision;
      for (const c of record.children) c.reason = reasons.get(c.id) ?? '';
      return { record, leftOut: board.childIds.length - childIds.length, alreadyStarted: false };
    });
  } catch (error) {
    // Two starts at once (two clicks, two managers on two machines): the one that committed first is the day's
    // review, and this one, rolled back whole, joins it.
    if (!isUniqueViolation(error)) throw error;
    const winner = await openReviewToday(ctx.db, ctx.now(), day);
    if (!winner) throw error;
    return { record: await viewRecord(ctx, winner), leftOut: 0, alreadyStarted: true };
  }
}
