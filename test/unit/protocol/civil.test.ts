import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  formatIsoInstant,
  parseIsoDateToDays,
  parseIsoInstantFast,
} from '../../../shared/protocol/civil';
import { parseInstant } from '../../../shared/protocol/london';

const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) });

describe('Calendar arithmetic without Date objects', () => {
  it('days to a date and back agrees with Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 60_000 }), (days) => {
        const d = new Date(days * 86_400_000);
        expect(civilFromDays(days)).toEqual({
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
        });
        expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(days);
      }),
      { numRuns: 2000 },
    );
  });

  it('formats an instant exactly as toISOString does', () => {
    fc.assert(
      fc.property(instant, (ms) => formatIsoInstant(ms) === new Date(ms).toISOString()),
      { numRuns: 2000 },
    );
  });

  it('parses what toISOString writes, and the same instant with an offset, as Date.parse does', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -12 * 4, max: 14 * 4 }), (ms, quarterHours) => {
        const iso = new Date(ms).toISOString();
        expect(parseIsoInstantFast(iso)).toBe(ms);
        const offset = quarterHours * 15;
        const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const withOffset = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(parseIsoInstantFast(withOffset)).toBe(Date.parse(withOffset));
        expect(parseIsoInstantFast(withOffset.replace(/:\d\d([+-])/, '$1'))).toBe(
          Math.floor(ms / 60_000) * 60_000,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves anything else to Date.parse, and bad input is refused loudly', () => {
    expect(parseIsoInstantFast('2025-02-30T10:00:00Z')).toBeNaN();
    expect(parseIsoInstantFast('2025-01-01 10:00:00Z')).toBeNaN();
    expect(parseIsoInstantFast('2025-01-01T10:00:00')).toBeNaN();
    expect(parseInstant('2025-01-01T10:00:00.123456Z')).toBe(Date.parse('2025-01-01T10:00:00.123Z'));
    expect(() => parseInstant('last Tuesday')).toThrow(RangeError);
  });

  it('reads a date YYYY-MM-DD, refusing days that do not exist', () => {
    expect(parseIsoDateToDays('1970-01-02')).toBe(1);
    expect(parseIsoDateToDays('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(parseIsoDateToDays('2025-02-29')).toBeNaN();
    expect(parseIsoDateToDays('2025-1-01')).toBeNaN();
  });
});
