import { sql } from 'kysely';
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
  // One pass over the month's factor rows for both the ranking and its denominator: episode_factors is keyed by
  // (episode_id, position), so each factor read is a lookup of its table row, and two queries paid for it twice.
  const TOTAL = '*';
  const rows = await ctx.db
    .with('f', (db) =>
      db
        .selectFrom('episode_factors')
        .select(['episode_id', 'direction', 'code'])
        .where('episode_id', 'in', (eb) =>
          eb
            .selectFrom('episodes')
            .select('id')
            .where('reported_at', '>=', m.start)
            .where('reported_at', '<', m.end),
        ),
    )
    .selectFrom('f')
    .select((eb) => ['direction', 'code', eb.fn.count<number>('episode_id').distinct().as('n')])
    .groupBy(['direction', 'code'])
    .unionAll((db) =>
      db
        .selectFrom('f')
        .select((eb) => [
          sql.lit(TOTAL).as('direction'),
          sql.lit(TOTAL).as('code'),
          eb.fn.count<number>('episode_id').distinct().as('n'),
        ]),
    )
    .orderBy('n', 'desc')
    .orderBy('code')
    .execute();
  const withFactors = Number(rows.find((r) => r.direction === TOTAL)?.n ?? 0);
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
