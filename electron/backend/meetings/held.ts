import type Database from 'better-sqlite3';

/** When a meeting counts as held: when it started, else when it was scheduled. */
const HELD_AT = 'coalesce(m.started_at, m.scheduled_at)';

/**
 * The meetings held about a child (concluded or minutes approved), oldest first, in exactly the shape the protocol
 * engine's `evaluateChild` takes as `meetingsHeld`: a held meeting satisfies the requirement that called it, so it
 * drops out of the Due list (shared/protocol parsed.ts isSatisfied).
 */
export function listMeetingsHeld(
  db: Database.Database,
  childId: string,
): Array<{ kind: string; stageLevel: number | null; heldAt: string }> {
  return db
    .prepare(
      `SELECT m.kind, m.stage_level AS stageLevel, ${HELD_AT} AS heldAt
         FROM meetings m JOIN meeting_children mc ON mc.meeting_id = m.id
        WHERE mc.child_id = ? AND m.status IN ('concluded', 'approved')
        ORDER BY heldAt, m.id`,
    )
    .all(childId) as Array<{ kind: string; stageLevel: number | null; heldAt: string }>;
}

/** The held meetings of one kind about a child before an instant, latest first: the pack looks back to them. */
export function heldMeetingsOfKindBefore(
  db: Database.Database,
  childId: string,
  kind: string,
  before: string,
  exceptMeetingId: string,
): Array<{ id: string; heldAt: string }> {
  return db
    .prepare(
      `SELECT m.id, ${HELD_AT} AS heldAt
         FROM meetings m JOIN meeting_children mc ON mc.meeting_id = m.id
        WHERE mc.child_id = ? AND m.kind = ? AND m.status IN ('concluded', 'approved') AND m.id <> ?
          AND ${HELD_AT} < ?
        ORDER BY heldAt DESC`,
    )
    .all(childId, kind, exceptMeetingId, before) as Array<{ id: string; heldAt: string }>;
}

/** Every child's held meetings in one query, for evaluating many children at once (the Due list). */
export function listMeetingsHeldByChild(
  db: Database.Database,
): Map<string, Array<{ kind: string; stageLevel: number | null; heldAt: string }>> {
  const rows = db
    .prepare(
      `SELECT mc.child_id AS childId, m.kind, m.stage_level AS stageLevel, ${HELD_AT} AS heldAt
         FROM meetings m JOIN meeting_children mc ON mc.meeting_id = m.id
        WHERE m.status IN ('concluded', 'approved')
        ORDER BY heldAt, m.id`,
    )
    .all() as Array<{ childId: string; kind: string; stageLevel: number | null; heldAt: string }>;
  const byChild = new Map<string, Array<{ kind: string; stageLevel: number | null; heldAt: string }>>();
  for (const { childId, ...held } of rows) byChild.set(childId, [...(byChild.get(childId) ?? []), held]);
  return byChild;
}
