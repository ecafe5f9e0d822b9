import type { FactorRow, MonthDashboard } from '../../../../shared/api/dashboard';
import { FACTOR_LABELS, type FactorCode } from '../../../../shared/domain/factors';
import type { BackendContext } from '../../context';
import { share, type LondonMonth } from '../months';

/** Enough for the governance meeting to see the pattern; the rest are in the child's chronology. */
export const TOP_FACTORS = 10;

/**
 * The most common push and pull factors (WG 13 "primary factors"; ST 13.22) on the episodes reported in the month,
 * each counted once per episode. The share is of the episodes with any factor recorded: factors come from return
 * interviews and meetings, so an episode without any says nothing about them.
 */
export function commonFactors(ctx: BackendContext, m: LondonMonth): MonthDashboard['factors'] {
  const params = { start: m.start, end: m.end };
  const inMonth = `SELECT id FROM episodes WHERE reported_at >= @start AND reported_at < @end`;
  const withFactors = ctx.db
    .prepare(`SELECT count(DISTINCT episode_id) FROM episode_factors WHERE episode_id IN (${inMonth})`)
    .pluck()
    .get(params) as number;
  const rows = ctx.db
    .prepare(
      `SELECT direction, code, count(DISTINCT episode_id) AS n FROM episode_factors
        WHERE episode_id IN (${inMonth}) GROUP BY direction, code ORDER BY n DESC, code`,
    )
    .all(params) as Array<{ direction: 'push' | 'pull'; code: FactorCode; n: number }>;
  const top = (direction: 'push' | 'pull'): FactorRow[] =>
    rows
      .filter((r) => r.direction === direction)
      .slice(0, TOP_FACTORS)
      .map((r) => ({
        direction,
        code: r.code,
        label: FACTOR_LABELS[r.code] ?? r.code,
        ...share(r.n, withFactors),
      }));
  return { episodesWithFactors: withFactors, push: top('push'), pull: top('pull') };
}
