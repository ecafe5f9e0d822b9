import type { RemovedChild } from '../../../shared/domain/meeting';
import type { Db } from '../db/schema';

/** The children taken off a Daily Review before approval (dashboard/reviewChildren.ts), with why, oldest first. */
export async function listRemovedChildren(db: Db, meetingId: string): Promise<RemovedChild[]> {
  const rows = await db
    .selectFrom('meeting_child_removals as r')
    .innerJoin('children as c', 'c.id', 'r.child_id')
    .select(['r.child_id', 'c.given_name', 'c.family_name', 'r.reason', 'r.removed_at', 'r.removed_by'])
    .where('r.meeting_id', '=', meetingId)
    .orderBy('r.removed_at')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    childId: r.child_id,
    name: `${r.given_name} ${r.family_name}`,
    reason: r.reason,
    removedAt: r.removed_at,
    removedBy: r.removed_by,
  }));
}
