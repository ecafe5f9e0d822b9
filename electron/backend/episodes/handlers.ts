import type { Handlers } from '../handler';
import { saveEpisode } from './save';

export const episodesHandlers: Handlers<'episodes.create' | 'episodes.update'> = {
  'episodes.create': (episode, ctx) => saveEpisode(ctx, null, episode),
  'episodes.update': ({ id, baseRevision, episode }, ctx) => saveEpisode(ctx, { id, baseRevision }, episode),
};
