import type { MonthDashboard } from '../../../../shared/api/dashboard';
import type { BackendContext } from '../../context';
import { londonMonth, monthOf } from '../months';
import { placedChildrenByAuthority } from './authorities';
import { DEFINITIONS } from './definitions';
import { episodesByCategory } from './episodes';
import { commonFactors } from './factors';
import { returnInterviews } from './interviews';
import { repeatEpisodes } from './repeat';
import { stagesAtMonthEnd } from './stages';
import { trendEnding } from './trend';

/** The monthly missing dashboard (WG 13, WG appendix f; EM), read in one transaction so its figures agree. */
export function buildMonthDashboard(ctx: BackendContext, month: string): MonthDashboard {
  return ctx.db.transaction(() => {
    const now = ctx.now().toISOString();
    const m = londonMonth(month);
    return {
      month,
      label: m.label,
      start: m.start,
      end: m.end,
      asOf: now,
      partial: monthOf(ctx.now()) === month,
      episodes: episodesByCategory(ctx, m),
      repeat: repeatEpisodes(ctx, m),
      returnInterviews: returnInterviews(ctx, m, now),
      factors: commonFactors(ctx, m),
      stages: stagesAtMonthEnd(ctx, m, now),
      authorities: placedChildrenByAuthority(ctx, m, now),
      trend: trendEnding(ctx, month),
      definitions: [...DEFINITIONS],
    };
  })();
}
