import { DateTime } from 'luxon';
import { LONDON } from '../../../shared/time/london';

/** A London calendar month: from London midnight on the 1st to London midnight on the 1st of the next. */
export interface LondonMonth {
  month: string;
  /** "November 2026". */
  label: string;
  /** Stored-instant form (UTC, milliseconds), so it compares with the database's text as time. */
  start: string;
  end: string;
}

const firstOf = (month: string): DateTime => {
  const [year, m] = month.split('-').map(Number);
  return DateTime.fromObject({ year: year ?? 0, month: m ?? 1, day: 1 }, { zone: LONDON });
};

const stored = (dt: DateTime): string => dt.toUTC().toJSDate().toISOString();

// Fixed names rather than Intl, as the Word exports do: a document must print the same wherever it is built.
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function londonMonth(month: string): LondonMonth {
  const start = firstOf(month);
  return {
    month,
    label: `${MONTH_NAMES[start.month - 1] ?? ''} ${start.year}`,
    start: stored(start),
    end: stored(start.plus({ months: 1 })),
  };
}

/** The London month an instant falls in, `YYYY-MM`. */
export const monthOf = (at: Date): string => DateTime.fromJSDate(at, { zone: LONDON }).toFormat('yyyy-MM');

/** The month `n` months after (or before, when negative) a month. */
export const shiftMonth = (month: string, n: number): string =>
  firstOf(month).plus({ months: n }).toFormat('yyyy-MM');

/** The `count` months ending with `month`, oldest first. */
export const monthsEnding = (month: string, count: number): LondonMonth[] =>
  Array.from({ length: count }, (_, i) => londonMonth(shiftMonth(month, i - count + 1)));

/** A count as a share of a denominator, to one decimal place; null when there is nothing to divide by. */
export const percentOf = (count: number, denominator: number): number | null =>
  denominator === 0 ? null : Math.round((count * 1000) / denominator) / 10;

export const share = (count: number, denominator: number) => ({
  count,
  percent: percentOf(count, denominator),
});
