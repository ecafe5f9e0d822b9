import { auditMany } from '../audit/audit';
import { bulkWritten } from '../db/dialect';
import type { BackendContext } from '../context';
import { insertChildren } from '../children/queries';
import { normaliseEpisode } from '../episodes/save';
import { insertEpisodes } from '../episodes/queries';
import { mutation } from '../mutation';
import { generateDemo } from './generate';

/** Loads the synthetic demo set, as of the backend's now, in one transaction, in multi-row INSERTs. */
export async function insertDemo(
  ctx: BackendContext,
  options: { children?: number; episodes?: number } = {},
) {
  const now = ctx.now().toISOString();
  const demo = generateDemo({ asOf: now, ...options });
  await mutation(ctx, async (tx) => {
    await insertChildren(
      tx.db,
      demo.children.map(({ id, ...child }) => ({ id, child })),
      now,
    );
    await auditMany(
      tx,
      demo.children.map(({ id }) => ({
        action: 'create' as const,
        entity: 'child',
        entityId: id,
        childId: id,
        detail: 'demo data',
      })),
    );
    await insertEpisodes(
      tx.db,
      demo.episodes.map(({ id, ...episode }) => ({ id, episode: normaliseEpisode(episode) })),
      now,
      'demo',
    );
    tx.changed('children');
    tx.changed('episodes');
  });
  await bulkWritten(ctx, demo.children.length + demo.episodes.length);
  return { children: demo.children.length, episodes: demo.episodes.length };
}
