import { sql, type ExpressionBuilder } from 'kysely';
import type {
  Meeting,
  MeetingLink,
  MeetingChild,
  MeetingDetails,
  MeetingKind,
  MeetingStatus,
  MeetingSummary,
} from '../../../shared/domain/meeting';
import type { Engine } from '../db/engine';
import type { Db, EpisodesTable, MeetingsTable } from '../db/schema';
import { rowToMeeting, rowToMeetingChild, type MeetingChildRow } from './rows';

/** The aliases in a query that name a table of type T: a misspelt alias, or one naming another table, does not compile. */
type AliasOf<DB, TB extends keyof DB, T> = { [K in TB]: DB[K] extends T ? K : never }[TB] & string;

/**
 * When a meeting counts as held: when it started, else when it was scheduled. The one place this is written, for
 * every query that needs it (held meetings, the pack, the Meetings list's "recent" order, the board): pass the
 * meetings table's alias, e.g. `heldAt(eb, 'm')`, or `'meetings'` when it has none.
 */
export const heldAt = <DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  alias: AliasOf<DB, TB, MeetingsTable>,
) => eb.fn.coalesce(sql.ref<string | null>(`${alias}.started_at`), sql.ref<string>(`${alias}.scheduled_at`));

/**
 * An episode's police risk as last graded: the latest grading, else the one at report. The one place this is
 * written, for the protocol engine, the Due list, the board and the monthly figures: pass the episodes table's alias.
 */
export const latestGrading = <DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  alias: AliasOf<DB, TB, EpisodesTable>,
) =>
  eb.fn.coalesce(
    sql.ref<string | null>(`${alias}.police_risk_latest`),
    sql.ref<string | null>(`${alias}.police_risk_at_report`),
  );

/** Bound parameters per IN list: well inside both engines' limits. */
const CHUNK = 500;

export interface NewMeeting extends MeetingDetails {
  id: string;
  kind: MeetingKind;
  stageLevel: number | null;
  childIds: readonly string[];
  triggerEpisodeIds: readonly string[];
  at: string;
  by: string;
  previousMeetingId?: string | null;
}

export async function insertMeeting(db: Db, m: NewMeeting): Promise<void> {
  await db
    .insertInto('meetings')
    .values({
      id: m.id,
      kind: m.kind,
      stage_level: m.stageLevel,
      status: 'draft',
      reason: m.reason,
      chair_role: m.chairRole,
      chair_name: m.chairName,
      minute_taker: m.minuteTaker,
      scheduled_at: m.scheduledAt,
      venue: m.venue,
      due_by: m.dueBy,
      next_meeting_at: m.nextMeetingAt,
      created_at: m.at,
      created_by: m.by,
      updated_at: m.at,
      previous_meeting_id: m.previousMeetingId ?? null,
    })
    .execute();
  if (m.childIds.length > 0) {
    await db
      .insertInto('meeting_children')
      .values(m.childIds.map((childId, position) => ({ meeting_id: m.id, child_id: childId, position })))
      .execute();
  }
  const triggers = [...new Set(m.triggerEpisodeIds)];
  if (triggers.length > 0) {
    await db
      .insertInto('meeting_triggers')
      .values(triggers.map((episodeId) => ({ meeting_id: m.id, episode_id: episodeId })))
      .execute();
  }
}

export async function getMeeting(db: Db, id: string): Promise<Meeting | undefined> {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const children = await db
    .selectFrom('meeting_children')
    .select('child_id')
    .where('meeting_id', '=', id)
    .orderBy('position')
    .execute();
  const triggers = await db
    .selectFrom('meeting_triggers')
    .select('episode_id')
    .where('meeting_id', '=', id)
    .orderBy('episode_id')
    .execute();
  return rowToMeeting(
    row,
    children.map((c) => c.child_id),
    triggers.map((t) => t.episode_id),
  );
}

/**
 * The status alone: what every edit checks before it writes (approved minutes are locked). With `lock` on
 * PostgreSQL the meeting's row is held until the transaction ends ('update' for an edit or a move of status,
 * 'share' for the autosave), so an approval cannot land between an edit's check and its write. SQLite needs no
 * lock: Kysely runs its transactions on one connection, one at a time.
 */
export async function getMeetingStatus(
  db: Db,
  id: string,
  lock: { engine: Engine; mode: 'update' | 'share' } | null = null,
): Promise<MeetingStatus | undefined> {
  const row = await db
    .selectFrom('meetings')
    .select('status')
    .where('id', '=', id)
    .$if(lock?.engine === 'postgres' && lock.mode === 'update', (q) => q.forUpdate())
    .$if(lock?.engine === 'postgres' && lock.mode === 'share', (q) => q.forShare())
    .executeTakeFirst();
  return row?.status as MeetingStatus | undefined;
}

const childColumns = [
  'mc.meeting_id',
  'c.id',
  'c.given_name',
  'c.family_name',
  'c.case_reference',
  'c.date_of_birth',
  'c.legal_status',
  'c.placing_authority',
  'c.host_authority',
  'c.allocated_worker',
  'mc.reason',
] as const;

/** The children of some meetings, each meeting's in its own order. */
async function meetingChildRows(db: Db, meetingIds: readonly string[]): Promise<MeetingChildRow[]> {
  const out: MeetingChildRow[] = [];
  for (let i = 0; i < meetingIds.length; i += CHUNK) {
    out.push(
      ...(await db
        .selectFrom('meeting_children as mc')
        .innerJoin('children as c', 'c.id', 'mc.child_id')
        .select(childColumns)
        .where('mc.meeting_id', 'in', meetingIds.slice(i, i + CHUNK))
        .orderBy('mc.meeting_id')
        .orderBy('mc.position')
        .execute()),
    );
  }
  return out;
}

export async function listMeetingChildren(db: Db, meetingId: string): Promise<MeetingChild[]> {
  return (await meetingChildRows(db, [meetingId])).map(rowToMeetingChild);
}

export async function updateMeetingDetails(db: Db, id: string, d: MeetingDetails, at: string): Promise<void> {
  await db
    .updateTable('meetings')
    .set({
      reason: d.reason,
      chair_role: d.chairRole,
      chair_name: d.chairName,
      minute_taker: d.minuteTaker,
      scheduled_at: d.scheduledAt,
      venue: d.venue,
      due_by: d.dueBy,
      next_meeting_at: d.nextMeetingAt,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

/** Moves the status and stamps the moment that goes with it (started, concluded, approved and by whom). */
export async function setMeetingStatus(
  db: Db,
  id: string,
  from: MeetingStatus,
  to: MeetingStatus,
  at: string,
  by: string,
  now: string,
  /** Who approved, as the minutes print them (never a computer account); `by` when not given. */
  approver: { name: string; role: string | null } = { name: by, role: null },
): Promise<void> {
  const stamp =
    to === 'in-progress'
      ? { started_at: at }
      : to === 'concluded'
        ? { concluded_at: at }
        : to === 'approved'
          ? { approved_at: at, approved_by: approver.name, approved_by_role: approver.role }
          : {};
  await db
    .updateTable('meetings')
    .set((eb) => ({ status: to, updated_at: now, ...stamp, revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .execute();
  await db
    .insertInto('meeting_transitions')
    .values({ meeting_id: id, from_status: from, to_status: to, at, by })
    .execute();
}

export async function listTransitions(db: Db, meetingId: string) {
  const rows = await db
    .selectFrom('meeting_transitions')
    .select(['from_status', 'to_status', 'at', 'by'])
    .where('meeting_id', '=', meetingId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    from: r.from_status as MeetingStatus,
    to: r.to_status as MeetingStatus,
    at: r.at,
    by: r.by,
  }));
}

/** The orders the meeting lists offer: a closed set, each one typed builder calls (never SQL text). */
export type SummaryOrder = 'scheduled' | 'scheduled-latest-first' | 'held-latest-first';

export interface SummaryQuery {
  /** Only meetings in these states; absent, every state. */
  statuses?: readonly MeetingStatus[];
  kind?: MeetingKind | null;
  /** Only the meetings about this child. */
  childId?: string;
  order: SummaryOrder;
  limit: number;
}

/** Meetings for the lists, each with its children's names (one query for the meetings, one for their children). */
export async function listMeetingSummaries(db: Db, q: SummaryQuery): Promise<MeetingSummary[]> {
  const { statuses, kind, childId } = q;
  const rows = await db
    .selectFrom('meetings as m')
    .selectAll('m')
    .$if(statuses !== undefined, (qb) => qb.where('m.status', 'in', statuses ?? []))
    .$if(!!kind, (qb) => qb.where('m.kind', '=', kind ?? ''))
    .$if(childId !== undefined, (qb) =>
      qb.where('m.id', 'in', (eb) =>
        eb
          .selectFrom('meeting_children')
          .select('meeting_id')
          .where('child_id', '=', childId ?? ''),
      ),
    )
    .$if(q.order === 'scheduled', (qb) => qb.orderBy('m.scheduled_at'))
    .$if(q.order === 'scheduled-latest-first', (qb) => qb.orderBy('m.scheduled_at', 'desc'))
    .$if(q.order === 'held-latest-first', (qb) => qb.orderBy((eb) => heldAt(eb, 'm'), 'desc'))
    .orderBy('m.id')
    .limit(q.limit)
    .execute();
  if (rows.length === 0) return [];
  const children = await meetingChildRows(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as MeetingKind,
    stageLevel: r.stage_level,
    status: r.status as MeetingStatus,
    scheduledAt: r.scheduled_at,
    startedAt: r.started_at,
    concludedAt: r.concluded_at,
    venue: r.venue,
    chairRole: r.chair_role,
    chairName: r.chair_name,
    dueBy: r.due_by,
    children: children
      .filter((c) => c.meeting_id === r.id)
      .map((c) => ({
        id: c.id,
        givenName: c.given_name,
        familyName: c.family_name,
        caseReference: c.case_reference,
      })),
  }));
}

const LINK_COLUMNS = ['id', 'kind', 'status', 'scheduled_at', 'venue'] as const;
type LinkRow = Pick<MeetingsTable, (typeof LINK_COLUMNS)[number]>;
const toLink = (r: LinkRow): MeetingLink => ({
  id: r.id,
  kind: r.kind as MeetingKind,
  status: r.status as MeetingStatus,
  scheduledAt: r.scheduled_at,
  venue: r.venue,
});

/** The meeting this one was arranged from and the one arranged from it (migration 0020), each or null. */
export async function getMeetingLinks(
  db: Db,
  meetingId: string,
): Promise<{ previousMeeting: MeetingLink | null; nextMeeting: MeetingLink | null }> {
  const previous = await db
    .selectFrom('meetings as m')
    .innerJoin('meetings as p', 'p.id', 'm.previous_meeting_id')
    .select(LINK_COLUMNS.map((c) => `p.${c}` as const))
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
  const next = await db
    .selectFrom('meetings')
    .select(LINK_COLUMNS)
    .where('previous_meeting_id', '=', meetingId)
    .executeTakeFirst();
  return { previousMeeting: previous ? toLink(previous) : null, nextMeeting: next ? toLink(next) : null };
}
