import type { AuthorityRow } from '../../../../shared/api/dashboard';
import type { BackendContext } from '../../context';
import type { LondonMonth } from '../months';
import { INTERVIEW_DONE_WITH, INTERVIEW_HOURS } from './interviews';

/**
 * The East Midlands analysis: for children placed by one authority in another's area (a host authority recorded
 * and different from the placing authority), per pair of authorities, the episodes reported in the month, the
 * episodes that ended in it, and of those the return interviews outstanding: 72 hours passed and none held, declined
 * or not engaged with (EM: the placing authority owes the interview and its update to the host authority).
 */
export function placedChildrenByAuthority(ctx: BackendContext, m: LondonMonth, now: string): AuthorityRow[] {
  const cutoff = new Date(new Date(now).getTime() - INTERVIEW_HOURS * 3_600_000).toISOString();
  const reported = 'e.reported_at >= @start AND e.reported_at < @end';
  const returned = 'e.found_at >= @start AND e.found_at < @end';
  return ctx.db
    .prepare(
      `WITH placed AS (
              SELECT id, trim(placing_authority) AS placing, trim(host_authority) AS host FROM children
               WHERE host_authority IS NOT NULL AND trim(host_authority) <> ''
                 AND lower(trim(host_authority)) <> lower(trim(placing_authority)))
       SELECT p.placing AS placingAuthority, p.host AS hostAuthority,
              count(DISTINCT p.id) AS children,
              coalesce(sum(${reported}), 0) AS episodes,
              coalesce(sum(${returned}), 0) AS returned,
              coalesce(sum(${returned} AND NOT ${INTERVIEW_DONE_WITH} AND e.found_at < @cutoff), 0)
                AS interviewsOutstanding
         FROM placed p JOIN episodes e ON e.child_id = p.id
        WHERE (${reported}) OR (${returned})
        GROUP BY p.placing, p.host
        ORDER BY interviewsOutstanding DESC, episodes DESC, p.placing, p.host`,
    )
    .all({ start: m.start, end: m.end, cutoff }) as AuthorityRow[];
}
