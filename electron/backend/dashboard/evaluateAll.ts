import { NO_ESCALATION_FACTS } from '../../../shared/protocol/escalations';
import { escalationFactsByChild } from '../escalations/queries';
import { evaluateChild, type ChildEvaluation } from '../../../shared/protocol';
import { DAY_MS } from '../../../shared/time/london';
import { listChildrenForProtocol } from '../children/queries';
import type { BackendContext } from '../context';
import { listEpisodeFactsAsOf } from '../episodes/queries';
import { listMeetingsHeldByChild } from '../meetings/held';
import { listNotificationsMadeByChild } from '../notifications/queries';
import { profileResolver } from '../protocol/profiles';
import { hasStandingNotice } from '../../../shared/protocol/notices';
import { statutoryReviewsByChild } from '../statutoryReviews/queries';

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

/**
 * Every child with an episode in the look-back before `asOf`, or missing at `asOf`, evaluated by the protocol engine
 * as of that instant: the board asks as of now, the dashboard as of a month's last instant. The episodes are the
 * Due list's own read (episodes/queries.ts), so the three screens cannot disagree about which episodes count;
 * meetings held later the engine drops itself.
 */
export async function evaluateChildrenAsOf(ctx: BackendContext, asOf: string): Promise<Evaluated[]> {
  const since = new Date(new Date(asOf).getTime() - LOOKBACK_DAYS * DAY_MS).toISOString();
  const byChild = await listEpisodeFactsAsOf(ctx.db, asOf, since);
  // The children those episodes belong to, picked from one read of the table rather than a second pass over episodes.
  // And a child placed at risk, whose EM notice is due before any episode (the Due list's own choice).
  const children = (await listChildrenForProtocol(ctx.db)).filter(
    (c) => byChild.has(c.id) || hasStandingNotice(c),
  );
  const resolve = await profileResolver(ctx);
  const held = await listMeetingsHeldByChild(ctx.db);
  const told = await listNotificationsMadeByChild(ctx.db);
  const escalations = await escalationFactsByChild(ctx.db);
  const reviews = await statutoryReviewsByChild(ctx.db);
  return children.map((c) => ({
    childId: c.id,
    childName: `${c.givenName} ${c.familyName}`,
    caseReference: c.caseReference,
    evaluation: evaluateChild({
      profile: resolve(c).profile,
      child: c,
      episodes: byChild.get(c.id) ?? [],
      asOf,
      meetingsHeld: held.get(c.id) ?? [],
      notificationsMade: told.get(c.id) ?? [],
      escalationFacts: escalations.get(c.id) ?? NO_ESCALATION_FACTS,
      statutoryReviews: reviews.get(c.id) ?? [],
    }),
  }));
}
