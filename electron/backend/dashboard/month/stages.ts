import type { MonthDashboard } from '../../../../shared/api/dashboard';
import { STAGE_LABELS } from '../../../../shared/domain/meeting';
import type { BackendContext } from '../../context';
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
  const evaluated = await evaluateChildrenAsOf(ctx, asOf);
  return {
    asOf,
    childrenEvaluated: evaluated.length,
    rows: [1, 2, 3].map((level) => ({
      level,
      label: STAGE_LABELS[level] ?? `Stage ${level}`,
      children: evaluated.filter((e) => e.evaluation.stage.level === level).length,
    })),
  };
}
