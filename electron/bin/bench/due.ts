import type { Backend } from '../../backend/backend';
import { measure, type Measure } from './measure';

/**
 * Issue 15's target (issue 3's was 500 ms): the Due list of the 20,000-child database, from the stored protocol
 * state, in under 50 ms.
 */
export async function benchDue(b: Backend): Promise<Measure> {
  const first = await b.call('protocol.due', {});
  if (!first.ok) throw new Error(first.error.message);
  const { items, childrenEvaluated } = first.value as { items: unknown[]; childrenEvaluated: number };
  return measure('evaluate every child and build the Due list', 50, () => b.call('protocol.due', {}), {
    runs: 10,
    warmup: 1,
    extra: { children_evaluated: childrenEvaluated, items: items.length },
  });
}
