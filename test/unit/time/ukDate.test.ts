import { describe, expect, it } from 'vitest';
import { londonToday, parseUkDate, parseUkDateTime } from '../../../shared/time/london';

describe('the one date parser (dd/mm/yyyy)', () => {
  it('reads dd/mm/yyyy, d/m/yyyy, 30.11.2026, 30-11-2026 and a two-digit year as the same day', () => {
    for (const text of ['30/11/2026', '30.11.2026', '30-11-2026', '30/11/26', ' 30/11/2026 ']) {
      expect(parseUkDate(text)).toEqual({ ok: true, date: '2026-11-30' });
    }
    expect(parseUkDate('4/3/2011')).toEqual({ ok: true, date: '2011-03-04' });
    expect(parseUkDate('04.03.11')).toEqual({ ok: true, date: '2011-03-04' });
  });

  it('refuses a day that is not in the calendar, naming the problem', () => {
    expect(parseUkDate('31/02/2012')).toEqual({ ok: false, message: 'is not a real calendar date' });
    expect(parseUkDate('29/02/2023')).toEqual({ ok: false, message: 'is not a real calendar date' });
    expect(parseUkDate('29/02/2024')).toEqual({ ok: true, date: '2024-02-29' });
    expect(parseUkDate('12/13/2026')).toEqual({ ok: false, message: 'is not a real calendar date' });
  });

  it('refuses other shapes, mixed separators and the ISO form, asking for dd/mm/yyyy', () => {
    for (const text of ['2026-11-30', '30/11.2026', '30 Nov 2026', '30/11/202', '', 'tomorrow']) {
      expect(parseUkDate(text)).toEqual({ ok: false, message: 'must be a date as dd/mm/yyyy' });
    }
  });
});

describe('date and time', () => {
  it('reads London wall-clock time in GMT and in BST, with : or . in the time', () => {
    expect(parseUkDateTime('30/11/2026 14:30')).toEqual({ ok: true, iso: '2026-11-30T14:30:00.000Z' });
    expect(parseUkDateTime('30.06.26 14.30')).toEqual({ ok: true, iso: '2026-06-30T13:30:00.000Z' });
  });

  it('asks for the time when only a date is typed, unless the field has a default time', () => {
    expect(parseUkDateTime('30/11/2026')).toEqual({
      ok: false,
      message: 'needs a time as well as the date (hh:mm)',
    });
    expect(parseUkDateTime('30/11/2026', '09:00')).toEqual({ ok: true, iso: '2026-11-30T09:00:00.000Z' });
  });

  it('refuses 31/02, a time past 23:59, and the hour the clocks skip', () => {
    expect(parseUkDateTime('31/02/2026 10:00')).toEqual({
      ok: false,
      message: 'is not a real calendar date',
    });
    expect(parseUkDateTime('30/11/2026 24:10')).toEqual({ ok: false, message: 'is not a real time of day' });
    expect(parseUkDateTime('29/03/2026 01:30')).toMatchObject({ ok: false, message: /clocks went forward/ });
  });

  it('takes the first 01:30 when the clocks go back', () => {
    expect(parseUkDateTime('25/10/2026 01:30')).toEqual({ ok: true, iso: '2026-10-25T00:30:00.000Z' });
  });
});

describe('today in London', () => {
  it('is the London calendar day, which is tomorrow in UTC terms after 23:00 in summer', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
