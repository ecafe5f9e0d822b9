/**
 * Proleptic Gregorian calendar arithmetic on whole days since 1970-01-01, without Date objects (H. Hinnant's
 * days_from_civil / civil_from_days), and a fast parser for the ISO 8601 instants the app stores. Evaluating
 * 100,000 episodes parses several hundred thousand timestamps; Date.parse and Date objects made that the hot spot.
 */
export interface CivilDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? yearOfEra + era * 400 + 1 : yearOfEra + era * 400, month, day };
}

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The digit at position i, or a large negative number so any sum using it goes out of range. */
const d = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100_000;
};

/** `YYYY-MM-DD` to days since 1970-01-01, or NaN if it is not a real date in that form. */
export function parseIsoDateToDays(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const year = d(s, 0) * 1000 + d(s, 1) * 100 + d(s, 2) * 10 + d(s, 3);
  const month = d(s, 5) * 10 + d(s, 6);
  const day = d(s, 8) * 10 + d(s, 9);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}

/**
 * `YYYY-MM-DDTHH:mm[:ss[.fff…]](Z|±HH:mm)` to epoch millis, or NaN when the string is not in that form (the caller
 * then falls back to Date.parse, so no valid input is refused here).
 */
export function parseIsoInstantFast(s: string): number {
  const n = s.length;
  if (
    n < 17 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58
  ) {
    return NaN;
  }
  const year = d(s, 0) * 1000 + d(s, 1) * 100 + d(s, 2) * 10 + d(s, 3);
  const month = d(s, 5) * 10 + d(s, 6);
  const day = d(s, 8) * 10 + d(s, 9);
  const hour = d(s, 11) * 10 + d(s, 12);
  const minute = d(s, 14) * 10 + d(s, 15);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  let i = 16;
  let second = 0;
  let millis = 0;
  if (s.charCodeAt(i) === 58) {
    second = d(s, i + 1) * 10 + d(s, i + 2);
    if (second < 0 || second > 59) return NaN;
    i += 3;
    if (s.charCodeAt(i) === 46) {
      i += 1;
      let scale = 100;
      const start = i;
      for (; i < n; i++) {
        const c = s.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        if (scale >= 1) millis += c * scale;
        scale /= 10;
      }
      if (i === start) return NaN;
    }
  }
  let offsetMinutes = 0;
  const zone = s.charCodeAt(i);
  if (zone === 90 && i === n - 1) {
    offsetMinutes = 0;
  } else if ((zone === 43 || zone === 45) && i + 6 === n && s.charCodeAt(i + 3) === 58) {
    const oh = d(s, i + 1) * 10 + d(s, i + 2);
    const om = d(s, i + 4) * 10 + d(s, i + 5);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offsetMinutes = (zone === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return NaN;
  }
  const seconds = daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
  return seconds * 1000 + millis - offsetMinutes * 60_000;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** Epoch millis to `YYYY-MM-DDTHH:mm:ss.sssZ`, as Date#toISOString gives it (for years 1000-9999), about 3x faster. */
export function formatIsoInstant(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  const rest = ms - days * 86_400_000;
  const { year, month, day } = civilFromDays(days);
  if (year < 1000 || year > 9999 || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const hour = Math.floor(rest / 3_600_000);
  const minute = Math.floor(rest / 60_000) % 60;
  const second = Math.floor(rest / 1000) % 60;
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${pad3(rest % 1000)}Z`;
}
