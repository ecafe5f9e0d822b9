import { DateTime } from 'luxon';
import type { IsoDate, IsoInstant } from '../../../../shared/exports/documents';
import { DocumentModelError } from './errors';

/** Documents are read in England: every time is printed as the clock on the wall in London, GMT or BST. */
const ZONE = 'Europe/London';

// Fixed names rather than Intl: ICU's en-GB spells September "Sept" in some Node builds and not others, and a
// document must print the same wherever it is built.
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

// An instant must say its offset: a bare "2026-03-29T01:30" could be either side of a clock change.
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

const instant = (iso: IsoInstant): DateTime => {
  const dt = DateTime.fromISO(iso, { zone: ZONE });
  // The model is built by code, so a bad value is a bug upstream; say which value, never whose record.
  if (!dt.isValid || !HAS_OFFSET.test(iso))
    throw new DocumentModelError(`Not an ISO date and time with an offset: "${iso}"`);
  return dt;
};

const calendarDate = (iso: IsoDate): DateTime => {
  const dt = DateTime.fromISO(iso, { zone: 'UTC' });
  if (!dt.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(iso))
    throw new DocumentModelError(`Not an ISO calendar date: "${iso}"`);
  return dt;
};

const DAYS_FULL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS_FULL = [
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

const dayName = (dt: DateTime): string => DAYS[dt.weekday - 1] ?? '';
const monthName = (dt: DateTime): string => MONTHS[dt.month - 1] ?? '';
const dayMonthYear = (dt: DateTime): string => `${dt.day} ${monthName(dt)} ${dt.year}`;
const clock = (dt: DateTime): string => dt.toFormat('HH:mm');

// Running text spells dates out ("Tuesday 6 January 2026"): short forms are for tables, where width is scarce.
const longDay = (dt: DateTime): string =>
  `${DAYS_FULL[dt.weekday - 1] ?? ''} ${dt.day} ${MONTHS_FULL[dt.month - 1] ?? ''} ${dt.year}`;

/** "6 January 2026", for dates in running text. */
export const formatLongDate = (iso: IsoDate): string => {
  const dt = calendarDate(iso);
  return `${dt.day} ${MONTHS_FULL[dt.month - 1] ?? ''} ${dt.year}`;
};

/** "Tuesday 6 January 2026": the London day of an instant, in running text. */
export const formatLongDay = (iso: IsoInstant): string => longDay(instant(iso));

/** "Tuesday 6 January 2026 at 14:30", in running text. */
export const formatLongDateTime = (iso: IsoInstant): string => {
  const dt = instant(iso);
  return `${longDay(dt)} at ${clock(dt)}`;
};

/** "Tuesday 6 January 2026, 14:30 to 16:00", in running text. */
export const formatLongTimeRange = (start: IsoInstant, end: IsoInstant | null): string => {
  const a = instant(start);
  if (end === null) return `${longDay(a)}, ${clock(a)}`;
  const b = instant(end);
  return a.hasSame(b, 'day')
    ? `${longDay(a)}, ${clock(a)} to ${clock(b)}`
    : `${longDay(a)}, ${clock(a)} to ${longDay(b)}, ${clock(b)}`;
};

/** "6 Jan 2026, 14:30": an instant in a narrow table cell, without the weekday. */
export const formatShortDateTime = (iso: IsoInstant): string => {
  const dt = instant(iso);
  return `${dayMonthYear(dt)}, ${clock(dt)}`;
};

/** "Tue 6 Jan 2026, 14:30" in London time. */
export const formatDateTime = (iso: IsoInstant): string => {
  const dt = instant(iso);
  return `${dayName(dt)} ${dayMonthYear(dt)}, ${clock(dt)}`;
};

/** "Tue 6 Jan 2026": the London calendar day of an instant. */
export const formatDayOfInstant = (iso: IsoInstant): string => {
  const dt = instant(iso);
  return `${dayName(dt)} ${dayMonthYear(dt)}`;
};

/** "4 Mar 2011": for dates of birth, where the weekday is noise. */
export const formatDate = (iso: IsoDate): string => dayMonthYear(calendarDate(iso));

/** "Fri 16 Jan 2026": for due dates, where the weekday helps plan. */
export const formatDayDate = (iso: IsoDate): string => {
  const dt = calendarDate(iso);
  return `${dayName(dt)} ${dayMonthYear(dt)}`;
};

/** "Tue 6 Jan 2026, 14:30 to 16:00", or both in full when the meeting runs past midnight. */
export const formatTimeRange = (start: IsoInstant, end: IsoInstant | null): string => {
  if (end === null) return formatDateTime(start);
  const a = instant(start);
  const b = instant(end);
  return a.hasSame(b, 'day')
    ? `${formatDateTime(start)} to ${clock(b)}`
    : `${formatDateTime(start)} to ${formatDateTime(end)}`;
};

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "2 days 3 hours 15 minutes". Words rather than "2d 3h": screen readers read abbreviations letter by letter. */
export const formatMinutes = (totalMinutes: number): string => {
  const whole = Math.max(0, Math.floor(totalMinutes));
  const days = Math.floor(whole / (24 * 60));
  const hours = Math.floor((whole % (24 * 60)) / 60);
  const minutes = whole % 60;
  const parts = [
    days > 0 ? plural(days, 'day') : null,
    hours > 0 ? plural(hours, 'hour') : null,
    minutes > 0 ? plural(minutes, 'minute') : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' ') : 'Under a minute';
};

/**
 * How long a child was missing, in real elapsed time, so a clock change is neither lost nor counted twice. A period
 * that ends before it starts is a data error upstream and is refused rather than printed as nonsense.
 */
export const formatDuration = (from: IsoInstant, to: IsoInstant): string => {
  const totalMinutes = instant(to).diff(instant(from), 'minutes').minutes;
  if (totalMinutes < 0) throw new DocumentModelError(`A period ends before it starts: "${from}" to "${to}"`);
  return formatMinutes(totalMinutes);
};

/** Elapsed minutes between two instants, for totals. */
export const minutesBetween = (from: IsoInstant, to: IsoInstant): number =>
  Math.max(0, Math.floor(instant(to).diff(instant(from), 'minutes').minutes));
