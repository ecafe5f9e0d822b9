import { sql } from 'kysely';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import type { PlannedItem } from '../../../shared/meetings/agenda';
import { expandAgenda } from '../../../shared/meetings/agenda';
import { isLocked } from '../../../shared/meetings/lifecycle';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import type { Db } from '../db/schema';
import { DomainError, invalid, notFound } from '../errors';
import { newId } from '../ids';
import { listActions } from '../meetings/actions';
import { auditMeeting, londonToday, lockedError, requireMeetingStatus } from '../meetings/guard';
import { linkReviewedActions } from '../meetings/items';
import { getMeeting } from '../meetings/queries';
import { buildRecord } from '../meetings/record';
import { ensureTemplates, getTemplate } from '../meetings/templates';
import { mutation } from '../mutation';
import { claimRevision } from '../revision';

/** Each child's reason for being on the meeting's list (the board's, when a Daily Review starts). */
export async function setChildReasons(db: Db, meetingId: string, reasons: ReadonlyMap<string, string>) {
  for (const [childId, reason] of reasons)
    await db
      .updateTable('meeting_children')
      .set({ reason })
      .where('meeting_id', '=', meetingId)
      .where('child_id', '=', childId)
      .execute();
}

/** The Daily Review, held for this change, or the refusal that says why its children cannot change. */
async function requireOpenReview(tx: BackendContext, meetingId: string, baseRevision: number) {
  const status = await requireMeetingStatus(tx, meetingId);
  if (isLocked(status)) throw lockedError();
  const meeting = await getMeeting(tx.db, meetingId);
  if (!meeting) throw notFound('The meeting');
  if (meeting.kind !== 'daily-review')
    throw invalid([
      { field: 'meetingId', message: 'Only a Daily Review’s children are added or removed here.' },
    ]);
  await claimRevision(tx, 'meetings', meetingId, baseRevision);
  return meeting;
}

/**
 * Puts a child on today's review with the chair's reason: their section (the template's each-child items, and a
 * review of previous actions when they have open actions) goes after the last child's, before the items for the
 * meeting as a whole. Not once the minutes are approved.
 */
export async function addChildToReview(
  ctx: BackendContext,
  p: { meetingId: string; childId: string; reason: string; baseRevision: number },
): Promise<MeetingRecord> {
  return mutation(ctx, async (tx) => {
    const meeting = await requireOpenReview(tx, p.meetingId, p.baseRevision);
    if (meeting.childIds.includes(p.childId))
      throw invalid([{ field: 'childId', message: 'This child is on the review already.' }]);
    const child = await tx.db
      .selectFrom('children')
      .select('id')
      .where('id', '=', p.childId)
      .executeTakeFirst();
    if (!child)
      throw new DomainError('not-found', 'The child was not found.', [
        { field: 'childId', message: 'was not found' },
      ]);
    const today = londonToday(tx);
    await ensureTemplates(tx.db, tx.now().toISOString());
    const template = await getTemplate(tx.db, 'daily-review');
    if (!template) throw new Error('no agenda template for daily-review');
    const open = await listActions(tx.db, { childIds: [p.childId], status: 'open' }, today);
    const planned = expandAgenda(
      template.items.filter((t) => t.scope === 'each-child'),
      [p.childId],
      new Set(open.length > 0 ? [p.childId] : []),
    ).map((i) => ({ ...i, id: newId() }));
    await insertAfterChildren(tx.db, p.meetingId, planned);
    for (const item of planned.filter((i) => i.key === 'previous-actions'))
      await linkReviewedActions(
        tx.db,
        item.id,
        open.map((a) => a.id),
      );
    await tx.db
      .insertInto('meeting_children')
      .values({
        meeting_id: p.meetingId,
        child_id: p.childId,
        position: meeting.childIds.length,
        reason: p.reason,
      })
      .execute();
    // The child's own row: their trail shows the review, and their protocol state is read again.
    await audit(tx, 'update', 'meeting', p.meetingId, p.childId, 'children:add');
    tx.changed('meetings');
    tx.changed('meeting_items');
    // The answer is the whole record, every child's name in it: read as a view of each, as meetings.get is.
    await auditMeeting(tx, 'view', p.meetingId);
    return buildRecord(tx.db, p.meetingId, today);
  });
}

/**
 * Takes a child off today's review, with why (kept and printed in the minutes). Their section goes with them, so
 * it must hold nothing written: minutes, decisions or actions typed about the child are not thrown away.
 */
export async function removeChildFromReview(
  ctx: BackendContext,
  p: { meetingId: string; childId: string; reason: string; baseRevision: number },
): Promise<MeetingRecord> {
  return mutation(ctx, async (tx) => {
    const meeting = await requireOpenReview(tx, p.meetingId, p.baseRevision);
    if (!meeting.childIds.includes(p.childId))
      throw invalid([{ field: 'childId', message: 'This child is not on the review.' }]);
    if (meeting.childIds.length === 1)
      throw invalid([
        { field: 'childId', message: 'A Daily Review needs at least one child: this is the last.' },
      ]);
    const items = await tx.db
      .selectFrom('meeting_items')
      .select(['id', 'minutes', 'title'])
      .where('meeting_id', '=', p.meetingId)
      .where('child_id', '=', p.childId)
      .execute();
    const ids = items.map((i) => i.id);
    const written = ids.length === 0 ? [] : await writtenItems(tx.db, ids);
    const withText = items.filter((i) => i.minutes.trim() !== '' || written.includes(i.id));
    if (withText.length > 0)
      throw invalid([
        {
          field: 'childId',
          message: `The child’s items hold what was written (${withText.map((i) => i.title).join('; ')}): move or clear it before removing the child.`,
        },
      ]);
    // Audited while the child is still on the meeting: the row names them.
    await audit(tx, 'update', 'meeting', p.meetingId, p.childId, 'children:remove');
    if (ids.length > 0) await tx.db.deleteFrom('meeting_items').where('id', 'in', ids).execute();
    await renumberItems(tx.db, p.meetingId);
    await tx.db
      .deleteFrom('meeting_triggers')
      .where('meeting_id', '=', p.meetingId)
      .where('episode_id', 'in', (eb) =>
        eb.selectFrom('episodes').select('id').where('child_id', '=', p.childId),
      )
      .execute();
    await tx.db
      .deleteFrom('meeting_children')
      .where('meeting_id', '=', p.meetingId)
      .where('child_id', '=', p.childId)
      .execute();
    await tx.db
      .insertInto('meeting_child_removals')
      .values({
        id: newId(),
        meeting_id: p.meetingId,
        child_id: p.childId,
        reason: p.reason,
        removed_at: tx.now().toISOString(),
        removed_by: tx.user(),
      })
      .execute();
    tx.changed('meetings');
    tx.changed('meeting_items');
    await auditMeeting(tx, 'view', p.meetingId);
    return buildRecord(tx.db, p.meetingId, londonToday(tx));
  });
}

/** Items with decisions, actions or amendments: what a removal would throw away. */
async function writtenItems(db: Db, ids: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const table of ['meeting_item_decisions', 'meeting_actions', 'meeting_amendments'] as const) {
    const rows = await db.selectFrom(table).select('item_id').where('item_id', 'in', ids).execute();
    for (const r of rows) found.add(r.item_id);
  }
  return [...found];
}

const itemOrder = (db: Db, meetingId: string) =>
  db
    .selectFrom('meeting_items')
    .select(['id', 'child_id'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();

/** Gives the items positions 0..n-1 in the order listed; moved aside first, since positions are unique. */
async function renumber(db: Db, meetingId: string, ids: readonly string[]): Promise<void> {
  await db
    .updateTable('meeting_items')
    .set({ position: sql<number>`-1 - position` })
    .where('meeting_id', '=', meetingId)
    .execute();
  for (const [position, id] of ids.entries())
    await db.updateTable('meeting_items').set({ position }).where('id', '=', id).execute();
}

async function renumberItems(db: Db, meetingId: string): Promise<void> {
  await renumber(
    db,
    meetingId,
    (await itemOrder(db, meetingId)).map((r) => r.id),
  );
}

/** New items after the last child's section, before the closing items for the meeting as a whole. */
async function insertAfterChildren(
  db: Db,
  meetingId: string,
  items: ReadonlyArray<PlannedItem & { id: string }>,
): Promise<void> {
  const rows = await itemOrder(db, meetingId);
  const lastChildItem = rows.findLastIndex((r) => r.child_id !== null);
  const at = lastChildItem === -1 ? rows.length : lastChildItem + 1;
  await db
    .insertInto('meeting_items')
    .values(
      items.map((i, n) => ({
        id: i.id,
        meeting_id: meetingId,
        // Out of the way until the renumbering below puts every item in its place.
        position: -100_000 - n,
        key: i.key,
        title: i.title,
        guidance: i.guidance,
        source: i.source,
        child_id: i.childId,
      })),
    )
    .execute();
  const ids = rows.map((r) => r.id);
  ids.splice(at, 0, ...items.map((i) => i.id));
  await renumber(db, meetingId, ids);
}
