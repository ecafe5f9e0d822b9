import type { Child } from '../../../shared/domain/child';
import type { Episode } from '../../../shared/domain/episode';
import { philomenaReviewDueItems } from '../../../shared/domain/philomena';
import { listProfileReviews } from '../philomena/queries';
import { assessedOnByChild, listOpenPlanActions } from '../riskAssessments/queries';
import { riskPlanDueItems } from '../../../shared/domain/riskPlanDue';
import {
  addDueCounts,
  buildDueList,
  compareDueItems,
  countDueItems,
  dueItemShows,
  type DueShow,
  evaluateChild,
  type ChildEvaluation,
  type DueEvaluation,
  type DueItem,
  type DueListRow,
  type EpisodeFacts,
  type ProtocolProfile,
} from '../../../shared/protocol';
import type { ChildProtocol, DueList } from '../../../shared/api/protocol';

export interface DueQuery {
  show: DueShow;
  limit?: number;
}
import { parseInstant } from '../../../shared/protocol/london';
import { DAY_MS } from '../../../shared/time/london';
import type { BackendContext } from '../context';
import { readSnapshot } from '../db/dialect';
import { listChildrenForProtocol } from '../children/queries';
import { listEpisodeFactsAsOf } from '../episodes/queries';
import { listMeetingsHeldByChild, listMeetingsHeldWithIds, type MeetingHeldWithId } from '../meetings/held';
import { findProfile, profileResolver } from './profiles';
import { countInLookBack } from './state/queries';
import { dueOf, storedHeader, sweep } from './state/read';
import { dueCounts, duePage, dueEvaluationsOf } from './state/dueQueries';
import { lookBackEpisodes } from './state/refresh';
import { listNotificationsMadeByChild, listNotificationsMadeForChild } from '../notifications/queries';
import { NO_ESCALATION_FACTS } from '../../../shared/protocol/escalations';
import { escalationFactsByChild } from '../escalations/queries';
import { hasStandingNotice } from '../../../shared/protocol/notices';
import { statutoryReviewsByChild } from '../statutoryReviews/queries';

export const toEpisodeFacts = (
  e: Pick<
    Episode,
    | 'id'
    | 'reportedAt'
    | 'foundAt'
    | 'category'
    | 'policeRiskLatest'
    | 'policeRiskAtReport'
    | 'returnInterview'
    | 'traffickingConcern'
  >,
): EpisodeFacts => ({
  id: e.id,
  reportedAt: e.reportedAt,
  foundAt: e.foundAt,
  category: e.category,
  policeRisk: e.policeRiskLatest ?? e.policeRiskAtReport,
  returnInterviewHeldAt: e.returnInterview.heldAt,
  returnInterviewOutcome: e.returnInterview.outcome,
  traffickingConcern: e.traffickingConcern,
});

export async function evaluateOne(ctx: BackendContext, child: Child, episodes: Episode[]) {
  const { profile, because } = (await profileResolver(ctx))(child);
  const asOf = ctx.now().toISOString();
  const held = await listMeetingsHeldWithIds(ctx.db, child.id);
  const facts = episodes.map(toEpisodeFacts);
  const notificationsMade = await listNotificationsMadeForChild(ctx.db, child.id);
  const riskAssessedOn = (await assessedOnByChild(ctx.db, [child.id])).get(child.id) ?? [];
  const escalationFacts =
    (await escalationFactsByChild(ctx.db, [child.id])).get(child.id) ?? NO_ESCALATION_FACTS;
  const statutoryReviews = (await statutoryReviewsByChild(ctx.db, [child.id])).get(child.id) ?? [];
  const evaluation = evaluateChild({
    profile,
    child,
    episodes: facts,
    asOf,
    meetingsHeld: held,
    notificationsMade,
    riskAssessedOn,
    escalationFacts,
    statutoryReviews,
  });
  // The same list the Due screen shows for this child, from the same look-back, built and filtered the same way,
  // so the two agree (a notification for an episode older than the look-back is the chronology's, not a task).
  const near = lookBackEpisodes(facts, asOf, ctx.now().getTime());
  const onDue =
    near.length === facts.length
      ? evaluation
      : evaluateChild({
          profile,
          child,
          episodes: near,
          asOf,
          meetingsHeld: held,
          notificationsMade,
          riskAssessedOn,
          escalationFacts,
          statutoryReviews,
        });
  const due = dueItems(
    [{ childId: child.id, childName: `${child.givenName} ${child.familyName}`, evaluation: onDue }],
    asOf,
  );
  return {
    profile: { id: profile.id, name: profile.name, council: profile.council },
    profileBecause: because,
    evaluation,
    due,
    stageMeetingHeld: stageMeetingHeld(profile, evaluation, held),
    grading: { rules: profile.gradingRules, dateOfBirth: child.dateOfBirth },
  };
}

/**
 * The child page's protocol answer from the child's stored state (re-evaluated first if it no longer holds): the
 * header, the child's Due items built as the Due screen builds them, and the meeting held for the stage.
 */
export async function childProtocol(ctx: BackendContext, child: Child): Promise<ChildProtocol | undefined> {
  const stored = await storedHeader(ctx, child.id);
  const profile = stored && (await findProfile(ctx, stored.profile.id));
  if (!stored || !profile) return undefined;
  const { dueEvaluation, ...header } = stored;
  const { evaluation } = header;
  const childName = `${child.givenName} ${child.familyName}`;
  return {
    ...header,
    // The Due list's items for the child, from the same look-back evaluation, so the two agree item for item.
    due: dueItems([{ childId: child.id, childName, evaluation: dueEvaluation }], evaluation.asOf),
    stageMeetingHeld: stageMeetingHeld(profile, evaluation, await listMeetingsHeldWithIds(ctx.db, child.id)),
    grading: { rules: profile.gradingRules, dateOfBirth: child.dateOfBirth },
  };
}

/**
 * The meeting held for the child's current stage (the latest that satisfies it), so the child page can link it
 * rather than go on showing the stage as if its meeting were still to hold.
 */
function stageMeetingHeld(
  profile: ProtocolProfile,
  evaluation: ChildEvaluation,
  held: ReadonlyArray<MeetingHeldWithId>,
): ChildProtocol['stageMeetingHeld'] {
  const { level, reachedAt } = evaluation.stage;
  const stage = profile.stages.find((s) => s.level === level);
  if (level === 0 || stage === undefined || reachedAt === null) return null;
  if (evaluation.meetings.some((m) => m.kind === stage.meetingKind && m.stageLevel === level)) return null;
  const satisfying = held.filter(
    (m) =>
      m.kind === stage.meetingKind &&
      m.heldAt >= reachedAt &&
      (m.stageLevel ?? (m.kind === 'mim' ? 1 : level)) >= level,
  );
  const latest = satisfying.at(-1);
  return latest === undefined
    ? null
    : { meetingId: latest.id, heldAt: latest.heldAt, label: stage.label, stageLevel: latest.stageLevel };
}

/**
 * How far back the Due list looks. No window in the profiles is longer than 90 days, so older episodes cannot
 * change a stage; a return interview overdue by more than a year is history for the chronology, not a task.
 */
const LOOKBACK_DAYS = 400;

/**
 * Return interview items more than this far past their deadline leave the Due screen: by the East Midlands
 * protocol's last step (20 days) the Head of Service has decided whether an RHI still makes sense, so a chair's
 * list keeps to what can still be done. The chronology still shows them as overdue.
 */
export const RETURN_ITEMS_STALE_AFTER_DAYS = 30;

export const isStaleReturnItem = (i: DueItem, nowMs: number) =>
  (i.kind === 'return-interview' || i.kind === 'return-step') &&
  i.deadlineAt !== null &&
  nowMs - i.deadlineAt > RETURN_ITEMS_STALE_AFTER_DAYS * DAY_MS;

/** Return interviews the Due screen will not show: dropped before the list is built and sorted. */
export function withoutStaleReturns<E extends DueEvaluation>(evaluation: E, nowMs: number): E {
  const cutoff = nowMs - RETURN_ITEMS_STALE_AFTER_DAYS * DAY_MS;
  if (evaluation.returnInterviews.every((r) => r.deadlineAt >= cutoff)) return evaluation;
  return {
    ...evaluation,
    returnInterviews: evaluation.returnInterviews.filter((r) => r.deadlineAt >= cutoff),
  };
}

/**
 * The Due list from the children's stored protocol state (protocol/state/): a sweep first re-evaluates the few whose
 * answer changed by time alone since it was stored; the counts and the page's place in the list are read from the
 * stored items (migration 0029), and only the page's children's answers are read, to word their items as of now.
 * The answer is the full evaluation's (fullDue below) cut to the page, which the tests compare it with.
 */
export async function buildDue(ctx: BackendContext, query: DueQuery = { show: 'all' }): Promise<DueList> {
  await sweep(ctx);
  // One snapshot for the counts, the page and its children's answers: read apart, another person's save could
  // commit between the page and the answers (team mode; the load test's episode saves failed 6% of Due requests).
  return readSnapshot(ctx, (tx) => dueAsOfNow(tx, query));
}

/** The Due list read from the stored state alone, in the caller's snapshot. */
async function dueAsOfNow(ctx: BackendContext, query: DueQuery): Promise<DueList> {
  const asOf = ctx.now().toISOString();
  const hidden = [...(ctx.hiddenChildren ?? [])];
  // Philomena Part 1 reviews are due whether or not the child has episodes in the look-back, and a risk
  // assessment's open plan actions are tasks with owners (WG appendix a), not the engine's: both are few, and read
  // whole to be counted and merged into the page.
  const others = [
    ...philomenaReviewDueItems(await listProfileReviews(ctx.db), asOf),
    ...riskPlanDueItems(await listOpenPlanActions(ctx.db), asOf),
  ]
    .filter((i) => !hidden.includes(i.childId))
    .sort(compareDueItems);
  const stored = { now: asOf, hidden };
  const counts = addDueCounts(await dueCounts(ctx.db, stored), countDueItems(others));
  const page = await duePage(ctx.db, { ...stored, show: query.show }, query.limit);
  const items = mergeSorted(
    await wordedAsOf(ctx, page, asOf),
    others.filter((i) => dueItemShows(query.show, i)),
  ).slice(0, query.limit);
  return { asOf, items, counts, childrenEvaluated: await countInLookBack(ctx.db) };
}

/** The stored items of a page, worded as of now from their children's stored answers (the same list, cut). */
async function wordedAsOf(
  ctx: BackendContext,
  page: ReadonlyArray<{ child_id: string; position: number; item_key: string }>,
  asOf: string,
): Promise<DueItem[]> {
  const lists = new Map<string, DueItem[]>();
  for (const r of await dueEvaluationsOf(ctx.db, [...new Set(page.map((p) => p.child_id))])) {
    const evaluation = dueOf(r.due_evaluation, r.evaluation);
    lists.set(r.child_id, buildDueList([{ childId: r.child_id, childName: r.child_name, evaluation }], asOf));
  }
  return page.map((p) => {
    const item = lists.get(p.child_id)?.[p.position];
    // Both were made from the same stored answer in the same transaction's view: a difference is a defect.
    if (item?.key !== p.item_key)
      throw new Error('A stored Due item no longer matches its child’s stored answer.');
    return item;
  });
}

/**
 * Every child with something due, evaluated from the record as of now: one read of the episodes that can still
 * matter and one of the children they belong to (the same reads the board and the dashboard use), then the pure
 * engine. What the stored state must always agree with (test/unit/protocol/state*.test.ts).
 */
export async function fullDue(ctx: BackendContext, query: DueQuery = { show: 'all' }): Promise<DueList> {
  const nowMs = ctx.now().getTime();
  const asOf = ctx.now().toISOString();
  const since = new Date(nowMs - LOOKBACK_DAYS * DAY_MS).toISOString();
  const byChild = await listEpisodeFactsAsOf(ctx.db, asOf, since);
  const children = await listChildrenForProtocol(ctx.db);
  const resolve = await profileResolver(ctx);
  const held = await listMeetingsHeldByChild(ctx.db);
  const told = await listNotificationsMadeByChild(ctx.db);
  const assessed = await assessedOnByChild(ctx.db);
  const escalations = await escalationFactsByChild(ctx.db);
  const statutoryReviews = await statutoryReviewsByChild(ctx.db);
  const evaluated = children.flatMap((child) => {
    const episodes = byChild.get(child.id) ?? (hasStandingNotice(child) ? [] : undefined);
    if (!episodes) return [];
    const { profile } = resolve(child);
    const evaluation = evaluateChild({
      profile,
      child,
      episodes,
      asOf,
      meetingsHeld: held.get(child.id) ?? [],
      notificationsMade: told.get(child.id) ?? [],
      riskAssessedOn: assessed.get(child.id) ?? [],
      escalationFacts: escalations.get(child.id) ?? NO_ESCALATION_FACTS,
      statutoryReviews: statutoryReviews.get(child.id) ?? [],
    });
    return [
      {
        childId: child.id,
        childName: `${child.givenName} ${child.familyName}`,
        evaluation,
      },
    ];
  });
  // Philomena Part 1 reviews are due whether or not the child has episodes in the look-back.
  const reviews = philomenaReviewDueItems(await listProfileReviews(ctx.db), asOf);
  const plan = riskPlanDueItems(await listOpenPlanActions(ctx.db), asOf);
  const hidden = ctx.hiddenChildren ?? new Set<string>();
  const all = [...dueItems(evaluated, asOf), ...reviews, ...plan]
    .filter((i) => !hidden.has(i.childId))
    .sort(compareDueItems);
  const items = all.filter((i) => dueItemShows(query.show, i)).slice(0, query.limit);
  return { asOf, items, counts: countDueItems(all), childrenEvaluated: evaluated.length };
}

/** Two lists each sorted by compareDueItems, as one (a stable merge: equal items keep `a` first, as a sort would). */
function mergeSorted(a: readonly DueItem[], b: readonly DueItem[]): DueItem[] {
  if (b.length === 0) return [...a];
  const out: DueItem[] = [];
  let j = 0;
  for (const item of a) {
    while (j < b.length && compareDueItems(b[j]!, item) < 0) out.push(b[j++]!);
    out.push(item);
  }
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** The Due screen's list for some children: the one source the child page's "Next deadlines" reads too. */
export function dueItems(rows: readonly DueListRow[], asOf: string): DueItem[] {
  const nowMs = parseInstant(asOf);
  const kept = rows.map((r) => ({ ...r, evaluation: withoutStaleReturns(r.evaluation, nowMs) }));
  return buildDueList(kept, asOf).filter((i) => !isStaleReturnItem(i, nowMs));
}
