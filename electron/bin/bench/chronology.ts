import type { Backend } from '../../backend/backend';
import { measure, type Measure } from './measure';

async function must(b: Backend, method: string, input: unknown): Promise<unknown> {
  const r = await b.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

/** Issue 15's targets (issue 2's were 50 ms): each under 20 ms at p95 in the backend, 20,000 children / 100,000 episodes. */
export async function benchChronology(b: Backend, busiestChildId: string): Promise<Measure[]> {
  const record = (await must(b, 'children.get', { id: busiestChildId })) as { episodes: unknown[] };
  return [
    await measure('open one child’s chronology', 20, () => must(b, 'children.get', { id: busiestChildId }), {
      extra: { episodes: record.episodes.length },
    }),
    await measure('list children with their 90-day counts', 20, () => must(b, 'children.list', {}), {
      extra: { rows_returned: ((await must(b, 'children.list', {})) as unknown[]).length },
    }),
    await measure('search children by name', 20, () => must(b, 'children.list', { search: 'sol plac' })),
    await measure('search children by case reference', 20, () =>
      must(b, 'children.list', { search: 'DEMO-012' }),
    ),
  ];
}
