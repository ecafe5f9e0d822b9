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

export type ParsedUkDateTime = { ok: true; iso: string } | { ok: false; message: string };

/**
 * Reads "dd/mm/yyyy hh:mm" (or "dd/mm/yyyy" with a default time) as London wall-clock time.
 * A time that does not exist (the hour skipped in March) is refused rather than silently moved.
 */
export function parseUkDateTime(text: string, defaultTime = '00:00'): ParsedUkDateTime {
  const trimmed = text.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2}))?$/.exec(trimmed);
  if (!m) return { ok: false, message: 'must be a date and time as dd/mm/yyyy hh:mm' };
  const [, d, mo, y, h, mi] = m;
  const [dh, dm] = defaultTime.split(':');
  const dt = DateTime.fromObject(
    {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h ?? dh),
      minute: Number(mi ?? dm),
    },
    { zone: LONDON },
  );
  if (!dt.isValid) return { ok: false, message: 'is not a real date and time' };
  // luxon moves a non-existent local time forward; refuse it so the record says what the user meant.
  if (dt.hour !== Number(h ?? dh) || dt.minute !== Number(mi ?? dm) || dt.day !== Number(d)) {
    return { ok: false, message: 'is a time that does not exist in the UK (the clocks went forward)' };
  }
  // 01:00-01:59 happens twice when the clocks go back; take the first (BST) one, as Temporal's "compatible" does.
  const hourEarlier = dt.minus({ hours: 1 });
  const chosen = hourEarlier.hour === dt.hour && hourEarlier.minute === dt.minute ? hourEarlier : dt;
  return { ok: true, iso: chosen.toUTC().toISO() ?? '' };
}

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
