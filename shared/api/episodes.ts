import { z } from 'zod';
import { episodeInputSchema, type Episode } from '../domain/episode';

export const episodesSchemas = {
  'episodes.create': episodeInputSchema,
  'episodes.update': z.object({ id: z.string().min(1, 'is required'), episode: episodeInputSchema }),
};

export interface EpisodesOutputs {
  'episodes.create': Episode;
  'episodes.update': Episode;
}
