import type { Backend } from '../../backend/backend';
import type { Episode } from '../../../shared/domain/episode';
import { measure, type Measure } from './measure';

/** What each timed save changes in the episode: its notes, or a fact the protocol engine reads. */
type Edit = (episode: Episode, n: number) => Partial<Episode>;

/**
 * Issue 15's target: one episode saved, its audit row written and its child's protocol state re-evaluated and
 * stored, all in the one transaction, in under 10 ms. Two edits of the busiest child's episode: its trafficking
 * concern set and cleared in turn (the engine reads it: ST 10.4's prompts come and go, so the child is re-evaluated
 * and its Due items rewritten each time), and its notes (the engine reads no notes, so nothing is re-evaluated:
 * protocol/state/marks.ts).
 */
export async function benchSaves(b: Backend, childId: string): Promise<Measure[]> {
  return [
    await benchSave(
      b,
      childId,
      'one episode saved, its child re-evaluated (trafficking concern set or cleared)',
      (e, n) => ({
        traffickingConcern: n % 2 === 1 ? !e.traffickingConcern : e.traffickingConcern,
      }),
    ),
    await benchSave(b, childId, 'one episode’s notes saved (nothing the protocol engine reads)', (_e, n) => ({
      notes: `Bench edit ${n}`,
    })),
  ];
}

async function benchSave(b: Backend, childId: string, name: string, edit: Edit): Promise<Measure> {
  const record = await b.call('children.get', { id: childId });
  if (!record.ok) throw new Error(record.error.message);
  const [episode] = (record.value as { episodes: Episode[] }).episodes;
  if (!episode) throw new Error('the bench child has no episode');
  let n = 0;
  // Each save is based on the revision the last one answered, as the episode dialog's are (issue 11).
  let revision = episode.revision;
  return measure(
    name,
    10,
    async () => {
      // The API's schema keeps only the episode's own fields (id and timestamps are dropped).
      const r = await b.call('episodes.update', {
        id: episode.id,
        baseRevision: revision,
        episode: { ...episode, ...edit(episode, ++n) },
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
