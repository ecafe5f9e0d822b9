import { isBankHolidayDay } from './bankHolidays';
import { dayFromIsoDate, isoDateFromDay, londonDay, weekdayOfDay } from './london';

/**
 * Working days: Monday to Friday, not an England and Wales bank holiday. "Within five working days" (ST 13.17)
 * counts from the London calendar day of the trigger: a trigger on Monday makes Tuesday day 1 and next Monday day 5.
 */
export function isWorkingDayNumber(day: number): boolean {
  const weekday = weekdayOfDay(day);
  return weekday !== 0 && weekday !== 6 && !isBankHolidayDay(day);
}

/** Step n working days from a day (days since 1970-01-01); negative n steps back; 0 returns the day itself. */
export function addWorkingDaysToDay(day: number, n: number): number {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number, not ${n}`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = day;
  while (remaining > 0) {
    current += step;
    if (isWorkingDayNumber(current)) remaining -= 1;
  }
  return current;
}

/** Whether a date `YYYY-MM-DD` is a working day in England and Wales. */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(dayFromIsoDate(date));
}

/** The date n working days after a date `YYYY-MM-DD` (before it, for negative n). */
export function addWorkingDays(date: string, n: number): string {
  return isoDateFromDay(addWorkingDaysToDay(dayFromIsoDate(date), n));
}

/** The date n working days after the London calendar day of an instant (epoch millis). */
export function workingDaysAfterInstant(ms: number, n: number): string {
  return isoDateFromDay(addWorkingDaysToDay(londonDay(ms), n));
}
