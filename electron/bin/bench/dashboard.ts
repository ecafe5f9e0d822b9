import type { Backend } from '../../backend/backend';
import { measure, type Measure } from './measure';

/** No target is set for these in the issues; ours is a second, so a manager is not left waiting. */
export async function benchDashboard(b: Backend): Promise<Measure[]> {
  const call = async (method: string, input: unknown) => {
    const r = await b.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  };
  return [
    await measure('Daily Review board (our target)', 1000, () => call('dailyReview.board', {}), {
      runs: 5,
      warmup: 1,
    }),
    await measure(
      'monthly dashboard for one month (our target)',
      1000,
      () => call('dashboard.month', { month: '2026-11' }),
      { runs: 5, warmup: 1 },
    ),
  ];
}
