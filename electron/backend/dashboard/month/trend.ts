import type { TrendMonth } from '../../../../shared/api/dashboard';
import { EPISODE_CATEGORIES, type EpisodeCategory } from '../../../../shared/domain/episode';
import type { BackendContext } from '../../context';
import { monthsEnding, share } from '../months';

const TREND_MONTHS = 12;

/** The stored hour a month's bound falls in: London months start and end on a UTC hour (0037-county-counts.ts). */
const hourOf = (instant: string) => instant.slice(0, 13);

/**
 * The 12 months ending with `month`: episodes reported each month by category, and the share of the episodes that
 * ended each month whose return interview was held within 72 hours.
 *
 * Read from the counts kept per hour as the episodes change (episode_hour_counts, migration 0037): a month is its
 * 720-odd hours' rows, whatever the county's size. Counting the episodes themselves was 24 index ranges over a year
 * of them, 0.8 s at 1,000,000 episodes; test/unit/dashboardCounts holds the kept counts equal to a recount.
 */
export async function trendEnding(ctx: BackendContext, month: string): Promise<TrendMonth[]> {
  const out: TrendMonth[] = [];
  for (const m of monthsEnding(month, TREND_MONTHS)) {
    const rows = await ctx.db
      .selectFrom('episode_hour_counts')
      .select((eb) => [
        'category',
        eb.fn.sum<number>('reported').as('reported'),
        eb.fn.sum<number>('returned').as('returned'),
        eb.fn.sum<number>('held_within_72').as('held'),
      ])
      .where('hour', '>=', hourOf(m.start))
      .where('hour', '<', hourOf(m.end))
      .groupBy('category')
      .execute();
    const byCategory = Object.fromEntries(
      EPISODE_CATEGORIES.map((c) => [c, Number(rows.find((r) => r.category === c)?.reported ?? 0)]),
    ) as Record<EpisodeCategory, number>;
    const n = rows.reduce((sum, r) => sum + Number(r.returned), 0);
    const w = rows.reduce((sum, r) => sum + Number(r.held), 0);
    out.push({
      month: m.month,
      label: m.label,
      byCategory,
      total: EPISODE_CATEGORIES.reduce((sum, c) => sum + byCategory[c], 0),
      returned: n,
      heldWithin72Hours: share(w, n),
    });
  }
  return out;
}
