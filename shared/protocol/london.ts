import { DateTime } from 'luxon';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatIsoInstant,
  parseIsoDateToDays,
  parseIsoInstantFast,
} from './civil';

/**
 * Europe/London calendar arithmetic on epoch milliseconds. Every protocol in this folder is English, so deadlines,
 * windows and "working days" are read on the London calendar. Luxon is the source of truth for the zone's offsets,
 * but it is asked once per UTC day (cached), so evaluating 100,000 episodes does not build 100,000 DateTimes.
 */
export const LONDON = 'Europe/London';
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** A UTC day's London offset: one number, or the change that happens inside that day (at most one for London). */
type DayOffset = number | { at: number; before: number; after: number };

const offsetCache = new Map<number, DayOffset>();

const luxonOffsetMinutes = (ms: number): number => DateTime.fromMillis(ms, { zone: LONDON }).offset;

function offsetsForUtcDay(utcDay: number): DayOffset {
  const start = utcDay * DAY_MS;
  const first = luxonOffsetMinutes(start);
  const last = luxonOffsetMinutes(start + DAY_MS - 1);
  if (first === last) return first;
  // Clock change inside this day: find its minute by bisection (twice a year, then cached).
  let lo = 0;
  let hi = 1439;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (luxonOffsetMinutes(start + mid * 60_000) === first) lo = mid;
    else hi = mid;
  }
  return { at: start + hi * 60_000, before: first, after: last };
}

/** London's offset from UTC, in minutes, at an instant (0 in winter, 60 in summer). */
export function londonOffsetMinutes(ms: number): number {
  const utcDay = Math.floor(ms / DAY_MS);
  let info = offsetCache.get(utcDay);
  if (info === undefined) {
    info = offsetsForUtcDay(utcDay);
    offsetCache.set(utcDay, info);
  }
  if (typeof info === 'number') return info;
  return ms < info.at ? info.before : info.after;
}

/** The instant as London wall-clock time, expressed as if it were UTC millis (for calendar arithmetic). */
const toWall = (ms: number): number => ms + londonOffsetMinutes(ms) * 60_000;

/**
 * The instant for a London wall-clock time (given as UTC-style millis), trying `guessOffset` first. As luxon does:
 * a time that happens twice (October) keeps the guessed offset where it fits, and a time that does not exist (the
 * hour skipped in March) moves forward by the gap.
 */
export function fromWall(wall: number, guessOffset = londonOffsetMinutes(wall)): number {
  let utc = wall - guessOffset * 60_000;
  const second = londonOffsetMinutes(utc);
  if (second === guessOffset) return utc;
  utc -= (second - guessOffset) * 60_000;
  const third = londonOffsetMinutes(utc);
  if (third === second) return utc;
  return wall - Math.min(second, third) * 60_000;
}

/** The London calendar day of an instant, as days since 1970-01-01. */
export function londonDay(ms: number): number {
  return Math.floor(toWall(ms) / DAY_MS);
}

/** The instant London's calendar day starts (midnight is never inside a UK clock change, which happens at 01:00 UTC). */
export function londonDayStart(day: number): number {
  return day * DAY_MS - londonOffsetMinutes(day * DAY_MS - HOUR_MS) * 60_000;
}

/** Add calendar days in London wall-clock time: 09:00 stays 09:00 across a clock change. */
export function plusLondonDays(ms: number, days: number): number {
  const offset = londonOffsetMinutes(ms);
  return fromWall(ms + offset * 60_000 + days * DAY_MS, offset);
}

/** Add calendar months in London wall-clock time; the 31st becomes the month's last day where it has no 31st. */
export function plusLondonMonths(ms: number, months: number): number {
  const offset = londonOffsetMinutes(ms);
  const wall = ms + offset * 60_000;
  const wallDay = Math.floor(wall / DAY_MS);
  const { year, month, day } = civilFromDays(wallDay);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return fromWall(
    daysFromCivil(targetYear, targetMonth, targetDay) * DAY_MS + (wall - wallDay * DAY_MS),
    offset,
  );
}

/** Parse an ISO 8601 instant (with Z or an offset) to epoch millis; throws on nonsense so bad data is loud. */
export function parseInstant(iso: string): number {
  const fast = parseIsoInstantFast(iso);
  if (!Number.isNaN(fast)) return fast;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not a date and time: ${iso}`);
  return ms;
}

export const toIsoInstant = (ms: number): string => formatIsoInstant(ms);

/** `YYYY-MM-DD` to days since 1970-01-01 (the date as a London calendar day). */
export function dayFromIsoDate(date: string): number {
  const day = parseIsoDateToDays(date);
  if (Number.isNaN(day)) throw new RangeError(`Not a real calendar date as YYYY-MM-DD: ${date}`);
  return day;
}

export function isoDateFromDay(day: number): string {
  const { year, month, day: date } = civilFromDays(day);
  return `${year}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

/** 0 = Sunday ... 6 = Saturday (1 January 1970 was a Thursday). */
export const weekdayOfDay = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** Shaped like a date `YYYY-MM-DD` (not an instant). */
export const isIsoDate = (value: string): boolean => value.length === 10 && value.charCodeAt(4) === 45;
