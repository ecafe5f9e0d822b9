import type { BoardActionOverdue, BoardHighRisk, BoardMissingNow } from '../../../shared/api/dashboard';
import type { BackendContext } from '../context';
import { listActions } from '../meetings/actions';
import { londonToday } from '../meetings/guard';

/** The latest police grading, else the grading at report (ST 6), as the protocol engine reads it. */
const RISK = 'coalesce(e.police_risk_latest, e.police_risk_at_report)';
const CHILD = `c.id AS childId, c.given_name || ' ' || c.family_name AS childName, c.case_reference AS caseReference`;

/** Children missing now: open episodes, the longest missing first. */
export function missingNow(ctx: BackendContext, now: string): BoardMissingNow[] {
  return ctx.db
    .prepare(
      `SELECT ${CHILD}, e.id AS episodeId, e.category, e.reported_at AS reportedAt, ${RISK} AS policeRisk
         FROM episodes e JOIN children c ON c.id = e.child_id
        WHERE e.found_at IS NULL AND e.reported_at <= ?
        ORDER BY e.reported_at, c.family_name, c.given_name`,
    )
    .all(now) as BoardMissingNow[];
}

/**
 * High-risk children (W-KC): graded high on an episode open at some time since `since` (missing now, or found in
 * the last 24 hours); the child's latest such episode.
 */
export function highRisk(ctx: BackendContext, now: string, since: string): BoardHighRisk[] {
  return ctx.db
    .prepare(
      `SELECT ${CHILD}, e.id AS episodeId, e.reported_at AS reportedAt, e.found_at AS foundAt
         FROM episodes e JOIN children c ON c.id = e.child_id
        WHERE ${RISK} = 'high' AND e.reported_at <= @now AND (e.found_at IS NULL OR e.found_at >= @since)
          AND NOT EXISTS (
            SELECT 1 FROM episodes later
             WHERE later.child_id = e.child_id AND later.reported_at > e.reported_at AND later.reported_at <= @now
               AND coalesce(later.police_risk_latest, later.police_risk_at_report) = 'high'
               AND (later.found_at IS NULL OR later.found_at >= @since))
        ORDER BY e.found_at IS NOT NULL, e.reported_at, c.family_name, c.given_name`,
    )
    .all({ now, since }) as BoardHighRisk[];
}

/** The last Daily Review held: the board's "since the last Daily Review" starts there. */
export function lastDailyReview(
  ctx: BackendContext,
  now: string,
): { meetingId: string; heldAt: string } | null {
  const row = ctx.db
    .prepare(
      `SELECT id AS meetingId, coalesce(started_at, scheduled_at) AS heldAt FROM meetings
        WHERE kind = 'daily-review' AND status IN ('concluded', 'approved') AND coalesce(started_at, scheduled_at) <= ?
        ORDER BY heldAt DESC, id LIMIT 1`,
    )
    .get(now) as { meetingId: string; heldAt: string } | undefined;
  return row ?? null;
}

/** Open actions due before today in London, as `actions.list({ overdue: true })` gives them, with their child. */
export function actionsOverdue(ctx: BackendContext): BoardActionOverdue[] {
  const today = londonToday(ctx);
  const actions = listActions(ctx.db, { status: 'open', overdueBefore: today, limit: 500 }, today);
  const childOf = ctx.db.prepare(
    `SELECT id AS childId, given_name || ' ' || family_name AS childName, case_reference AS caseReference
       FROM children WHERE id = ?`,
  );
  return actions.map((a) => ({
    actionId: a.id,
    meetingId: a.meetingId,
    meetingKind: a.meetingKind,
    child: a.childId ? ((childOf.get(a.childId) as BoardActionOverdue['child'] | undefined) ?? null) : null,
    what: a.what,
    owner: a.owner,
    agency: a.agency,
    dueOn: a.dueOn ?? today,
  }));
}
