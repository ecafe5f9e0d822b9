import { civilFromDays } from './civil';
import {
  DAY_MS,
  dayFromIsoDate,
  isIsoDate,
  londonDay,
  londonDayStart,
  londonOffsetMinutes,
  parseInstant,
  weekdayOfDay,
} from './london';

/**
 * Plain-words dates and deadlines, always in Europe/London. Hand-rolled instead of Intl or luxon formatting so a
 * due list of thousands of rows stays cheap.
 */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const FAR_APART_DAYS = 180;

function dayParts(day: number): { year: number; month: string; date: number; weekday: string } {
  const { year, month, day: date } = civilFromDays(day);
  return {
    year,
    month: MONTHS[month - 1] ?? '',
    date,
    weekday: WEEKDAYS[weekdayOfDay(day)] ?? '',
  };
}

const shortDayCache = new Map<number, string>();
const dayCache = new Map<number, string>();

/** "4 Jan" (with the year when it is far from `nearDay`). */
export function formatShortDay(day: number, nearDay?: number): string {
  const withYear = nearDay !== undefined && Math.abs(day - nearDay) > FAR_APART_DAYS;
  if (!withYear) {
    const cached = shortDayCache.get(day);
    if (cached !== undefined) return cached;
  }
  const p = dayParts(day);
  const text = withYear ? `${p.date} ${p.month} ${p.year}` : `${p.date} ${p.month}`;
  if (!withYear) shortDayCache.set(day, text);
  return text;
}

/** "Tue 30 Dec" (with the year when it is far from `nearDay`). */
export function formatDay(day: number, nearDay?: number): string {
  const withYear = nearDay !== undefined && Math.abs(day - nearDay) > FAR_APART_DAYS;
  if (!withYear) {
    const cached = dayCache.get(day);
    if (cached !== undefined) return cached;
  }
  const p = dayParts(day);
  const text = `${p.weekday} ${p.date} ${p.month}${withYear ? ` ${p.year}` : ''}`;
  if (!withYear) dayCache.set(day, text);
  return text;
}

/** "14:30" London time. */
export function formatTime(ms: number): string {
  const wall = ms + londonOffsetMinutes(ms) * 60_000;
  const minutes = Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

/** "14:30 Thu 8 Jan" London time. */
export function formatTimeAndDay(ms: number, nearMs?: number): string {
  return `${formatTime(ms)} ${formatDay(londonDay(ms), nearMs === undefined ? undefined : londonDay(nearMs))}`;
}

/** "45 min", "5 h", "3 days": rounded down, as a chair would say it. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 60) return `${Math.max(1, minutes)} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  const days = Math.floor(hours / 24);
  return `${days} days`;
}

/** The instant a deadline passes: the end of the London day for a date, the instant itself otherwise. */
export function deadlineMs(dueBy: string): number {
  return isIsoDate(dueBy) ? londonDayStart(dayFromIsoDate(dueBy) + 1) : parseInstant(dueBy);
}

/**
 * A deadline in plain words, relative to `asOf`: "due by Tue 30 Dec", "due today, Tue 30 Dec", "overdue by 2 days, was due by Fri 19 Dec",
 * "due by 14:30 Thu 8 Jan", "overdue by 5 h, was due by 05:00 Fri 20 Nov". A null deadline gives `noDeadlineWords` (the protocol's own words).
 */
export function describeDeadline(
  dueBy: string | null,
  asOf: string,
  noDeadlineWords = 'no deadline set',
): string {
  if (dueBy === null) return noDeadlineWords;
  return describeDeadlineMs(dueBy, parseInstant(asOf));
}

export function describeDeadlineMs(dueBy: string, asOfMs: number): string {
  return describeDeadlineAt(deadlineMs(dueBy), isIsoDate(dueBy), asOfMs);
}

/**
 * As describeDeadline, from the instant the deadline passes: for a date deadline (`isDate`), the start of the day
 * after it.
 */
export function describeDeadlineAt(deadlineAt: number, isDate: boolean, asOfMs: number): string {
  const asOfDay = londonDay(asOfMs);
  if (isDate) {
    const dueDay = londonDay(deadlineAt - 1);
    if (asOfDay < dueDay) return `due by ${formatDay(dueDay, asOfDay)}`;
    if (asOfDay === dueDay) return `due today, ${formatDay(dueDay, asOfDay)}`;
    const late = asOfDay - dueDay;
    // The date as well as the lateness: "overdue by 112 days" alone does not say which deadline was missed.
    return `overdue by ${late} ${late === 1 ? 'day' : 'days'}, was due by ${formatDay(dueDay, asOfDay)}`;
  }
  if (asOfMs <= deadlineAt) return `due by ${formatTimeAndDay(deadlineAt, asOfMs)}`;
  return `overdue by ${formatDuration(asOfMs - deadlineAt)}, was due by ${formatTimeAndDay(deadlineAt, asOfMs)}`;
}
