import { formatUkDate, parseUkDateTime } from '../../../../shared/time/london';

/** Month arithmetic in London wall-clock time, so ticks fall on local midnights across clock changes. */

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

interface YearMonth {
  year: number;
  /** 1-12 */
  month: number;
}

export function londonYearMonth(atMs: number): YearMonth {
  const [, mm, yyyy] = formatUkDate(new Date(atMs).toISOString()).split('/');
  return { year: Number(yyyy), month: Number(mm) };
}

const addMonths = ({ year, month }: YearMonth, n: number): YearMonth => {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

export function monthStartMs({ year, month }: YearMonth): number {
  const parsed = parseUkDateTime(`01/${String(month).padStart(2, '0')}/${year} 00:00`);
  // Midnight on the 1st always exists in London (the clocks change at 01:00), so this cannot fail in practice.
  return parsed.ok ? new Date(parsed.iso).getTime() : Date.UTC(year, month - 1, 1);
}

/** "Jan 26": a tick label. */
export const shortMonthLabel = ({ year, month }: YearMonth): string =>
  `${MONTH_NAMES[month - 1] ?? ''} ${String(year).slice(-2)}`;

/** "Jan 2026": for the chart's summary. */
export const monthYearLabel = (atMs: number): string => {
  const { year, month } = londonYearMonth(atMs);
  return `${MONTH_NAMES[month - 1] ?? ''} ${year}`;
};

/** At least the last 18 months, or back to the first episode when that is earlier, starting on a month. */
export function chartDomain(firstEpisodeMs: number | null, nowMs: number): { start: number; end: number } {
  const eighteenMonthsAgo = monthStartMs(addMonths(londonYearMonth(nowMs), -18));
  const earliest = firstEpisodeMs === null ? eighteenMonthsAgo : Math.min(firstEpisodeMs, eighteenMonthsAgo);
  return { start: monthStartMs(londonYearMonth(earliest)), end: nowMs };
}

export interface MonthTick {
  at: number;
  label: string;
  /** January: drawn a little stronger so the years read at a glance. */
  yearStart: boolean;
  labelled: boolean;
}

/** A tick on the 1st of every month; labels thinned out so they never collide. */
export function monthTicks(start: number, end: number, pxPerMs: number): MonthTick[] {
  const months: Array<{ at: number; ym: YearMonth }> = [];
  for (let ym = londonYearMonth(start); ; ym = addMonths(ym, 1)) {
    const at = monthStartMs(ym);
    if (at > end) break;
    if (at >= start) months.push({ at, ym });
  }
  const pxPerMonth = 30.4 * 86_400_000 * pxPerMs;
  const step = [1, 2, 3, 6, 12].find((s) => s * pxPerMonth >= 52) ?? 12;
  return months.map(({ at, ym }) => ({
    at,
    label: shortMonthLabel(ym),
    yearStart: ym.month === 1,
    labelled: (ym.month - 1) % step === 0,
  }));
}
