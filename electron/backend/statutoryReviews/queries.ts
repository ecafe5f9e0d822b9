import type { StatutoryReview } from '../../../shared/api/statutoryReviews';
import type { StatutoryReviewHeld } from '../../../shared/protocol/types';
import type { Db, StatutoryReviewsTable } from '../db/schema';

const toReview = (r: StatutoryReviewsTable): StatutoryReview => ({
  id: r.id,
  childId: r.child_id,
  heldOn: r.held_on,
  iroName: r.iro_name,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
});

export async function insertStatutoryReview(db: Db, row: StatutoryReviewsTable): Promise<StatutoryReview> {
  await db.insertInto('statutory_reviews').values(row).execute();
  return toReview(row);
}

/** Newest first: the child page lists the latest review at the top. */
export async function listStatutoryReviewsForChild(db: Db, childId: string): Promise<StatutoryReview[]> {
  const rows = await db
    .selectFrom('statutory_reviews')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toReview);
}

export async function getStatutoryReview(db: Db, id: string): Promise<StatutoryReview | undefined> {
  const row = await db.selectFrom('statutory_reviews').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toReview(row);
}

/** What the protocol engine reads (ST 17.4): each child's reviews' days, for a batch or every child. */
export async function statutoryReviewsByChild(
  db: Db,
  childIds?: readonly string[],
): Promise<Map<string, StatutoryReviewHeld[]>> {
  const byChild = new Map<string, StatutoryReviewHeld[]>();
  if (childIds !== undefined && childIds.length === 0) return byChild;
  let query = db.selectFrom('statutory_reviews').select(['id', 'child_id', 'held_on']);
  if (childIds !== undefined) query = query.where('child_id', 'in', childIds);
  for (const r of await query.execute()) {
    const list = byChild.get(r.child_id) ?? [];
    list.push({ id: r.id, heldOn: r.held_on });
    byChild.set(r.child_id, list);
  }
  return byChild;
}
