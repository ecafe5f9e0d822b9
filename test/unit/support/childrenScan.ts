import { sql } from 'kysely';
import type { LegalStatus } from '../../../shared/domain/child';
import { searchKey } from '../../../shared/text/searchKey';
import { likeContains } from '../../../electron/backend/db/dialect';
import type { Db } from '../../../electron/backend/db/schema';

/**
 * The children list as one query over every row, ordered "missing first, then by name": how it was read before the
 * list was split in two and the search read its own index (migration 0036). The list's and the search's tests hold
 * today's pages against it.
 */
export async function childrenByOneScan(
  db: Db,
  search: string | null,
  legalStatus: LegalStatus | null,
  missingNow: boolean,
  limit: number,
) {
  let q = db
    .with('open', (d) =>
      d.selectFrom('episodes').select(['child_id', 'reported_at']).where('found_at', 'is', null),
    )
    .selectFrom('children as c')
    .leftJoin('open as o', 'o.child_id', 'c.id')
    .select(['c.id', 'c.family_name', 'c.given_name', 'o.reported_at as missing_since']);
  if (search !== null)
    q = q.where(sql<boolean>`c.search_key LIKE ${likeContains(searchKey(search))} ESCAPE '\\'`);
  if (legalStatus) q = q.where('c.legal_status', '=', legalStatus);
  if (missingNow) q = q.where('o.reported_at', 'is not', null);
  return q
    .orderBy(sql`(o.reported_at IS NULL)`)
    .orderBy('c.family_name')
    .orderBy('c.given_name')
    .limit(limit)
    .execute();
}
