import { DateTime } from 'luxon';

/** Every date a user reads or types is Europe/London wall-clock time; storage is UTC instants. */
export const LONDON = 'Europe/London';

/** Canonical stored form: UTC with milliseconds, so string order is time order in SQLite. */
export const toStoredInstant = (iso: string): string => new Date(iso).toISOString();

export const formatUkDateTime = (iso: string | null | undefined): string =>
  iso ? DateTime.fromISO(iso, { zone: LONDON }).toFormat('dd/MM/yyyy HH:mm') : '';

export const formatUkDate = (iso: string | null | undefined): string =>
  iso ? DateTime.fromISO(iso, { zone: LONDON }).toFormat('dd/MM/yyyy') : '';

/** "Tue 6 Jan 2026, 14:30": how minutes and headers show an instant. */
export const formatLongDateTime = (iso: string | null | undefined): string =>
  iso ? DateTime.fromISO(iso, { zone: LONDON }).toFormat('ccc d LLL yyyy, HH:mm') : '';

export type ParsedUkDate = { ok: true; date: string } | { ok: false; message: string };
export type ParsedUkDateTime = { ok: true; iso: string } | { ok: false; message: string };

/**
 * The one way a person types a date in Homeward: day, month, year, as dd/mm/yyyy; also 30.11.2026, 30-11-2026 and a
 * two-digit year (30/11/26 is 2026: the children, meetings and actions Homeward records are all after 2000). The
 * date part of every date and date-time field, in the screens and the backend alike.
 */
const DATE_PART = String.raw`(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})`;
const DATE_ONLY = new RegExp(`^${DATE_PART}$`);
const DATE_TIME = new RegExp(String.raw`^${DATE_PART}(?:[ ,T]+(\d{1,2})[:.](\d{2}))?$`);

export const DATE_FORMAT_MESSAGE = 'must be a date as dd/mm/yyyy';

const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

function calendarDay(d: string, mo: string, y: string): ParsedUkDate {
  const dt = DateTime.fromObject({ year: fullYear(y), month: Number(mo), day: Number(d) }, { zone: LONDON });
  // luxon refuses 31/02 as invalid; the day check is a second guard against any rollover.
  if (!dt.isValid || dt.day !== Number(d) || dt.month !== Number(mo))
    return { ok: false, message: 'is not a real calendar date' };
  return { ok: true, date: dt.toISODate() ?? '' };
}

/** A calendar date typed as dd/mm/yyyy (see DATE_PART for the other forms), to `YYYY-MM-DD`. */
export function parseUkDate(text: string): ParsedUkDate {
  const m = DATE_ONLY.exec(text.trim());
  if (!m) return { ok: false, message: DATE_FORMAT_MESSAGE };
  return calendarDay(m[1]!, m[3]!, m[4]!);
}

/**
 * Reads "dd/mm/yyyy hh:mm" as London wall-clock time. A date alone takes `defaultTime` when one is given (a
 * meeting's 09:00); with none, the time must be typed: an instant such as when a child was reported missing is never
 * silently midnight. A time that does not exist (the hour skipped in March) is refused rather than silently moved.
 */
export function parseUkDateTime(text: string, defaultTime: string | null = null): ParsedUkDateTime {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return { ok: false, message: 'must be a date and time as dd/mm/yyyy hh:mm' };
  const [, d, , mo, y, h, mi] = m;
  const day = calendarDay(d!, mo!, y!);
  if (!day.ok) return day;
  if (h === undefined && defaultTime === null)
    return { ok: false, message: 'needs a time as well as the date (hh:mm)' };
  const [dh, dm] = (defaultTime ?? '00:00').split(':');
  const hour = Number(h ?? dh);
  const minute = Number(mi ?? dm);
  if (hour > 23 || minute > 59) return { ok: false, message: 'is not a real time of day' };
  const dt = DateTime.fromISO(day.date, { zone: LONDON }).set({ hour, minute });
  if (!dt.isValid) return { ok: false, message: 'is not a real date and time' };
  // luxon moves a non-existent local time forward; refuse it so the record says what the user meant.
  if (dt.hour !== hour || dt.minute !== minute || dt.toISODate() !== day.date) {
    return { ok: false, message: 'is a time that does not exist in the UK (the clocks went forward)' };
  }
  // 01:00-01:59 happens twice when the clocks go back; take the first (BST) one, as Temporal's "compatible" does.
  const hourEarlier = dt.minus({ hours: 1 });
  const chosen = hourEarlier.hour === dt.hour && hourEarlier.minute === dt.minute ? hourEarlier : dt;
  return { ok: true, iso: chosen.toUTC().toISO() ?? '' };
}

/** Today's date in London, `YYYY-MM-DD`: an open action due before it is overdue. The one "today" for all layers. */
export const londonToday = (now: Date): string =>
  DateTime.fromJSDate(now, { zone: LONDON }).toISODate() ?? now.toISOString().slice(0, 10);

/** Whole years between a date of birth and an instant, in London. */
export const ageAt = (dateOfBirth: string, iso: string): number =>
  Math.floor(
    DateTime.fromISO(iso, { zone: LONDON }).diff(DateTime.fromISO(dateOfBirth, { zone: LONDON }), 'years')
      .years,
  );

/** "31 h" under 3 days, "4 d 6 h" beyond: how long a child has been missing. */
export function formatDuration(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 1) return `${Math.max(0, Math.floor(ms / 60_000))} min`;
  if (hours < 72) return `${hours} h`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export const DAY_MS = 86_400_000;
