import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  londonDay,
  londonDayStart,
  londonOffsetMinutes,
  plusLondonDays,
  plusLondonMonths,
} from '../../../shared/protocol';
import { isoDateFromDay } from '../../../shared/protocol/london';

const ZONE = 'Europe/London';
const from2000 = Date.UTC(2000, 0, 1);
const to2040 = Date.UTC(2040, 0, 1);
/** Random instants, whole minutes, weighted towards the clock-change weekends. */
const instant = fc.oneof(
  fc.integer({ min: from2000 / 60_000, max: to2040 / 60_000 }).map((m) => m * 60_000),
  fc
    .record({
      year: fc.integer({ min: 2000, max: 2039 }),
      october: fc.boolean(),
      minute: fc.integer({ min: -4320, max: 4320 }),
    })
    .map(({ year, october, minute }) => {
      const lastDay = new Date(Date.UTC(year, october ? 10 : 3, 0));
      const lastSunday = Date.UTC(year, october ? 9 : 2, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
      return lastSunday + minute * 60_000;
    }),
);

describe('London calendar arithmetic agrees with luxon', () => {
  it('the offset from UTC at any instant', () => {
    fc.assert(
      fc.property(
        instant,
        (ms) => londonOffsetMinutes(ms) === DateTime.fromMillis(ms, { zone: ZONE }).offset,
      ),
      { numRuns: 2000 },
    );
  });

  it('the London calendar day of an instant, and when that day starts', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const dt = DateTime.fromMillis(ms, { zone: ZONE });
        const day = londonDay(ms);
        return isoDateFromDay(day) === dt.toISODate() && londonDayStart(day) === dt.startOf('day').toMillis();
      }),
      { numRuns: 2000 },
    );
  });

  it('adding calendar days keeps the wall-clock time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -120, max: 120 }), (ms, days) => {
        expect(plusLondonDays(ms, days)).toBe(
          DateTime.fromMillis(ms, { zone: ZONE }).plus({ days }).toMillis(),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('adding calendar months keeps the wall-clock time and ends short months on their last day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -13, max: 13 }), (ms, months) => {
        expect(plusLondonMonths(ms, months)).toBe(
          DateTime.fromMillis(ms, { zone: ZONE }).plus({ months }).toMillis(),
        );
      }),
      { numRuns: 2000 },
    );
    expect(new Date(plusLondonMonths(Date.parse('2025-01-31T12:00:00Z'), 1)).toISOString()).toBe(
      '2025-02-28T12:00:00.000Z',
    );
  });

  it('90 days after 10:00 on 1 March is 10:00 on 30 May, one elapsed hour less than 90 x 24 hours', () => {
    const start = Date.parse('2025-03-01T10:00:00Z');
    const end = plusLondonDays(start, 90);
    expect(new Date(end).toISOString()).toBe('2025-05-30T09:00:00.000Z');
    expect(end - start).toBe(90 * 24 * 3_600_000 - 3_600_000);
  });
});
