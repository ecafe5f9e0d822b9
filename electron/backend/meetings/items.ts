import type { Amendment, ItemDecision } from '../../../shared/domain/meeting';
import type { PlannedItem } from '../../../shared/meetings/agenda';
import type { Db } from '../db/schema';
import { rowToAmendment, type ItemRow } from './rows';

const ITEM_COLUMNS = [
  'id',
  'meeting_id',
  'position',
  'key',
  'title',
  'guidance',
  'source',
  'child_id',
  'minutes',
  'revision',
  'saved_at',
] as const;

export async function insertItems(
  db: Db,
  meetingId: string,
  items: ReadonlyArray<PlannedItem & { id: string }>,
): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('meeting_items')
    .values(
      items.map((i, position) => ({
        id: i.id,
        meeting_id: meetingId,
        position,
        key: i.key,
        title: i.title,
        guidance: i.guidance,
        source: i.source,
        child_id: i.childId,
      })),
    )
    .execute();
}

export async function listItemRows(db: Db, meetingId: string): Promise<ItemRow[]> {
  return db
    .selectFrom('meeting_items')
    .select(ITEM_COLUMNS)
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
}

export async function getItemRow(db: Db, meetingId: string, itemId: string): Promise<ItemRow | undefined> {
  return db
    .selectFrom('meeting_items')
    .select(ITEM_COLUMNS)
    .where('id', '=', itemId)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
}

export interface SavedMinutes {
  revision: number;
  key: string;
  audited_at: string | null;
  audited_by: string | null;
}

/**
 * The autosave itself: one UPDATE that writes only when the base revision is current and the meeting is not
 * approved, answering the new revision and when the item was last audited. Nothing written means stale or locked.
 */
export async function saveMinutesIfCurrent(
  db: Db,
  p: { meetingId: string; itemId: string; minutes: string; baseRevision: number; at: string },
): Promise<SavedMinutes | undefined> {
  return db
    .updateTable('meeting_items')
    .set((eb) => ({ minutes: p.minutes, revision: eb('revision', '+', 1), saved_at: p.at }))
    .where('id', '=', p.itemId)
    .where('meeting_id', '=', p.meetingId)
    .where('revision', '=', p.baseRevision)
    .where((eb) =>
      eb(eb.selectFrom('meetings').select('status').where('id', '=', p.meetingId), '<>', 'approved'),
    )
    .returning(['revision', 'key', 'minutes_audited_at as audited_at', 'minutes_audited_by as audited_by'])
    .executeTakeFirst();
}

export async function markMinutesAudited(db: Db, itemId: string, at: string, by: string): Promise<void> {
  await db
    .updateTable('meeting_items')
    .set({ minutes_audited_at: at, minutes_audited_by: by })
    .where('id', '=', itemId)
    .execute();
}

export async function listDecisions(db: Db, meetingId: string): Promise<Map<string, ItemDecision[]>> {
  const rows = await db
    .selectFrom('meeting_item_decisions as d')
    .innerJoin('meeting_items as i', 'i.id', 'd.item_id')
    .select(['d.item_id', 'd.text', 'd.rationale'])
    .where('i.meeting_id', '=', meetingId)
    .orderBy('d.item_id')
    .orderBy('d.position')
    .execute();
  const byItem = new Map<string, ItemDecision[]>();
  for (const r of rows)
    byItem.set(r.item_id, [
      ...(byItem.get(r.item_id) ?? []),
      { decision: r.text, rationale: r.rationale || null },
    ]);
  return byItem;
}

export async function replaceDecisions(
  db: Db,
  itemId: string,
  decisions: readonly ItemDecision[],
): Promise<void> {
  await db.deleteFrom('meeting_item_decisions').where('item_id', '=', itemId).execute();
  if (decisions.length === 0) return;
  await db
    .insertInto('meeting_item_decisions')
    .values(
      decisions.map((d, position) => ({
        item_id: itemId,
        position,
        text: d.decision,
        rationale: d.rationale ?? '',
      })),
    )
    .execute();
}

export async function insertAmendment(db: Db, meetingId: string, a: Amendment): Promise<void> {
  await db
    .insertInto('meeting_amendments')
    .values({
      id: a.id,
      meeting_id: meetingId,
      item_id: a.itemId,
      minutes: a.minutes,
      reason: a.reason,
      amended_at: a.amendedAt,
      amended_by: a.amendedBy,
    })
    .execute();
}

/** A meeting's amendments in the order they were made (each by its own request, so each at its own instant). */
export async function listAmendments(db: Db, meetingId: string): Promise<Amendment[]> {
  const rows = await db
    .selectFrom('meeting_amendments')
    .select(['id', 'item_id', 'minutes', 'reason', 'amended_at', 'amended_by'])
    .where('meeting_id', '=', meetingId)
    .orderBy('amended_at')
    .orderBy('id')
    .execute();
  return rows.map(rowToAmendment);
}

/** Carries actions into an item's review of previous actions; an action already carried there stays as it is. */
export async function linkReviewedActions(
  db: Db,
  itemId: string,
  actionIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(actionIds)];
  for (let i = 0; i < unique.length; i += 500) {
    await db
      .insertInto('meeting_item_reviewed_actions')
      .values(unique.slice(i, i + 500).map((actionId) => ({ item_id: itemId, action_id: actionId })))
      .onConflict((oc) => oc.columns(['item_id', 'action_id']).doNothing())
      .execute();
  }
}

/**
 * A meeting's reviewed actions by agenda item, each item's in the order they were carried: the open actions' own
 * order (due date, undated last, then the meeting that agreed them, then as agreed), as listActions gave them.
 */
export async function listReviewedActionLinks(db: Db, meetingId: string) {
  return db
    .selectFrom('meeting_item_reviewed_actions as r')
    .innerJoin('meeting_items as i', 'i.id', 'r.item_id')
    .innerJoin('meeting_actions as a', 'a.id', 'r.action_id')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .select(['r.item_id', 'r.action_id'])
    .where('i.meeting_id', '=', meetingId)
    .orderBy('i.position')
    .orderBy((eb) => eb.case().when('a.due_on', 'is', null).then(1).else(0).end())
    .orderBy('a.due_on')
    .orderBy('m.scheduled_at')
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}
