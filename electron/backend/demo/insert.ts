import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { insertChild } from '../children/queries';
import { normaliseEpisode } from '../episodes/save';
import { insertEpisode } from '../episodes/queries';
import { generateDemo } from './generate';

/** Loads the synthetic demo set, as of the backend's now, in one transaction. */
export function insertDemo(ctx: BackendContext, options: { children?: number; episodes?: number } = {}) {
  const now = ctx.now().toISOString();
  const demo = generateDemo({ asOf: now, ...options });
  ctx.db.transaction(() => {
    for (const { id, ...child } of demo.children) {
      insertChild(ctx.db, id, child, now);
      audit(ctx, 'create', 'child', id, id, 'demo data');
    }
    for (const { id, ...episode } of demo.episodes) insertEpisode(ctx.db, id, normaliseEpisode(episode), now);
  })();
  return { children: demo.children.length, episodes: demo.episodes.length };
}
