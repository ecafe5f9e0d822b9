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
export function episodesByCategory(ctx: BackendContext, m: LondonMonth): MonthDashboard['episodes'] {
  const counts = ctx.db
    .prepare(
      `SELECT category, coalesce(police_risk_latest, police_risk_at_report, 'not-graded') AS risk, count(*) AS n
         FROM episodes WHERE reported_at >= @start AND reported_at < @end
        GROUP BY category, risk`,
    )
    .all({ start: m.start, end: m.end }) as Array<{ category: EpisodeCategory; risk: RiskKey; n: number }>;
  const byCategory: CategoryRow[] = EPISODE_CATEGORIES.map((category) => ({
    category,
    label: EPISODE_CATEGORY_LABELS[category],
    byRisk: zeroRisks(),
    total: 0,
  }));
  const byRisk = zeroRisks();
  for (const { category, risk, n } of counts) {
    const row = byCategory.find((r) => r.category === category);
    // A grading outside the list cannot be saved; should one be in an old database it counts as not graded.
    const key: RiskKey = RISK_KEYS.includes(risk) ? risk : 'not-graded';
    if (!row) continue;
    row.byRisk[key] += n;
    row.total += n;
    byRisk[key] += n;
  }
  return { total: byCategory.reduce((sum, r) => sum + r.total, 0), byCategory, byRisk };
}
