import type { LondonDays } from './londonDays';

/** What reading one cell gives: a value, or a message completing the sentence "<column> ...". */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(message: string): Read<T> => ({ ok: false, message });

/** The offending text, shortened: enough to find it in the file, never a whole free-text cell. */
export const quoted = (text: string): string => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T]+(\d{1,2}):(\d{2})$/;

interface DayFields {
  year: number;
  month: number;
  day: number;
}

const realDay = (y: string, m: string, d: string): DayFields | null => {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day
    ? { year, month, day }
    : null;
};

type CellKind = 'date' | 'noon' | 'dt';

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Reads dates and times the way the files write them. Results are cached: a 903 file repeats the same dates. */
export class CellReader {
  // One cache per kind of cell: a key made of kind and text was a new string for every cell of every row.
  private readonly caches: Record<CellKind, Map<string, Read<string>>> = {
    date: new Map(),
    noon: new Map(),
    dt: new Map(),
  };

  constructor(private readonly london: LondonDays) {}

  private cached(kind: CellKind, text: string, read: () => Read<string>): Read<string> {
    const cache = this.caches[kind];
    let result = cache.get(text);
    if (!result) {
      result = read();
      cache.set(text, result);
    }
    return result;
  }

  /** "dd/mm/yyyy" -> "YYYY-MM-DD" (a date of birth). */
  date(text: string): Read<string> {
    return this.cached('date', text, () => {
      const m = DATE.exec(text);
      if (!m) return fail(`must be a date as dd/mm/yyyy (found ${quoted(text)}).`);
      const day = realDay(m[3]!, m[2]!, m[1]!);
      if (!day) return fail(`is not a real date (found ${quoted(text)}).`);
      return ok(`${day.year}-${pad(day.month)}-${pad(day.day)}`);
    });
  }

  /** "dd/mm/yyyy" -> the instant at 12:00 London time that day: how a 903 date (no time) is stored. */
  dateAtNoon(text: string): Read<string> {
    return this.cached('noon', text, () => {
      const m = DATE.exec(text);
      if (!m) return fail(`must be a date as dd/mm/yyyy (found ${quoted(text)}).`);
      const day = realDay(m[3]!, m[2]!, m[1]!);
      if (!day) return fail(`is not a real date (found ${quoted(text)}).`);
      const at = this.london.instant(day.year, day.month, day.day, 12, 0);
      return at.ok ? ok(at.iso) : fail(at.message);
    });
  }

  /** "dd/mm/yyyy hh:mm", London wall-clock time -> a stored UTC instant. */
  dateTime(text: string): Read<string> {
    return this.cached('dt', text, () => {
      const m = DATE_TIME.exec(text);
      if (!m)
        return fail(`must be a date and time as dd/mm/yyyy hh:mm, London time (found ${quoted(text)}).`);
      const day = realDay(m[3]!, m[2]!, m[1]!);
      const hour = Number(m[4]);
      const minute = Number(m[5]);
      if (!day || hour > 23 || minute > 59)
        return fail(`is not a real date and time (found ${quoted(text)}).`);
      const at = this.london.instant(day.year, day.month, day.day, hour, minute);
      return at.ok ? ok(at.iso) : fail(`${at.message} (found ${quoted(text)}).`);
    });
  }
}

/**
 * Reads a code from a controlled list: the code itself or its label, in any case ("Own accord", "own-accord").
 * The message lists the codes, so a data team can fix the file without the manual.
 */
export function codeReader<T extends string>(
  codes: readonly T[],
  labels: Partial<Record<T, string>> = {},
): (text: string) => Read<T> {
  const lookup = new Map<string, T>();
  for (const code of codes) {
    lookup.set(code.toLowerCase(), code);
    const label = labels[code];
    if (label) lookup.set(label.toLowerCase(), code);
  }
  return (text) => {
    const code = lookup.get(text.toLowerCase());
    return code ? ok(code) : fail(`must be one of ${codes.join(', ')} (found ${quoted(text)}).`);
  };
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** A yes/no flag (e.g. a trafficking concern): yes, no, true, false, 1 or 0 in any case; blank is no. */
export function readYesNo(text: string): Read<boolean> {
  const t = text.toLowerCase();
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return fail(`must be yes or no (found ${quoted(text)}).`);
}
