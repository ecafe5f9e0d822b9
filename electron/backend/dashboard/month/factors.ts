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
export async function commonFactors(ctx: BackendContext, m: LondonMonth): Promise<MonthDashboard['factors']> {
  const inMonth = ctx.db
    .selectFrom('episodes')
    .select('id')
    .where('reported_at', '>=', m.start)
    .where('reported_at', '<', m.end);
  const counted = await ctx.db
    .selectFrom('episode_factors')
    .select((eb) => eb.fn.count<number>('episode_id').distinct().as('n'))
    .where('episode_id', 'in', inMonth)
    .executeTakeFirstOrThrow();
  const withFactors = Number(counted.n);
  const rows = await ctx.db
    .selectFrom('episode_factors')
    .select((eb) => ['direction', 'code', eb.fn.count<number>('episode_id').distinct().as('n')])
    .where('episode_id', 'in', inMonth)
    .groupBy(['direction', 'code'])
    .orderBy('n', 'desc')
    .orderBy('code')
    .execute();
  const top = (direction: 'push' | 'pull'): FactorRow[] =>
    rows
      .filter((r) => r.direction === direction)
      .slice(0, TOP_FACTORS)
      .map((r) => ({
        direction,
        code: r.code as FactorCode,
        label: FACTOR_LABELS[r.code as FactorCode] ?? r.code,
        ...share(Number(r.n), withFactors),
      }));
  return { episodesWithFactors: withFactors, push: top('push'), pull: top('pull') };
}
