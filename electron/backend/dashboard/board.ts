import type { BoardReturned, BoardThreshold, DailyReviewBoard } from '../../../shared/api/dashboard';
import { DAY_MS, HOUR_MS, londonDay, londonDayStart } from '../../../shared/protocol/london';
import type { BackendContext } from '../context';
import { RETURN_ITEMS_STALE_AFTER_DAYS } from '../protocol/evaluate';
import { actionsOverdue, highRisk, lastDailyReview, missingNow, todaysDailyReview } from './boardQueries';
import { boardChildren } from '../protocol/state/board';
import type { BoardChild } from '../protocol/state/boardPart';
import { evaluateChildrenAsOf } from './evaluateAll';

/** A child as the board reads it: the stored state's board part, or (for the tests' comparison) the full answer. */
type Evaluated = BoardChild;

const iso = (ms: number) => new Date(ms).toISOString();

/** The engine's return interviews not yet held, declined or not engaged with, one row each. */
function interviews(evaluated: readonly Evaluated[]): BoardReturned[] {
  return evaluated.flatMap(({ childId, childName, caseReference, evaluation }) =>
    evaluation.returnInterviews.map((r) => ({
      childId,
      childName,
      caseReference,
      episodeId: r.episodeId,
      returnedAt: r.returnedAt,
      dueBy: r.dueBy,
      interviewName: r.shortName,
      overdue: r.overdue,
    })),
  );
}

/** Children whose stage (1, 2 or escalation) was reached after `since`: a new threshold to discuss. */
function crossed(evaluated: readonly Evaluated[], since: string, now: string): BoardThreshold[] {
  return evaluated
    .flatMap(({ childId, childName, caseReference, evaluation: { stage } }) =>
      stage.level > 0 && stage.reachedAt !== null && stage.reachedAt > since && stage.reachedAt <= now
        ? [
            {
              childId,
              childName,
              caseReference,
              level: stage.level,
              stageLabel: stage.label,
              reachedAt: stage.reachedAt,
              chair: stage.chair,
              reason: stage.reason,
            },
          ]
        : [],
    )
    .sort((a, b) => b.level - a.level || (a.reachedAt < b.reachedAt ? -1 : 1));
}

/**
 * Each child once, in the order of the lists: the most urgent reasons to discuss a child come first. A Set keeps
 * the first-seen order: at 100,000 children the board shows 12,600, and a search of the list for each row was
 * 90 million comparisons, most of the board's own time.
 */
const uniqueChildren = (
  lists: ReadonlyArray<ReadonlyArray<{ childId: string } | { child: { childId: string } | null }>>,
) => {
  const ids = new Set<string>();
  for (const list of lists)
    for (const row of list) {
      const id = 'childId' in row ? row.childId : row.child?.childId;
      if (id !== undefined) ids.add(id);
    }
  return [...ids];
};

/**
 * The Daily Review of Exploitation and Missing board (W-KC: high-risk children and those missing over 24 hours;
 * WG 9: whether a return interview is needed), as of now.
 */
export async function buildBoard(
  ctx: BackendContext,
  source: 'stored' | 'full' = 'stored',
): Promise<DailyReviewBoard> {
  const nowMs = ctx.now().getTime();
  const now = iso(nowMs);
  const dayAgo = iso(nowMs - 24 * HOUR_MS);
  const last = await lastDailyReview(ctx, now);
  const thresholdsSince = last?.heldAt ?? dayAgo;

  const missing = await missingNow(ctx, now);
  // The Due screen's window: an interview more than 30 days past its deadline is for the Head of Service (EM).
  const staleBefore = iso(nowMs - RETURN_ITEMS_STALE_AFTER_DAYS * DAY_MS);
  // The stored state of the children with something for the board's windows (the rest have nothing for it);
  // 'full' evaluates every child in the look-back from the record, which the stored state must always agree with.
  const evaluated: Evaluated[] =
    source === 'stored'
      ? await boardChildren(ctx, {
          now,
          returnedSince: dayAgo,
          dueSince: staleBefore,
          stageSince: thresholdsSince,
        })
      : await evaluateChildrenAsOf(ctx, now);
  const due = interviews(evaluated);

  const board = {
    asOf: now,
    lastDailyReview: last,
    todaysReview: await todaysDailyReview(
      ctx,
      iso(londonDayStart(londonDay(nowMs))),
      iso(londonDayStart(londonDay(nowMs) + 1)),
    ),
    thresholdsSince,
    missingNow: missing,
    highRisk: await highRisk(ctx, now, dayAgo),
    missingOver24Hours: missing.filter((m) => m.reportedAt <= dayAgo),
    returnedInterviewDue: due
      .filter((r) => r.returnedAt >= dayAgo)
      .sort((a, b) => (a.returnedAt < b.returnedAt ? -1 : 1)),
    crossedThreshold: crossed(evaluated, thresholdsSince, now),
    interviewsOverdue: due
      .filter((r) => r.overdue && r.dueBy >= staleBefore)
      .sort((a, b) => (a.dueBy < b.dueBy ? -1 : 1)),
    actionsOverdue: await actionsOverdue(ctx),
  };
  return {
    ...board,
    childIds: uniqueChildren([
      board.missingNow,
      board.highRisk,
      board.returnedInterviewDue,
      board.crossedThreshold,
      board.interviewsOverdue,
      board.actionsOverdue,
    ]),
  };
}
