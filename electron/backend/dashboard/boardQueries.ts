import type {
  BoardActionOverdue,
  BoardHighRisk,
  BoardMissingNow,
  DailyReviewBoard,
} from '../../../shared/api/dashboard';
import type { MeetingStatus } from '../../../shared/domain/meeting';
import type { EpisodeCategory, PoliceRisk } from '../../../shared/domain/episode';
import type { BackendContext } from '../context';
import { sql } from 'kysely';
import type { Db } from '../db/schema';
import { listActions } from '../meetings/actions';
import { londonToday } from '../meetings/guard';

/** Ids per `IN (...)`: well inside both engines' limits on bound parameters. */
const IN_CHUNK = 500;

const childName = (c: { given_name: string; family_name: string }) => `${c.given_name} ${c.family_name}`;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The longest missing first, then by name: as SQL's ORDER BY would, on text that compares as stored. */
const byReportedThenName = (
  a: { reported_at: string; family_name: string; given_name: string },
  b: { reported_at: string; family_name: string; given_name: string },
) =>
  compare(a.reported_at, b.reported_at) ||
  compare(a.family_name, b.family_name) ||
  compare(a.given_name, b.given_name);

// The board's reads filter and sort open and recent episodes in TypeScript rather than in SQL. A condition or an
// ORDER BY on reported_at makes SQLite walk that index and look nearly every row up again, which on 100,000
// episodes costs seconds where one pass over the table (or the open-episodes index) costs milliseconds; the rows
// that come back are a few hundred.

/** Children missing now: open episodes, the longest missing first. */
export async function missingNow(ctx: BackendContext, now: string): Promise<BoardMissingNow[]> {
  const rows = await ctx.db
    .selectFrom('episodes as e')
    .innerJoin('children as c', 'c.id', 'e.child_id')
    .select((eb) => [
      'c.id',
      'c.given_name',
      'c.family_name',
      'c.case_reference',
      'e.id as episodeId',
      'e.category',
      'e.reported_at',
      // The latest police grading, else the grading at report (ST 6), as the protocol engine reads it.
      eb.fn.coalesce('e.police_risk_latest', 'e.police_risk_at_report').as('policeRisk'),
    ])
    .where('e.found_at', 'is', null)
    .execute();
  return rows
    .filter((r) => r.reported_at <= now)
    .sort(byReportedThenName)
    .map((r) => ({
      childId: r.id,
      childName: childName(r),
      caseReference: r.case_reference,
      episodeId: r.episodeId,
      category: r.category as EpisodeCategory,
      reportedAt: r.reported_at,
      policeRisk: r.policeRisk as PoliceRisk | null,
    }));
}

/**
 * High-risk children (W-KC): graded high on an episode open at some time since `since` (missing now, or found in
 * the last 24 hours); the child's latest such episode.
 */
export async function highRisk(ctx: BackendContext, now: string, since: string): Promise<BoardHighRisk[]> {
  // Graded high and open or found since `since`: the partial index of high-graded episodes by found_at (migration
  // 0024), a few rows, where this was a pass over the whole table. 'high' is a literal so that both engines see
  // the index's own condition in the query (a bound parameter hides it from SQLite).
  const rows = await ctx.db
    .selectFrom('episodes as e')
    .innerJoin('children as c', 'c.id', 'e.child_id')
    .select([
      'c.id',
      'c.given_name',
      'c.family_name',
      'c.case_reference',
      'e.id as episodeId',
      'e.reported_at',
      'e.found_at',
    ])
    .where((eb) =>
      eb.and([
        eb.or([eb('e.found_at', 'is', null), eb('e.found_at', '>=', since)]),
        eb(eb.fn.coalesce('e.police_risk_latest', 'e.police_risk_at_report'), '=', sql.lit('high')),
      ]),
    )
    .execute();
  // The child's latest such episode reported by now: no other of them reported later (a tie keeps both).
  const reported = rows.filter((r) => r.reported_at <= now);
  const latest = new Map<string, string>();
  for (const r of reported) if ((latest.get(r.id) ?? '') < r.reported_at) latest.set(r.id, r.reported_at);
  return (
    reported
      .filter((r) => r.reported_at === latest.get(r.id))
      // Missing now before found since: the children still out come first.
      .sort((a, b) => Number(a.found_at !== null) - Number(b.found_at !== null) || byReportedThenName(a, b))
      .map((r) => ({
        childId: r.id,
        childName: childName(r),
        caseReference: r.case_reference,
        episodeId: r.episodeId,
        reportedAt: r.reported_at,
        foundAt: r.found_at,
      }))
  );
}

/** The last Daily Review held: the board's "since the last Daily Review" starts there. */
export async function lastDailyReview(
  ctx: BackendContext,
  now: string,
): Promise<{ meetingId: string; heldAt: string } | null> {
  const row = await ctx.db
    .selectFrom('meetings')
    .select((eb) => ['id as meetingId', eb.fn.coalesce('started_at', 'scheduled_at').as('heldAt')])
    .where('kind', '=', 'daily-review')
    .where('status', 'in', ['concluded', 'approved'])
    .where((eb) => eb(eb.fn.coalesce('started_at', 'scheduled_at'), '<=', now))
    .orderBy('heldAt', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/** Names and case references of children, by id: one query per 500 children, never one per row. */
export async function childLabels(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, NonNullable<BoardActionOverdue['child']>>> {
  const unique = [...new Set(ids)];
  const labels = new Map<string, NonNullable<BoardActionOverdue['child']>>();
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    const rows = await db
      .selectFrom('children')
      .select(['id', 'given_name', 'family_name', 'case_reference'])
      .where('id', 'in', unique.slice(i, i + IN_CHUNK))
      .execute();
    for (const r of rows)
      labels.set(r.id, { childId: r.id, childName: childName(r), caseReference: r.case_reference });
  }
  return labels;
}

/** Open actions due before today in London, as `actions.list({ overdue: true })` gives them, with their child. */
export async function actionsOverdue(ctx: BackendContext): Promise<BoardActionOverdue[]> {
  const today = londonToday(ctx);
  const actions = await listActions(ctx.db, { status: 'open', overdueBefore: today, limit: 500 }, today);
  const children = await childLabels(
    ctx.db,
    actions.flatMap((a) => (a.childId ? [a.childId] : [])),
  );
  return actions.map((a) => ({
    actionId: a.id,
    meetingId: a.meetingId,
    meetingKind: a.meetingKind,
    child: a.childId ? (children.get(a.childId) ?? null) : null,
    what: a.what,
    owner: a.owner,
    agency: a.agency,
    dueOn: a.dueOn ?? today,
  }));
}

/**
 * Today's Daily Review, whatever its status: the one a start made for this London day (review_day) or one scheduled
 * today, the latest first. The board says it has been started or held, so nobody starts the morning twice.
 */
export async function todaysDailyReview(
  ctx: BackendContext,
  dayStartUtc: string,
  dayEndUtc: string,
): Promise<DailyReviewBoard['todaysReview']> {
  const day = londonToday(ctx);
  const row = await ctx.db
    .selectFrom('meetings')
    .select(['id', 'status', 'scheduled_at', 'started_at', 'concluded_at'])
    .where('kind', '=', 'daily-review')
    .where((eb) =>
      eb.or([
        eb('review_day', '=', day),
        eb.and([eb('scheduled_at', '>=', dayStartUtc), eb('scheduled_at', '<', dayEndUtc)]),
      ]),
    )
    .orderBy('scheduled_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    meetingId: row.id,
    status: row.status as MeetingStatus,
    scheduledAt: row.scheduled_at,
    startedAt: row.started_at,
    concludedAt: row.concluded_at,
  };
}
