import { sql } from 'kysely';
import type { MeetingItem } from '../../../shared/domain/meeting';
import type { BackendContext } from '../context';
import type { Db } from '../db/schema';
import { invalid, notFound } from '../errors';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { auditMeeting, londonToday, requireEditable } from './guard';
import { listItemRows } from './items';
import { listMeetingChildren } from './queries';
import { buildRecord } from './record';
import type { ItemRow } from './rows';

/** The key of an item added during the meeting; several may be added, so it is not unique. */
export const ADDED_ITEM_KEY = 'any-other-business';
/** The template's last item of a section, which an added item goes before. */
const NEXT_MEETING_KEY = 'next-meeting';

/**
 * Where an added item goes in its section: before the section's "next meeting" item when it has one (any other
 * business is taken before the next meeting is fixed), else after the section's last item, else at the end.
 */
export function insertPosition(rows: readonly ItemRow[], childId: string | null): number {
  const section = rows.filter((r) => r.child_id === childId);
  const next = section.find((r) => r.key === NEXT_MEETING_KEY);
  if (next) return next.position;
  const last = section.at(-1);
  return last ? last.position + 1 : rows.length;
}

/**
 * Moves the items from `from` on one place down. UNIQUE (meeting_id, position) is checked row by row on both
 * engines, so the rows step through negative places first (no item is ever stored below 0).
 */
async function makeRoom(db: Db, meetingId: string, from: number): Promise<void> {
  const shifted = db.updateTable('meeting_items').where('meeting_id', '=', meetingId);
  await shifted
    .set({ position: sql<number>`-position - 2` })
    .where('position', '>=', from)
    .execute();
  await shifted
    .set({ position: sql<number>`-position - 1` })
    .where('position', '<', 0)
    .execute();
}

const agenda = async (ctx: BackendContext, meetingId: string): Promise<MeetingItem[]> =>
  (await buildRecord(ctx.db, meetingId, londonToday(ctx))).items;

/**
 * Any other business: an item added while the meeting is held, in the section of the child it is about. Approved
 * minutes are locked (guard, and the trigger of migration 0020).
 */
export async function addAgendaItem(
  ctx: BackendContext,
  p: { meetingId: string; title: string; childId: string | null },
): Promise<MeetingItem[]> {
  return mutation(ctx, async (tx) => {
    await requireEditable(tx, p.meetingId);
    const children = await listMeetingChildren(tx.db, p.meetingId);
    // A one-child meeting's items are all about that child (shared/meetings/agenda.ts).
    const only = children.length === 1 ? (children[0]?.id ?? null) : null;
    const childId = p.childId ?? only;
    if (childId !== null && !children.some((c) => c.id === childId)) {
      throw invalid([{ field: 'childId', message: 'The child is not one this meeting is about.' }]);
    }
    const rows = await listItemRows(tx.db, p.meetingId);
    const position = insertPosition(rows, childId);
    await makeRoom(tx.db, p.meetingId, position);
    await tx.db
      .insertInto('meeting_items')
      .values({
        id: newId(),
        meeting_id: p.meetingId,
        position,
        key: ADDED_ITEM_KEY,
        title: p.title,
        guidance: 'Added during the meeting (any other business).',
        source: '',
        child_id: childId,
      })
      .execute();
    await auditMeeting(tx, 'update', p.meetingId, 'agenda.add');
    tx.changed('meeting_items');
    return agenda(tx, p.meetingId);
  });
}

/**
 * Moves an item one place within its section (a child's items stay under that child's heading). The item keeps its
 * id, so its minutes, decisions, actions and any autosave on its way stay with it.
 */
export async function moveAgendaItem(
  ctx: BackendContext,
  p: { meetingId: string; itemId: string; direction: 'up' | 'down' },
): Promise<MeetingItem[]> {
  return mutation(ctx, async (tx) => {
    await requireEditable(tx, p.meetingId);
    const rows = await listItemRows(tx.db, p.meetingId);
    const index = rows.findIndex((r) => r.id === p.itemId);
    const item = rows[index];
    if (!item) throw notFound('The agenda item');
    const other = rows[index + (p.direction === 'up' ? -1 : 1)];
    if (!other || other.child_id !== item.child_id) {
      throw invalid([
        {
          field: 'direction',
          message: `The item is already ${p.direction === 'up' ? 'first' : 'last'} in its section.`,
        },
      ]);
    }
    const place = (id: string, position: number) =>
      tx.db.updateTable('meeting_items').set({ position }).where('id', '=', id).execute();
    // Through a negative place, as makeRoom does, so the two never share one.
    await place(item.id, -1 - item.position);
    await place(other.id, item.position);
    await place(item.id, other.position);
    await auditMeeting(tx, 'update', p.meetingId, `agenda.move-${p.direction}`);
    tx.changed('meeting_items');
    return agenda(tx, p.meetingId);
  });
}
