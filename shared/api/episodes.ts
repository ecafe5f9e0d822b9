import { z } from 'zod';
import { apiId, baseRevision } from './text';
import { episodeInputSchema, type Episode } from '../domain/episode';
import type { GradingWarning } from '../protocol/gradings';

/** A saved episode and the profile's grading rules it breaks (ST 6, W-CP 3.2, WG appendix a): warnings, not refusals. */
export type SavedEpisode = Episode & { warnings: GradingWarning[] };

export const episodesSchemas = {
  'episodes.create': episodeInputSchema,
  'episodes.update': z.object({ id: apiId, baseRevision, episode: episodeInputSchema }),
};

export interface EpisodesOutputs {
  'episodes.create': SavedEpisode;
  'episodes.update': SavedEpisode;
}
