import type { NotificationRecord } from '../../../shared/api/notifications';
import type { NotificationMade } from '../../../shared/protocol';
import type { Db, NotificationsMadeTable } from '../db/schema';

const toRecord = (r: NotificationsMadeTable): NotificationRecord => ({
  id: r.id,
  childId: r.child_id,
  episodeId: r.episode_id,
  subjectId: r.subject_id,
  ruleId: r.rule_id,
  role: r.role,
  toldWho: r.told_who,
  toldAt: r.told_at,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
});

/** What the engine needs: which rule told which role about which episode, and when. */
const toMade = (
  r: Pick<NotificationsMadeTable, 'episode_id' | 'subject_id' | 'rule_id' | 'role' | 'told_at'>,
): NotificationMade => ({
  episodeId: r.episode_id,
  subjectId: r.subject_id,
  ruleId: r.rule_id,
  role: r.role,
  at: r.told_at,
});

export async function insertNotificationMade(
  db: Db,
  row: NotificationsMadeTable,
): Promise<NotificationRecord> {
  await db.insertInto('notifications_made').values(row).execute();
  return toRecord(row);
}

/** Many at once (the demo's), in multi-row INSERTs well inside both engines' limits on bound parameters. */
export async function insertNotificationsMade(
  db: Db,
  rows: readonly NotificationsMadeTable[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('notifications_made')
      .values(rows.slice(i, i + 500))
      .execute();
}

export async function findNotificationMade(
  db: Db,
  episodeId: string,
  ruleId: string,
  role: string,
): Promise<NotificationRecord | undefined> {
  const r = await db
    .selectFrom('notifications_made')
    .selectAll()
    .where('episode_id', '=', episodeId)
    .where('rule_id', '=', ruleId)
    .where('role', '=', role)
    .executeTakeFirst();
  return r === undefined ? undefined : toRecord(r);
}

/** A notice about no episode already recorded: the same review's or placement's, rule and role, for the child. */
export async function findNoticeMade(
  db: Db,
  childId: string,
  subjectId: string,
  ruleId: string,
  role: string,
): Promise<NotificationRecord | undefined> {
  const r = await db
    .selectFrom('notifications_made')
    .selectAll()
    .where('child_id', '=', childId)
    .where('subject_id', '=', subjectId)
    .where('rule_id', '=', ruleId)
    .where('role', '=', role)
    .executeTakeFirst();
  return r === undefined ? undefined : toRecord(r);
}

export async function listNotificationsMadeForChild(db: Db, childId: string): Promise<NotificationMade[]> {
  const rows = await db
    .selectFrom('notifications_made')
    .select(['episode_id', 'subject_id', 'rule_id', 'role', 'told_at'])
    .where('child_id', '=', childId)
    .execute();
  return rows.map(toMade);
}

/** Every child's recorded notifications, for the Due list and the board (one read, like the meetings held). */
export async function listNotificationsMadeByChild(
  db: Db,
  /** Only these children (the stored protocol state's batch); every child when absent. */
  childIds?: readonly string[],
): Promise<Map<string, NotificationMade[]>> {
  let query = db
    .selectFrom('notifications_made')
    .select(['child_id', 'episode_id', 'subject_id', 'rule_id', 'role', 'told_at']);
  if (childIds) query = query.where('child_id', 'in', childIds);
  const rows = await query.execute();
  const byChild = new Map<string, NotificationMade[]>();
  for (const r of rows) {
    const list = byChild.get(r.child_id) ?? [];
    list.push(toMade(r));
    byChild.set(r.child_id, list);
  }
  return byChild;
}
