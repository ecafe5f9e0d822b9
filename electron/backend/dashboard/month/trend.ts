import type { TrendMonth } from '../../../../shared/api/dashboard';
import { EPISODE_CATEGORIES, type EpisodeCategory } from '../../../../shared/domain/episode';
import type { BackendContext } from '../../context';
import { monthsEnding, share } from '../months';
import { heldWithin72 } from './interviews';

const TREND_MONTHS = 12;

/**
 * The 12 months ending with `month`: episodes reported each month by category, and the share of the episodes that
 * ended each month whose return interview was held within 72 hours.
 *
 * A year is a large share of the table, so both figure sets are one pass over it: a count per London month, each
 * filtered on the month's bounds (parameters, not text in the SQL), rather than a range query per month.
 */
export async function trendEnding(ctx: BackendContext, month: string): Promise<TrendMonth[]> {
  const months = monthsEnding(month, TREND_MONTHS);

  // One pass for both figure sets: per category, the episodes reported in each month and those that ended in
  // each month (with the interview held within 72 hours); the ended ones are summed over categories below.
  const reported = await ctx.db
    .selectFrom('episodes')
    .select((eb) => {
      const inMonth = (i: number) =>
        eb.and([eb('found_at', '>=', months[i]!.start), eb('found_at', '<', months[i]!.end)]);
      const within = heldWithin72(eb, ctx.engine, {
        foundAt: eb.ref('found_at'),
        heldAt: eb.ref('ri_held_at'),
        outcome: eb.ref('ri_outcome'),
      });
      return [
        'category',
        ...months.map((m, i) =>
          eb.fn
            .countAll<number>()
            .filterWhere(eb.and([eb('reported_at', '>=', m.start), eb('reported_at', '<', m.end)]))
            .as(`m${i}`),
        ),
        ...months.flatMap((_, i) => [
          eb.fn.countAll<number>().filterWhere(inMonth(i)).as(`n${i}`),
          eb.fn
            .countAll<number>()
            .filterWhere(eb.and([inMonth(i), within]))
            .as(`w${i}`),
        ]),
      ];
    })
    // No range on reported_at or found_at in SQL: each count has its own bounds, and a range would send SQLite
    // through an index, looking most of the table up again (seconds on 100,000 episodes), where one plain pass
    // over the table costs milliseconds.
    .groupBy('category')
    .execute();
  const returned = (key: `n${number}` | `w${number}`) =>
    reported.reduce((sum, r) => sum + Number(r[key] ?? 0), 0);

  return months.map((m, i) => {
    const byCategory = Object.fromEntries(EPISODE_CATEGORIES.map((c) => [c, 0])) as Record<
      EpisodeCategory,
      number
    >;
    for (const r of reported) {
      const category = r.category as EpisodeCategory;
      if (category in byCategory) byCategory[category] += Number(r[`m${i}`] ?? 0);
    }
    const n = returned(`n${i}`);
    return {
      month: m.month,
      label: m.label,
      byCategory,
      total: EPISODE_CATEGORIES.reduce((sum, c) => sum + byCategory[c], 0),
      returned: n,
      heldWithin72Hours: share(returned(`w${i}`), n),
    };
  });
}
