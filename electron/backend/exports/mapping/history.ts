import type Database from 'better-sqlite3';
import type { Episode } from '../../../../shared/domain/episode';
import { listEpisodesForChild } from '../../episodes/queries';

/**
 * Every episode of each child, for the whole-history summary and the episodes that called the meeting. The one read
 * the minutes need beyond the meeting record and pack; kept here, small, for the move to async queries.
 */
export function readAllEpisodes(db: Database.Database, childIds: readonly string[]): Map<string, Episode[]> {
  return new Map(childIds.map((id) => [id, listEpisodesForChild(db, id)]));
}
