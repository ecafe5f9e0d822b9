import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from '../../../shared/protocol';
import { dayFromIsoDate, isoDateFromDay } from '../../../shared/protocol/london';

const date = fc
  .integer({ min: dayFromIsoDate('2018-01-01'), max: dayFromIsoDate('2030-12-01') })
  .map((day) => isoDateFromDay(day));
const weekday = (d: string): number => new Date(`${d}T12:00:00Z`).getUTCDay();

describe('working days', () => {
  it('Saturday, Sunday and bank holidays are not working days', () => {
    expect(isWorkingDay('2025-01-04')).toBe(false);
    expect(isWorkingDay('2025-01-05')).toBe(false);
    expect(isWorkingDay('2025-12-25')).toBe(false);
    expect(isWorkingDay('2025-01-06')).toBe(true);
  });

  it('count from the day after: a Monday plus 5 working days is the next Monday', () => {
    expect(addWorkingDays('2025-01-06', 5)).toBe('2025-01-13');
  });

  it('a Friday plus 1 working day is the Monday', () => {
    expect(addWorkingDays('2025-01-03', 1)).toBe('2025-01-06');
  });

  it('skip Good Friday and Easter Monday', () => {
    expect(addWorkingDays('2025-04-17', 5)).toBe('2025-04-28');
  });

  it('skip Christmas, Boxing Day and the weekend after', () => {
    expect(addWorkingDays('2025-12-23', 3)).toBe('2025-12-30');
  });

  it('a trigger at a weekend counts from the Monday', () => {
    expect(addWorkingDays('2025-01-04', 5)).toBe('2025-01-10');
  });

  it('0 working days is the day itself; negative steps back', () => {
    expect(addWorkingDays('2025-01-04', 0)).toBe('2025-01-04');
    expect(addWorkingDays('2025-01-06', -1)).toBe('2025-01-03');
  });

  it('reject nonsense', () => {
    expect(() => addWorkingDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-02-03', 1.5)).toThrow(RangeError);
  });

  it('never land on a weekend or bank holiday', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const result = addWorkingDays(d, n);
        return isWorkingDay(result) && weekday(result) !== 0 && weekday(result) !== 6;
      }),
      { numRuns: 1000 },
    );
  });

  it('land exactly n working days later', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const end = dayFromIsoDate(addWorkingDays(d, n));
        let count = 0;
        for (let day = dayFromIsoDate(d) + 1; day <= end; day++)
          if (isWorkingDay(isoDateFromDay(day))) count++;
        return count === n;
      }),
      { numRuns: 500 },
    );
  });

  it('are monotonic in the start date and in n', () => {
    fc.assert(
      fc.property(
        date,
        date,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (a, b, n, m) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          expect(addWorkingDays(early, n) <= addWorkingDays(late, n)).toBe(true);
          const [few, many] = n <= m ? [n, m] : [m, n];
          expect(addWorkingDays(a, few) <= addWorkingDays(a, many)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
