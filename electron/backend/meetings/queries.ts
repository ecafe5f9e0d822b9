import type Database from 'better-sqlite3';
import type {
  Meeting,
  MeetingChild,
  MeetingDetails,
  MeetingKind,
  MeetingStatus,
  MeetingSummary,
} from '../../../shared/domain/meeting';
import { rowToMeeting, rowToMeetingChild, type MeetingChildRow, type MeetingRow } from './rows';

export interface NewMeeting extends MeetingDetails {
  id: string;
  kind: MeetingKind;
  stageLevel: number | null;
  childIds: readonly string[];
  triggerEpisodeIds: readonly string[];
  at: string;
  by: string;
}

export function insertMeeting(db: Database.Database, m: NewMeeting): void {
  db.prepare(
    `INSERT INTO meetings (id, kind, stage_level, status, reason, chair_role, chair_name, minute_taker, scheduled_at,
       venue, due_by, next_meeting_at, created_at, created_by, updated_at)
     VALUES (@id, @kind, @stageLevel, 'draft', @reason, @chairRole, @chairName, @minuteTaker, @scheduledAt,
       @venue, @dueBy, @nextMeetingAt, @at, @by, @at)`,
  ).run({
    id: m.id,
    kind: m.kind,
    stageLevel: m.stageLevel,
    reason: m.reason,
    chairRole: m.chairRole,
    chairName: m.chairName,
    minuteTaker: m.minuteTaker,
    scheduledAt: m.scheduledAt,
    venue: m.venue,
    dueBy: m.dueBy,
    nextMeetingAt: m.nextMeetingAt,
    at: m.at,
    by: m.by,
  });
  const child = db.prepare('INSERT INTO meeting_children (meeting_id, child_id, position) VALUES (?, ?, ?)');
  m.childIds.forEach((childId, i) => child.run(m.id, childId, i));
  const trigger = db.prepare('INSERT INTO meeting_triggers (meeting_id, episode_id) VALUES (?, ?)');
  for (const episodeId of new Set(m.triggerEpisodeIds)) trigger.run(m.id, episodeId);
}

export function getMeeting(db: Database.Database, id: string): Meeting | undefined {
  const row = db.prepare('SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  if (!row) return undefined;
  const childIds = db
    .prepare('SELECT child_id FROM meeting_children WHERE meeting_id = ? ORDER BY position')
    .pluck()
    .all(id) as string[];
  const triggers = db
    .prepare('SELECT episode_id FROM meeting_triggers WHERE meeting_id = ? ORDER BY episode_id')
    .pluck()
    .all(id) as string[];
  return rowToMeeting(row, childIds, triggers);
}

/** The status alone: what every edit checks before it writes (approved minutes are locked). */
export function getMeetingStatus(db: Database.Database, id: string): MeetingStatus | undefined {
  return db.prepare('SELECT status FROM meetings WHERE id = ?').pluck().get(id) as MeetingStatus | undefined;
}

const CHILD_COLUMNS = `mc.meeting_id, c.id, c.given_name, c.family_name, c.case_reference, c.date_of_birth,
  c.legal_status, c.placing_authority, c.host_authority, c.allocated_worker`;

export function listMeetingChildren(db: Database.Database, meetingId: string): MeetingChild[] {
  return (
    db
      .prepare(
        `SELECT ${CHILD_COLUMNS} FROM meeting_children mc JOIN children c ON c.id = mc.child_id
          WHERE mc.meeting_id = ? ORDER BY mc.position`,
      )
      .all(meetingId) as MeetingChildRow[]
  ).map(rowToMeetingChild);
}

export function updateMeetingDetails(db: Database.Database, id: string, d: MeetingDetails, at: string): void {
  db.prepare(
    `UPDATE meetings SET reason = @reason, chair_role = @chairRole, chair_name = @chairName,
       minute_taker = @minuteTaker, scheduled_at = @scheduledAt, venue = @venue, due_by = @dueBy,
       next_meeting_at = @nextMeetingAt, updated_at = @at
     WHERE id = @id`,
  ).run({ ...d, id, at });
}

/** Moves the status and stamps the moment that goes with it (started, concluded, approved and by whom). */
export function setMeetingStatus(
  db: Database.Database,
  id: string,
  from: MeetingStatus,
  to: MeetingStatus,
  at: string,
  by: string,
  now: string,
): void {
  const stamp =
    to === 'in-progress'
      ? ', started_at = @at'
      : to === 'concluded'
        ? ', concluded_at = @at'
        : to === 'approved'
          ? ', approved_at = @at, approved_by = @by'
          : '';
  db.prepare(`UPDATE meetings SET status = @to, updated_at = @now${stamp} WHERE id = @id`).run({
    id,
    to,
    at,
    by,
    now,
  });
  db.prepare(
    'INSERT INTO meeting_transitions (meeting_id, from_status, to_status, at, by) VALUES (?, ?, ?, ?, ?)',
  ).run(id, from, to, at, by);
}

export function listTransitions(db: Database.Database, meetingId: string) {
  return db
    .prepare(
      'SELECT from_status AS "from", to_status AS "to", at, by FROM meeting_transitions WHERE meeting_id = ? ORDER BY id',
    )
    .all(meetingId) as Array<{ from: MeetingStatus; to: MeetingStatus; at: string; by: string }>;
}

export interface SummaryQuery {
  where: string[];
  params: Record<string, string | number>;
  order: string;
  limit: number;
}

/** Meetings for the lists, each with its children's names (one query for the meetings, one for their children). */
export function listMeetingSummaries(db: Database.Database, q: SummaryQuery): MeetingSummary[] {
  const rows = db
    .prepare(
      `SELECT m.* FROM meetings m ${q.where.length ? `WHERE ${q.where.join(' AND ')}` : ''}
        ORDER BY ${q.order} LIMIT @limit`,
    )
    .all({ ...q.params, limit: q.limit }) as MeetingRow[];
  if (rows.length === 0) return [];
  const children = db
    .prepare(
      `SELECT ${CHILD_COLUMNS} FROM meeting_children mc JOIN children c ON c.id = mc.child_id
        WHERE mc.meeting_id IN (SELECT value FROM json_each(?)) ORDER BY mc.position`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as MeetingChildRow[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as MeetingKind,
    stageLevel: r.stage_level,
    status: r.status as MeetingStatus,
    scheduledAt: r.scheduled_at,
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
