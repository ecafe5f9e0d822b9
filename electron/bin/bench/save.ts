import type { Backend } from '../../backend/backend';
import type { Episode } from '../../../shared/domain/episode';
import { measure, type Measure } from './measure';

/**
 * Issue 15's target: one episode saved (its notes edited, as a co-ordinator would), its audit row written and its
 * child's protocol state re-evaluated and stored, all in the one transaction, in under 10 ms.
 */
export async function benchSave(b: Backend, childId: string): Promise<Measure> {
  const record = await b.call('children.get', { id: childId });
  if (!record.ok) throw new Error(record.error.message);
  const [episode] = (record.value as { episodes: Episode[] }).episodes;
  if (!episode) throw new Error('the bench child has no episode');
  let n = 0;
  // Each save is based on the revision the last one answered, as the episode dialog's are (issue 11).
  let revision = episode.revision;
  return measure(
    'one episode saved, its child re-evaluated',
    10,
    async () => {
      // The API's schema keeps only the episode's own fields (id and timestamps are dropped).
      const r = await b.call('episodes.update', {
        id: episode.id,
        baseRevision: revision,
        episode: { ...episode, notes: `Bench edit ${++n}` },
      });
      if (!r.ok) throw new Error(r.error.message);
      revision = (r.value as Episode).revision;
    },
    {
      runs: 50,
      warmup: 3,
      extra: { episodes_of_child: (record.value as { episodes: Episode[] }).episodes.length },
    },
  );
}
