import type { MonthDashboard } from '../../../../shared/api/dashboard';
import type { BackendContext } from '../../context';
import { readSnapshot } from '../../db/dialect';
import { sweep } from '../../protocol/state/read';
import { londonMonth, monthOf } from '../months';
import { placedChildrenByAuthority } from './authorities';
import { DEFINITIONS } from './definitions';
import { episodesByCategory } from './episodes';
import { commonFactors } from './factors';
import { returnInterviews } from './interviews';
import { repeatEpisodes } from './repeat';
import { stagesAtMonthEnd } from './stages';
import { trendEnding } from './trend';

/** The monthly missing dashboard (WG 13, WG appendix f; EM), read from one snapshot so its figures agree. */
export async function buildMonthDashboard(ctx: BackendContext, month: string): Promise<MonthDashboard> {
  // The month in progress reads the stored protocol state: bring it up to now first (a snapshot cannot write).
  if (monthOf(ctx.now()) === month) await sweep(ctx);
  return readSnapshot(ctx, async (tx) => {
    const now = tx.now().toISOString();
    const m = londonMonth(month);
    return {
      month,
      label: m.label,
      start: m.start,
      end: m.end,
      asOf: now,
      partial: monthOf(tx.now()) === month,
      episodes: await episodesByCategory(tx, m),
      repeat: await repeatEpisodes(tx, m),
      returnInterviews: await returnInterviews(tx, m, now),
      factors: await commonFactors(tx, m),
      stages: await stagesAtMonthEnd(tx, m, now),
      authorities: await placedChildrenByAuthority(tx, m, now),
      trend: await trendEnding(tx, month),
      definitions: [...DEFINITIONS],
    };
  });
}
