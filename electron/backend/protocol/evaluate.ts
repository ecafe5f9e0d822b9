import type { Child } from '../../../shared/domain/child';
import type { Episode } from '../../../shared/domain/episode';
import {
  buildDueList,
  evaluateChild,
  type ChildEvaluation,
  type DueItem,
  type EpisodeFacts,
  type MeetingHeld,
} from '../../../shared/protocol';
import { DAY_MS } from '../../../shared/time/london';
import type { BackendContext } from '../context';
import { listMeetingsHeld, listMeetingsHeldByChild } from '../meetings/held';
import { profileResolver } from './profiles';

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
  >,
): EpisodeFacts => ({
  id: e.id,
  reportedAt: e.reportedAt,
  foundAt: e.foundAt,
  category: e.category,
  policeRisk: e.policeRiskLatest ?? e.policeRiskAtReport,
  returnInterviewHeldAt: e.returnInterview.heldAt,
  returnInterviewOutcome: e.returnInterview.outcome,
});

/** Concluded and approved meetings per child: the engine drops requirements they already meet. */
const meetingsHeldByChild = (ctx: BackendContext): Map<string, MeetingHeld[]> =>
  listMeetingsHeldByChild(ctx.db);

export function evaluateOne(ctx: BackendContext, child: Child, episodes: Episode[]) {
  const { profile, because } = profileResolver(ctx)(child);
  const asOf = ctx.now().toISOString();
  const evaluation = evaluateChild({
    profile,
    child,
    episodes: episodes.map(toEpisodeFacts),
    asOf,
    meetingsHeld: listMeetingsHeld(ctx.db, child.id),
  });
  const due = buildDueList(
    [{ childId: child.id, childName: `${child.givenName} ${child.familyName}`, evaluation }],
    asOf,
  );
  return {
    profile: { id: profile.id, name: profile.name, council: profile.council },
    profileBecause: because,
    evaluation,
    due,
  };
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

const isStaleReturnItem = (i: DueItem, nowMs: number) =>
  (i.kind === 'return-interview' || i.kind === 'return-step') &&
  i.deadlineAt !== null &&
  nowMs - i.deadlineAt > RETURN_ITEMS_STALE_AFTER_DAYS * DAY_MS;

type DueEpisodeRow = [
  id: string,
  childId: string,
  category: Episode['category'],
  reportedAt: string,
  foundAt: string | null,
  risk: Episode['policeRiskLatest'],
  riHeldAt: string | null,
  riOutcome: string | null,
];
type DueChildRow = [
  id: string,
  givenName: string,
  familyName: string,
  dateOfBirth: string,
  legalStatus: Child['legalStatus'],
  placingAuthority: string,
  hostAuthority: string | null,
  protocolProfileId: string | null,
];

/** Return interviews the Due screen will not show: dropped before the list is built and sorted. */
function withoutStaleReturns(evaluation: ChildEvaluation, nowMs: number): ChildEvaluation {
  const cutoff = nowMs - RETURN_ITEMS_STALE_AFTER_DAYS * DAY_MS;
  if (evaluation.returnInterviews.every((r) => r.deadlineAt >= cutoff)) return evaluation;
  return {
    ...evaluation,
    returnInterviews: evaluation.returnInterviews.filter((r) => r.deadlineAt >= cutoff),
  };
}

/**
 * Every child with something due: two reads (recent or open episodes; the children they belong to) as raw rows,
 * then the pure engine. The engine sorts each child's episodes itself, so SQL does not sort.
 */
export function buildDue(ctx: BackendContext) {
  const nowMs = ctx.now().getTime();
  const asOf = ctx.now().toISOString();
  const since = new Date(nowMs - LOOKBACK_DAYS * DAY_MS).toISOString();
  const rows = ctx.db
    .prepare(
      `SELECT id, child_id, category, reported_at, found_at, coalesce(police_risk_latest, police_risk_at_report),
              ri_held_at, ri_outcome
         FROM episodes WHERE reported_at >= ? OR found_at IS NULL`,
    )
    .raw()
    .all(since) as DueEpisodeRow[];
  const byChild = new Map<string, EpisodeFacts[]>();
  for (const [
    id,
    childId,
    category,
    reportedAt,
    foundAt,
    policeRisk,
    returnInterviewHeldAt,
    returnInterviewOutcome,
  ] of rows) {
    let list = byChild.get(childId);
    if (!list) byChild.set(childId, (list = []));
    list.push({
      id,
      reportedAt,
      foundAt,
      category,
      policeRisk,
      returnInterviewHeldAt,
      returnInterviewOutcome,
    });
  }
  const children = ctx.db
    .prepare(
      `SELECT id, given_name, family_name, date_of_birth, legal_status, placing_authority, host_authority, protocol_profile_id
         FROM children WHERE id IN (SELECT child_id FROM episodes WHERE reported_at >= ? OR found_at IS NULL)`,
    )
    .raw()
    .all(since) as DueChildRow[];
  const resolve = profileResolver(ctx);
  const held = meetingsHeldByChild(ctx);
  const evaluated = children.flatMap(
    ([
      id,
      givenName,
      familyName,
      dateOfBirth,
      legalStatus,
      placingAuthority,
      hostAuthority,
      protocolProfileId,
    ]) => {
      const episodes = byChild.get(id);
      if (!episodes) return [];
      const { profile } = resolve({ protocolProfileId, placingAuthority, hostAuthority });
      const evaluation = evaluateChild({
        profile,
        child: { dateOfBirth, legalStatus, placingAuthority, hostAuthority },
        episodes,
        asOf,
        meetingsHeld: held.get(id) ?? [],
      });
      return [
        {
          childId: id,
          childName: `${givenName} ${familyName}`,
          evaluation: withoutStaleReturns(evaluation, nowMs),
        },
      ];
    },
  );
  const items = buildDueList(evaluated, asOf).filter((i) => !isStaleReturnItem(i, nowMs));
  return { asOf, items, childrenEvaluated: evaluated.length };
}
