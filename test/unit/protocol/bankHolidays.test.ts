import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  bankHolidaysOf,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  isWorkingDay,
  standardBankHolidays,
} from '../../../shared/protocol';
import { isoDateFromDay } from '../../../shared/protocol/london';

const holidays = new Holidays('GB', 'ENG');

/** date-holidays lists a holiday on its own day and again as a substitute; GOV.UK lists only the days off. */
function daysOffFromDateHolidays(year: number): string[] {
  return holidays
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => h.date.slice(0, 10))
    .filter((date) => {
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    })
    .sort();
}

describe('England and Wales bank holidays', () => {
  for (let year = 2018; year <= 2030; year++) {
    it(`match date-holidays for ${year}`, () => {
      expect(bankHolidaysOf(year)).toEqual(daysOffFromDateHolidays(year));
    });
  }

  it('ship as data for every year from 2018 to 2030', () => {
    for (let year = 2018; year <= 2030; year++)
      expect(ENGLAND_AND_WALES_BANK_HOLIDAYS[year]?.length).toBeGreaterThan(7);
  });

  it('follow the standing pattern after the published years (checked against date-holidays to 2040)', () => {
    for (let year = 2031; year <= 2040; year++)
      expect(bankHolidaysOf(year)).toEqual(daysOffFromDateHolidays(year));
  });

  it('the standing pattern agrees with the published list in every year without a one-off change', () => {
    for (const year of [2018, 2019, 2021, 2024, 2025, 2026, 2027, 2028, 2029, 2030]) {
      expect(standardBankHolidays(year).map(isoDateFromDay).sort()).toEqual(
        ENGLAND_AND_WALES_BANK_HOLIDAYS[year],
      );
    }
  });

  it('2020: the early May bank holiday moved to Friday 8 May for VE Day', () => {
    expect(isWorkingDay('2020-05-04')).toBe(true);
    expect(isWorkingDay('2020-05-08')).toBe(false);
  });

  it('2022: the spring bank holiday moved to 2 June, the Platinum Jubilee on 3 June, the State Funeral on 19 September', () => {
    expect(isWorkingDay('2022-05-30')).toBe(true);
    expect(['2022-06-02', '2022-06-03', '2022-09-19'].map(isWorkingDay)).toEqual([false, false, false]);
  });

  it('2023: the Coronation on Monday 8 May', () => {
    expect(isWorkingDay('2023-05-08')).toBe(false);
  });

  it('substitute days: Boxing Day 2020 on Monday 28 December, New Year 2022 on Monday 3 January', () => {
    expect(isWorkingDay('2020-12-28')).toBe(false);
    expect(isWorkingDay('2022-01-03')).toBe(false);
    expect(isWorkingDay('2021-12-29')).toBe(true);
  });
});
