import type { Child } from '../../../shared/domain/child';
import { evaluateChild, type ChildEvaluation, type EpisodeFacts } from '../../../shared/protocol';
import { DAY_MS } from '../../../shared/time/london';
import type { BackendContext } from '../context';
import { listMeetingsHeldByChild } from '../meetings/held';
import { profileResolver } from '../protocol/profiles';

/**
 * As the Due list looks back (protocol/evaluate.ts): no profile's window is longer than 90 days, so an older
 * episode cannot change a stage, and an older return interview is history rather than something to do.
 */
const LOOKBACK_DAYS = 400;

export interface Evaluated {
  childId: string;
  childName: string;
  caseReference: string;
  evaluation: ChildEvaluation;
}

type EpisodeRow = [
  id: string,
  childId: string,
  category: EpisodeFacts['category'],
  reportedAt: string,
  foundAt: string | null,
  risk: EpisodeFacts['policeRisk'],
  riHeldAt: string | null,
  riOutcome: string | null,
];

interface ChildRow {
  id: string;
  given_name: string;
  family_name: string;
  case_reference: string;
  date_of_birth: string;
  legal_status: Child['legalStatus'];
  placing_authority: string;
  host_authority: string | null;
  protocol_profile_id: string | null;
}

/**
 * Every child with an episode in the look-back before `asOf`, or missing at `asOf`, evaluated by the protocol engine
 * as of that instant: the board asks as of now, the dashboard as of a month's last instant. Episodes reported later
 * are left out here as the engine would leave them out; meetings held later the engine drops itself.
 */
export function evaluateChildrenAsOf(ctx: BackendContext, asOf: string): Evaluated[] {
  const since = new Date(new Date(asOf).getTime() - LOOKBACK_DAYS * DAY_MS).toISOString();
  // Most episodes are inside the look-back, so one pass over the table beats the reported_at index (the unary +
  // keeps SQLite from using it): with the index, 65,000 of 100,000 rows are each looked up again, twice as slow.
  const rows = ctx.db
    .prepare(
      `SELECT id, child_id, category, reported_at, found_at, coalesce(police_risk_latest, police_risk_at_report),
              ri_held_at, ri_outcome
         FROM episodes
        WHERE +reported_at <= @asOf AND (reported_at >= @since OR found_at IS NULL OR found_at > @asOf)`,
    )
    .raw()
    .all({ asOf, since }) as EpisodeRow[];
  const byChild = new Map<string, EpisodeFacts[]>();
  for (const [id, childId, category, reportedAt, foundAt, policeRisk, heldAt, outcome] of rows) {
    let list = byChild.get(childId);
    if (!list) byChild.set(childId, (list = []));
    list.push({
      id,
      reportedAt,
      foundAt,
      category,
      policeRisk,
      returnInterviewHeldAt: heldAt,
      returnInterviewOutcome: outcome,
    });
  }
  // The children those episodes belong to, picked from one read of the table rather than a second pass over episodes.
  const children = (ctx.db.prepare('SELECT * FROM children').all() as ChildRow[]).filter((c) =>
    byChild.has(c.id),
  );
  const resolve = profileResolver(ctx);
  const held = listMeetingsHeldByChild(ctx.db);
  return children.map((c) => {
    const { profile } = resolve({
      protocolProfileId: c.protocol_profile_id,
      placingAuthority: c.placing_authority,
      hostAuthority: c.host_authority,
    });
    return {
      childId: c.id,
      childName: `${c.given_name} ${c.family_name}`,
      caseReference: c.case_reference,
      evaluation: evaluateChild({
        profile,
        child: {
          dateOfBirth: c.date_of_birth,
          legalStatus: c.legal_status,
          placingAuthority: c.placing_authority,
          hostAuthority: c.host_authority,
        },
        episodes: byChild.get(c.id) ?? [],
        asOf,
        meetingsHeld: held.get(c.id) ?? [],
      }),
    };
  });
}
