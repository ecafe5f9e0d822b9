import { DateTime } from 'luxon';
import { LONDON, parseUkDateTime } from '../../../shared/time/london';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A calendar date "YYYY-MM-DD" (a date of birth) as "dd/mm/yyyy"; no time zone is involved. */
export const ukDateOf = (isoDate: string): string =>
  `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;

/**
 * London wall-clock conversions for files of 100,000 rows. Luxon takes ~15 µs a call, so converting every
 * instant with it would cost seconds; London's offset only changes on two days a year, so the offset is looked up
 * once per day and luxon is used per instant only on the days the clocks change. The answers are luxon's.
 * One instance per import or export: the caches live as long as the file does.
 */
export class LondonDays {
  /** UTC day number -> the offset in minutes all day, or null on a day the clocks change. */
  private readonly utcDays = new Map<number, number | null>();
  /** "y-m-d" of a London day -> its offset in minutes all day, or null on a day the clocks change. */
  private readonly localDays = new Map<string, number | null>();

  private offsetOfUtcDay(day: number): number | null {
    let offset = this.utcDays.get(day);
    if (offset === undefined) {
      const start = DateTime.fromMillis(day * DAY_MS, { zone: LONDON }).offset;
      const end = DateTime.fromMillis((day + 1) * DAY_MS - 1, { zone: LONDON }).offset;
      offset = start === end ? start : null;
      this.utcDays.set(day, offset);
    }
    return offset;
  }

  /** The London wall-clock fields of an instant. */
  private local(iso: string): Date {
    const ms = Date.parse(iso);
    const offset =
      this.offsetOfUtcDay(Math.floor(ms / DAY_MS)) ?? DateTime.fromMillis(ms, { zone: LONDON }).offset;
    return new Date(ms + offset * MINUTE_MS);
  }

  /** "dd/mm/yyyy" in London, as `formatUkDate` prints it. */
  date(iso: string): string {
    const d = this.local(iso);
    return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }

  /** "dd/mm/yyyy hh:mm" in London, as `formatUkDateTime` prints it. */
  dateTime(iso: string): string {
    const d = this.local(iso);
    return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  }

  private offsetOfLocalDay(year: number, month: number, day: number): number | null {
    const key = `${year}-${month}-${day}`;
    let offset = this.localDays.get(key);
    if (offset === undefined) {
      const start = DateTime.fromObject({ year, month, day, hour: 0 }, { zone: LONDON }).offset;
      const end = DateTime.fromObject({ year, month, day, hour: 23, minute: 59 }, { zone: LONDON }).offset;
      offset = start === end ? start : null;
      this.localDays.set(key, offset);
    }
    return offset;
  }

  /**
   * A London wall-clock time (fields already checked to be a real date) as a stored UTC instant. On the days the
   * clocks change it defers to `parseUkDateTime`, so the skipped hour is refused exactly as the forms refuse it.
   */
  instant(
    year: number,
    month: number,
    day: number,
    hour: number,
    minute: number,
  ): { ok: true; iso: string } | { ok: false; message: string } {
    const offset = this.offsetOfLocalDay(year, month, day);
    if (offset === null) {
      const parsed = parseUkDateTime(`${pad(day)}/${pad(month)}/${year} ${pad(hour)}:${pad(minute)}`);
      return parsed.ok ? { ok: true, iso: new Date(parsed.iso).toISOString() } : parsed;
    }
    return {
      ok: true,
      iso: new Date(Date.UTC(year, month - 1, day, hour, minute) - offset * MINUTE_MS).toISOString(),
    };
  }
}
