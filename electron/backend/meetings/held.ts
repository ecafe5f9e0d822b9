import type { Db } from '../db/schema';
import { heldAt } from './queries';

export interface MeetingHeld {
  kind: string;
  stageLevel: number | null;
  heldAt: string;
}

/** The held meetings (concluded or minutes approved) with their children, oldest first. */
const heldQuery = (db: Db) =>
  db
    .selectFrom('meetings as m')
    .innerJoin('meeting_children as mc', 'mc.meeting_id', 'm.id')
    .select((eb) => ['mc.child_id', 'm.id', 'm.kind', 'm.stage_level', heldAt(eb, 'm').as('held_at')])
    .where('m.status', 'in', ['concluded', 'approved']);

/**
 * The meetings held about a child (concluded or minutes approved), oldest first, in exactly the shape the protocol
 * engine's `evaluateChild` takes as `meetingsHeld`: a held meeting satisfies the requirement that called it, so it
 * drops out of the Due list (shared/protocol parsed.ts isSatisfied).
 */
export async function listMeetingsHeld(db: Db, childId: string): Promise<MeetingHeld[]> {
  const rows = await heldQuery(db)
    .where('mc.child_id', '=', childId)
    .orderBy('held_at')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({ kind: r.kind, stageLevel: r.stage_level, heldAt: r.held_at }));
}

/**
 * The held meetings of one kind about each of some children before an instant, latest first: the pack looks back
 * to them. One query for all the children.
 */
export async function heldMeetingsOfKindBefore(
  db: Db,
  childIds: readonly string[],
  kind: string,
  before: string,
  exceptMeetingId: string,
): Promise<Map<string, Array<{ id: string; heldAt: string }>>> {
  const byChild = new Map<string, Array<{ id: string; heldAt: string }>>();
  for (let i = 0; i < childIds.length; i += 500) {
    const rows = await heldQuery(db)
      .where('mc.child_id', 'in', childIds.slice(i, i + 500))
      .where('m.kind', '=', kind)
      .where('m.id', '<>', exceptMeetingId)
      .where((eb) => eb(heldAt(eb, 'm'), '<', before))
      .orderBy('held_at', 'desc')
      .orderBy('m.id')
      .execute();
    for (const r of rows)
      byChild.set(r.child_id, [...(byChild.get(r.child_id) ?? []), { id: r.id, heldAt: r.held_at }]);
  }
  return byChild;
}

/** Every child's held meetings in one query, for evaluating many children at once (the Due list). */
export async function listMeetingsHeldByChild(db: Db): Promise<Map<string, MeetingHeld[]>> {
  const rows = await heldQuery(db).orderBy('held_at').orderBy('m.id').execute();
  const byChild = new Map<string, MeetingHeld[]>();
  for (const r of rows) {
    const list = byChild.get(r.child_id) ?? [];
    list.push({ kind: r.kind, stageLevel: r.stage_level, heldAt: r.held_at });
    byChild.set(r.child_id, list);
  }
  return byChild;
}

export interface MeetingHeldWithId extends MeetingHeld {
  id: string;
}

/** As listMeetingsHeld, with each meeting's id: the child page links the meeting held for the stage. */
export async function listMeetingsHeldWithIds(db: Db, childId: string): Promise<MeetingHeldWithId[]> {
  const rows = await heldQuery(db)
    .where('mc.child_id', '=', childId)
    .orderBy('held_at')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, stageLevel: r.stage_level, heldAt: r.held_at }));
}
