import type { Gender, PlacementType } from '../../../../shared/domain/child';
import type { Episode } from '../../../../shared/domain/episode';
import type { Db } from '../../db/schema';
import { listEpisodesForChildren } from '../../episodes/queries';
import type { ChildRecordDetails } from './child';

/**
 * Every episode of each child, for the whole-history summary and the episodes that called the meeting: the one read
 * the minutes need beyond the meeting record and pack, batched for a Daily Review's many children.
 */
export const readAllEpisodes = (db: Db, childIds: readonly string[]): Promise<Map<string, Episode[]>> =>
  listEpisodesForChildren(db, childIds);

/** Each child's gender, placement and school (Philomena Part 1) for the minutes' child details, in one read each. */
export async function readChildDetails(
  db: Db,
  childIds: readonly string[],
): Promise<Map<string, ChildRecordDetails>> {
  if (childIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('children')
    .leftJoin('philomena_profiles', 'philomena_profiles.child_id', 'children.id')
    .select([
      'children.id as id',
      'children.gender as gender',
      'children.placement_type as placementType',
      'philomena_profiles.school as school',
    ])
    .where('children.id', 'in', [...childIds])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        gender: r.gender as Gender,
        placementType: r.placementType as PlacementType,
        school: r.school,
      },
    ]),
  );
}
