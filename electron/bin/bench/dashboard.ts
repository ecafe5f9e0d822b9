import type { Backend } from '../../backend/backend';
import { measure, type Measure } from './measure';

/** Issue 15's targets: the Daily Review board in 100 ms, the monthly dashboard in 200 ms, at p95 in the backend. */
export async function benchDashboard(b: Backend): Promise<Measure[]> {
  const call = async (method: string, input: unknown) => {
    const r = await b.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  };
  return [
    await measure('Daily Review board', 100, () => call('dailyReview.board', {}), {
      runs: 5,
      warmup: 1,
    }),
    await measure(
      'monthly dashboard for one month',
      200,
      () => call('dashboard.month', { month: '2026-11' }),
      { runs: 5, warmup: 1 },
    ),
  ];
}
