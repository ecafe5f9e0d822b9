import { z } from 'zod';
import { apiId, baseRevision } from './text';
import { episodeInputSchema, type Episode } from '../domain/episode';

export const episodesSchemas = {
  'episodes.create': episodeInputSchema,
  'episodes.update': z.object({ id: apiId, baseRevision, episode: episodeInputSchema }),
};

export interface EpisodesOutputs {
  'episodes.create': Episode;
  'episodes.update': Episode;
}
