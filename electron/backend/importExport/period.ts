import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { DateTime } from 'luxon';
import { LONDON } from '../../../shared/time/london';

/** A reporting period as the exports filter by it: reported at or after `start`, before `end` (UTC instants). */
export interface Period {
  from: string | null;
  to: string | null;
  start: string | null;
  end: string | null;
  /** For file names: "2025-04-01-to-2026-03-31", "from-2025-04-01", or "all". */
  label: string;
}

const startOfLondonDay = (date: string, plusDays = 0): string =>
  DateTime.fromISO(date, { zone: LONDON }).plus({ days: plusDays }).startOf('day').toUTC().toISO()!;

/** Both days included, in London: "to 31/03/2026" takes in an episode reported at 23:30 that night. */
export function resolvePeriod(p: { from?: string | undefined; to?: string | undefined }): Period {
  const from = p.from ?? null;
  const to = p.to ?? null;
  const label = from && to ? `${from}-to-${to}` : from ? `from-${from}` : to ? `to-${to}` : 'all';
  return {
    from,
    to,
    start: from ? startOfLondonDay(from) : null,
    end: to ? startOfLondonDay(to, 1) : null,
    label,
  };
}

/** The 12 months ending on a day, both ends included: 21/11/2025 to 20/11/2026. */
export function twelveMonthsEnding(to: string): { from: string; to: string } {
  return { from: DateTime.fromISO(to).minus({ months: 12 }).plus({ days: 1 }).toISODate()!, to };
}

/** Today's date in London, YYYY-MM-DD. */
export const londonToday = (now: Date): string => DateTime.fromJSDate(now, { zone: LONDON }).toISODate()!;

/** A period with both ends given. */
export const closedPeriod = (from: string, to: string): Period & { from: string; to: string } => ({
  ...resolvePeriod({ from, to }),
  from,
  to,
});

/** Reported in the period: at or after its start, before its end, either end open when not given. */
export const reportedInPeriod = <DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  reportedAt: Expression<string>,
  p: Period,
): Expression<SqlBool> =>
  eb.and([
    ...(p.start ? [eb(reportedAt, '>=', p.start)] : []),
    ...(p.end ? [eb(reportedAt, '<', p.end)] : []),
  ]);
