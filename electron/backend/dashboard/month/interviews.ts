import type { InterviewRowKey, MonthDashboard } from '../../../../shared/api/dashboard';
import type { BackendContext } from '../../context';
import { share, type LondonMonth } from '../months';

/** Every shipped profile gives 72 hours from the return (W-CP 7.0, WG 9, ST 13.9). */
export const INTERVIEW_HOURS = 72;

/** SQL: the return interview was held within 72 hours of the return, in elapsed time. */
export const HELD_WITHIN_72 = `ri_held_at IS NOT NULL
  AND ri_held_at <= strftime('%Y-%m-%dT%H:%M:%fZ', found_at, '+${INTERVIEW_HOURS} hours')`;

/** SQL: nothing more to do about the interview: held, declined or not engaged with (as the protocol engine reads it). */
export const INTERVIEW_DONE_WITH = `(ri_held_at IS NOT NULL OR coalesce(ri_outcome, '') IN ('declined', 'not-engaged'))`;

const LABELS: Record<InterviewRowKey, string> = {
  offered: 'Offered',
  accepted: 'Accepted',
  held: 'Held',
  'held-within-72-hours': 'Held within 72 hours of the return',
  declined: 'Declined',
  'not-engaged': 'Not engaged',
  'not-offered': 'Not offered (reason recorded)',
  'no-outcome': 'No outcome recorded yet',
  outstanding: 'Outstanding: 72 hours passed, not held, declined or not engaged',
  'not-yet-due': 'Not yet held, still within the 72 hours',
};

const ORDER = Object.keys(LABELS) as InterviewRowKey[];

/**
 * Return interviews after the episodes that ended in the month (the denominator: every figure is a share of it).
 * Held, declined, not engaged, outstanding and not yet due add up to the episodes returned.
 */
export function returnInterviews(
  ctx: BackendContext,
  m: LondonMonth,
  now: string,
): MonthDashboard['returnInterviews'] {
  const cutoff = new Date(new Date(now).getTime() - INTERVIEW_HOURS * 3_600_000).toISOString();
  const row = ctx.db
    .prepare(
      `SELECT count(*) AS returned,
              coalesce(sum(coalesce(ri_outcome, '') IN ('accepted', 'declined', 'not-engaged')
                OR (ri_outcome IS NULL AND (ri_offered_at IS NOT NULL OR ri_held_at IS NOT NULL))), 0) AS offered,
              coalesce(sum(ri_outcome = 'accepted'), 0) AS accepted,
              coalesce(sum(ri_held_at IS NOT NULL), 0) AS held,
              coalesce(sum(${HELD_WITHIN_72}), 0) AS "held-within-72-hours",
              coalesce(sum(ri_outcome = 'declined' AND ri_held_at IS NULL), 0) AS declined,
              coalesce(sum(ri_outcome = 'not-engaged' AND ri_held_at IS NULL), 0) AS "not-engaged",
              coalesce(sum(ri_outcome = 'not-offered'), 0) AS "not-offered",
              coalesce(sum(ri_outcome IS NULL), 0) AS "no-outcome",
              coalesce(sum(NOT ${INTERVIEW_DONE_WITH} AND found_at < @cutoff), 0) AS outstanding,
              coalesce(sum(NOT ${INTERVIEW_DONE_WITH} AND found_at >= @cutoff), 0) AS "not-yet-due"
         FROM episodes WHERE found_at >= @start AND found_at < @end`,
    )
    .get({ start: m.start, end: m.end, cutoff }) as Record<InterviewRowKey | 'returned', number>;
  return {
    returned: row.returned,
    rows: ORDER.map((key) => ({ key, label: LABELS[key], ...share(row[key], row.returned) })),
  };
}
