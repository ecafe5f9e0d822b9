import type { CategoryRow, MonthDashboard, RiskKey } from '../../../../shared/api/dashboard';
import {
  EPISODE_CATEGORIES,
  EPISODE_CATEGORY_LABELS,
  POLICE_RISKS,
  type EpisodeCategory,
} from '../../../../shared/domain/episode';
import type { BackendContext } from '../../context';
import type { LondonMonth } from '../months';

export const RISK_KEYS: readonly RiskKey[] = [...POLICE_RISKS, 'not-graded'];

const zeroRisks = (): Record<RiskKey, number> =>
  Object.fromEntries(RISK_KEYS.map((k) => [k, 0])) as Record<RiskKey, number>;

/**
 * Episodes reported in the month (WG 13 "number of reported episodes in the period"), by category and by police
 * risk: the latest grading, else the grading at report, as the protocol engine reads it (ST 6).
 */
export async function episodesByCategory(
  ctx: BackendContext,
  m: LondonMonth,
): Promise<MonthDashboard['episodes']> {
  const counts = await ctx.db
    .selectFrom('episodes')
    .select((eb) => [
      'category',
      eb.fn.coalesce('police_risk_latest', 'police_risk_at_report').as('risk'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('reported_at', '>=', m.start)
    .where('reported_at', '<', m.end)
    .groupBy(['category', 'risk'])
    .execute();
  const byCategory: CategoryRow[] = EPISODE_CATEGORIES.map((category) => ({
    category,
    label: EPISODE_CATEGORY_LABELS[category],
    byRisk: zeroRisks(),
    total: 0,
  }));
  const byRisk = zeroRisks();
  for (const { category, risk, n: count } of counts) {
    const row = byCategory.find((r) => r.category === (category as EpisodeCategory));
    // Not graded when neither grading was recorded; a grading outside the list cannot be saved, and should one be
    // in an old database it counts as not graded too.
    const key: RiskKey = RISK_KEYS.find((k) => k === risk) ?? 'not-graded';
    if (!row) continue;
    const n = Number(count);
    row.byRisk[key] += n;
    row.total += n;
    byRisk[key] += n;
  }
  return { total: byCategory.reduce((sum, r) => sum + r.total, 0), byCategory, byRisk };
}
