import type { Episode } from '../../../../shared/domain/episode';
import type { Db } from '../../db/schema';
import { listEpisodesForChildren } from '../../episodes/queries';

/**
 * Every episode of each child, for the whole-history summary and the episodes that called the meeting: the one read
 * the minutes need beyond the meeting record and pack, batched for a Daily Review's many children.
 */
export const readAllEpisodes = (db: Db, childIds: readonly string[]): Promise<Map<string, Episode[]>> =>
  listEpisodesForChildren(db, childIds);
