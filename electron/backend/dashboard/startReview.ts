import type { DailyReviewBoard, DailyReviewStarted } from '../../../shared/api/dashboard';
import { KIND_RULES } from '../../../shared/meetings/kinds';
import { DateTime } from 'luxon';
import { LONDON } from '../../../shared/time/london';
import type { BackendContext } from '../context';
import { DomainError } from '../errors';
import { createMeeting } from '../meetings/create';
import { londonToday } from '../meetings/guard';
import { buildRecord } from '../meetings/record';
import { buildBoard } from './board';

/** What meetings.create accepts: more children would make a meeting nobody could get through in a morning. */
const MAX_CHILDREN = 60;
const MAX_TRIGGER_EPISODES = 200;

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
 * Today's Daily Review of Exploitation and Missing, made from the board as it stands: one agenda section per child
 * (the meetings backend copies the template and builds each child's pack from the episodes since their last Daily
 * Review). The chair's name is left for the meeting: the protocol names no chair for this meeting.
 */
/** Today's Daily Review if one is already open: a second click, or a second manager, joins it. */
function openReviewToday(ctx: BackendContext): string | undefined {
  const today = DateTime.fromJSDate(ctx.now(), { zone: LONDON }).startOf('day');
  const row = ctx.db
    .prepare(
      `SELECT id FROM meetings WHERE kind = 'daily-review' AND status IN ('draft', 'in-progress')
          AND scheduled_at >= ? AND scheduled_at < ? ORDER BY scheduled_at LIMIT 1`,
    )
    .get(today.toUTC().toISO(), today.plus({ days: 1 }).toUTC().toISO()) as { id: string } | undefined;
  return row?.id;
}

export function startDailyReview(ctx: BackendContext): DailyReviewStarted {
  const existing = openReviewToday(ctx);
  if (existing)
    return { record: buildRecord(ctx.db, existing, londonToday(ctx)), leftOut: 0, alreadyStarted: true };
  const board = buildBoard(ctx);
  if (board.childIds.length === 0) {
    throw new DomainError(
      'invalid',
      'There are no children to review: nobody is missing, at high risk, newly returned or over a threshold, and no return interview or action is overdue.',
    );
  }
  const childIds = board.childIds.slice(0, MAX_CHILDREN);
  const record = createMeeting(ctx, {
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
  return { record, leftOut: board.childIds.length - childIds.length, alreadyStarted: false };
}
