import type { MonthDashboard } from '../../../../shared/api/dashboard';
import { STAGE_LABELS } from '../../../../shared/domain/meeting';
import type { BackendContext } from '../../context';
import { countInLookBack, stageCounts } from '../../protocol/state/queries';
import { evaluateChildrenAsOf } from '../evaluateAll';
import type { LondonMonth } from '../months';

/**
 * Children at each threshold stage at the end of the month: the protocol engine, for each child's own profile, as of
 * the month's last instant (or now, for the month in progress). Stage 3 is each profile's escalation.
 */
export async function stagesAtMonthEnd(
  ctx: BackendContext,
  m: LondonMonth,
  now: string,
): Promise<MonthDashboard['stages']> {
  const last = new Date(new Date(m.end).getTime() - 1).toISOString();
  const asOf = last < now ? last : now;
  const rows = (count: (level: number) => number) =>
    [1, 2, 3].map((level) => ({
      level,
      label: STAGE_LABELS[level] ?? `Stage ${level}`,
      children: count(level),
    }));
  // The month in progress is as of now: the children's stored state, swept before the snapshot was opened.
  if (asOf === now) {
    const counts = await stageCounts(ctx.db);
    return { asOf, childrenEvaluated: await countInLookBack(ctx.db), rows: rows((l) => counts.get(l) ?? 0) };
  }
  const evaluated = await evaluateChildrenAsOf(ctx, asOf);
  return {
    asOf,
    childrenEvaluated: evaluated.length,
    rows: rows((level) => evaluated.filter((e) => e.evaluation.stage.level === level).length),
  };
}
