import { DUE_PAGE, type DueList } from '../../../shared/api/protocol';
import type { Backend } from '../../backend/backend';
import { measure, type Measure } from './measure';

/**
 * Issue 15's target: the Due screen's answer in 50 ms, as the screen asks for it (the most urgent page and the
 * counts of the whole list). The whole list, every item of the county at once, is printed beside it: what the
 * screen asked for before it paged, and what a filter's "Show more" approaches.
 */
export async function benchDue(b: Backend): Promise<Measure[]> {
  const whole = await b.call('protocol.due', {});
  if (!whole.ok) throw new Error(whole.error.message);
  const { items, childrenEvaluated } = whole.value as DueList;
  const extra = { children_evaluated: childrenEvaluated, items_in_all: items.length };
  return [
    await measure(
      'the Due screen: its first page and the counts',
      50,
      () => b.call('protocol.due', { limit: DUE_PAGE }),
      {
        runs: 20,
        warmup: 2,
        extra: { ...extra, page: DUE_PAGE },
      },
    ),
    await measure(
      'the Due screen filtered to return interviews',
      50,
      () => b.call('protocol.due', { show: 'return', limit: DUE_PAGE }),
      {
        runs: 20,
        warmup: 2,
        extra: { ...extra, page: DUE_PAGE },
      },
    ),
    await measure('the whole Due list at once (every item)', 500, () => b.call('protocol.due', {}), {
      runs: 5,
      warmup: 1,
      extra,
    }),
  ];
}
