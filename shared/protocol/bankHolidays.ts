import { civilFromDays } from './civil';
import { dayFromIsoDate, DAY_MS, isoDateFromDay, weekdayOfDay } from './london';

/**
 * England and Wales bank holidays, as GOV.UK publishes them (https://www.gov.uk/bank-holidays): the days off,
 * so a holiday that falls at a weekend appears as its substitute weekday. Includes the one-off changes: VE Day
 * (early May moved to Fri 8 May 2020), the Platinum Jubilee (spring moved to Thu 2 June 2022, plus Fri 3 June),
 * the State Funeral of Queen Elizabeth II (Mon 19 Sep 2022) and the Coronation of King Charles III (Mon 8 May 2023).
 */
// prettier-ignore
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: Readonly<Record<number, readonly string[]>> = {
  2018: ['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26'],
  2019: ['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26'],
  2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
  2021: ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28'],
  2022: ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
  2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
  2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
  2029: ['2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26'],
  2030: ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26'],
};

export const BANK_HOLIDAY_DATA_YEARS = { from: 2018, to: 2030 } as const;

/** Easter Sunday (Gregorian, anonymous algorithm) as days since 1970-01-01. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

const dayOf = (year: number, month: number, date: number): number => Date.UTC(year, month - 1, date) / DAY_MS;

/** First Monday on or after a day. */
const mondayOnOrAfter = (day: number): number => day + ((8 - weekdayOfDay(day)) % 7);
/** Last Monday of a month. */
const lastMonday = (year: number, month: number): number => {
  const last = dayOf(year, month + 1, 0);
  return last - ((weekdayOfDay(last) + 6) % 7);
};

/**
 * The usual pattern of bank holidays for a year (Banking and Financial Dealings Act 1971 and the standing
 * proclamations), with weekend substitute days. Used only for years outside the published list above, where a
 * one-off change cannot be known yet.
 */
export function standardBankHolidays(year: number): number[] {
  const easter = easterSunday(year);
  const days: number[] = [];
  const newYear = dayOf(year, 1, 1);
  days.push(weekdayOfDay(newYear) === 0 || weekdayOfDay(newYear) === 6 ? mondayOnOrAfter(newYear) : newYear);
  days.push(easter - 2, easter + 1);
  days.push(mondayOnOrAfter(dayOf(year, 5, 1)), lastMonday(year, 5), lastMonday(year, 8));
  const christmas = dayOf(year, 12, 25);
  switch (weekdayOfDay(christmas)) {
    case 5: // Friday: Boxing Day (Saturday) moves to Monday 28th
      days.push(christmas, christmas + 3);
      break;
    case 6: // Saturday: Monday 27th and Tuesday 28th
      days.push(christmas + 2, christmas + 3);
      break;
    case 0: // Sunday: Boxing Day Monday 26th, Christmas substitute Tuesday 27th
      days.push(christmas + 1, christmas + 2);
      break;
    default:
      days.push(christmas, christmas + 1);
  }
  return days;
}

const yearCache = new Map<number, ReadonlySet<number>>();

function holidaysOfYear(year: number): ReadonlySet<number> {
  let set = yearCache.get(year);
  if (set === undefined) {
    const listed = ENGLAND_AND_WALES_BANK_HOLIDAYS[year];
    set = new Set(listed ? listed.map(dayFromIsoDate) : standardBankHolidays(year));
    yearCache.set(year, set);
  }
  return set;
}

/** Whether a London calendar day (days since 1970-01-01) is an England and Wales bank holiday. */
export function isBankHolidayDay(day: number): boolean {
  return holidaysOfYear(civilFromDays(day).year).has(day);
}

/** The bank holidays of a year as `YYYY-MM-DD`, in date order. */
export function bankHolidaysOf(year: number): string[] {
  return [...holidaysOfYear(year)].sort((a, b) => a - b).map(isoDateFromDay);
}
