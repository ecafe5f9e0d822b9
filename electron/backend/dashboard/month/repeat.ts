import type { MonthDashboard, RepeatChild } from '../../../../shared/api/dashboard';
import type { BackendContext } from '../../context';
import { londonMonth, shiftMonth, type LondonMonth } from '../months';

/**
 * Children with repeat episodes: 2 or more episodes of any category reported in the month (WG 13), and "repeat
 * missing", a child reported missing in the month who was reported missing more than once in the 12 months to the
 * end of the month (W-CP 2.0: "reported as missing on more than one occasion within the previous 12 months").
 */
export function repeatEpisodes(ctx: BackendContext, m: LondonMonth): MonthDashboard['repeat'] {
  const yearStart = londonMonth(shiftMonth(m.month, -11)).start;
  const rows = ctx.db
    .prepare(
      `WITH month AS (
              SELECT child_id, count(*) AS n, sum(category = 'missing') AS missing
                FROM episodes WHERE reported_at >= @start AND reported_at < @end GROUP BY child_id),
            year AS (
              SELECT child_id, count(*) AS missing12 FROM episodes
               WHERE child_id IN (SELECT child_id FROM month)
                 AND category = 'missing' AND reported_at >= @yearStart AND reported_at < @end
               GROUP BY child_id)
       SELECT c.id AS childId, c.given_name || ' ' || c.family_name AS childName, c.case_reference AS caseReference,
              m.n AS episodesInMonth, m.missing AS missingInMonth, coalesce(y.missing12, 0) AS missingIn12Months
         FROM month m JOIN children c ON c.id = m.child_id LEFT JOIN year y ON y.child_id = m.child_id
        ORDER BY m.n DESC, missingIn12Months DESC, c.family_name, c.given_name`,
    )
    .all({ start: m.start, end: m.end, yearStart }) as Array<
    Omit<RepeatChild, 'repeatMissing'> & { missingInMonth: number }
  >;
  const children = rows.map(({ missingInMonth, ...r }) => ({
    ...r,
    repeatMissing: missingInMonth > 0 && r.missingIn12Months > 1,
  }));
  return {
    children: children.length,
    withRepeatEpisodes: children.filter((c) => c.episodesInMonth >= 2).length,
    repeatMissing: children.filter((c) => c.repeatMissing).length,
    list: children.filter((c) => c.episodesInMonth >= 2 || c.repeatMissing),
  };
}
