import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { EpisodeCategory } from '../../../shared/domain/episode';
import type { EpisodeFacts, MeetingHeld, ProfileId } from '../../../shared/protocol';
import { CHILD, evaluate } from './helpers';

const HOUR = 3_600_000;
const ZONE = 'Europe/London';
const BASE = Date.parse('2024-01-01T00:00:00Z');
const SPAN = 400 * 24 * HOUR;
const PROFILES: ProfileId[] = ['warwickshire', 'staffordshire', 'stoke-on-trent', 'wigan', 'east-midlands'];

const episodeArb = fc.record({
  offset: fc.integer({ min: 0, max: SPAN / 60_000 }).map((m) => m * 60_000),
  hours: fc.option(fc.integer({ min: 0, max: 24 * 10 }), { nil: null }),
  category: fc.constantFrom<EpisodeCategory>('missing', 'missing', 'missing', 'absent', 'away'),
});
const toEpisode = (
  e: { offset: number; hours: number | null; category: EpisodeCategory },
  i: number,
): EpisodeFacts => ({
  id: `p${i}`,
  reportedAt: new Date(BASE + e.offset).toISOString(),
  foundAt: e.hours === null ? null : new Date(BASE + e.offset + e.hours * HOUR + 60_000).toISOString(),
  category: e.category,
  policeRisk: 'medium',
});
const meetingArb = fc.record({
  offset: fc.integer({ min: 0, max: SPAN / 60_000 }).map((m) => m * 60_000),
  kind: fc.constantFrom('mim', 'head-of-service-liaison', 'senior-management-discussion'),
  stageLevel: fc.constantFrom(1, 2, 3, null),
});
const toMeeting = (m: { offset: number; kind: string; stageLevel: number | null }): MeetingHeld => ({
  kind: m.kind,
  stageLevel: m.stageLevel,
  heldAt: new Date(BASE + m.offset).toISOString(),
});
const asOfArb = fc
  .integer({ min: 0, max: SPAN / 60_000 })
  .map((m) => new Date(BASE + m * 60_000).toISOString());

describe('Rolling windows (properties)', () => {
  it('adding an episode never lowers the stage', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROFILES),
        fc.array(episodeArb, { maxLength: 14 }),
        episodeArb,
        fc.array(meetingArb, { maxLength: 4 }),
        asOfArb,
        (profile, list, extra, meetings, asOf) => {
          const episodes = list.map(toEpisode);
          const meetingsHeld = meetings.map(toMeeting);
          const before = evaluate(profile, episodes, asOf, { meetingsHeld }).stage.level;
          const after = evaluate(profile, [...episodes, toEpisode(extra, 99)], asOf, { meetingsHeld }).stage
            .level;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('the stage is the count of missing episodes in the 90 days up to asOf (checked against luxon)', () => {
    const thresholds: Record<'warwickshire' | 'staffordshire', number[]> = {
      warwickshire: [3, 6, 9],
      staffordshire: [3, 5, 9],
    };
    fc.assert(
      fc.property(
        fc.constantFrom<'warwickshire' | 'staffordshire'>('warwickshire', 'staffordshire'),
        fc.array(episodeArb, { maxLength: 25 }),
        asOfArb,
        (profile, list, asOf) => {
          const episodes = list.map(toEpisode);
          const asOfMs = Date.parse(asOf);
          const count = episodes.filter((e) => {
            const reported = DateTime.fromISO(e.reportedAt, { zone: ZONE });
            return (
              e.category === 'missing' &&
              reported.toMillis() <= asOfMs &&
              reported.plus({ days: 90 }).toMillis() > asOfMs
            );
          }).length;
          const expected = thresholds[profile].filter((t) => count >= t).length;
          const result = evaluate(profile, episodes, asOf);
          expect(result.stage.level).toBe(expected);
          expect(result.stage.episodeIds).toHaveLength(count);
        },
      ),
      { numRuns: 1000 },
    );
  });

  /** asOf at a London time of day clear of the clock-change hours, so "90 days before" is one instant. */
  const daytimeAsOf = fc
    .record({ day: fc.integer({ min: 0, max: 700 }), minute: fc.integer({ min: 6 * 60, max: 22 * 60 }) })
    .map(({ day, minute }) =>
      DateTime.fromObject({ year: 2024, month: 1, day: 1 }, { zone: ZONE }).plus({
        days: day,
        minutes: minute,
      }),
    );

  it('an episode exactly one window before asOf does not count; one a minute later does (90 days)', () => {
    fc.assert(
      fc.property(daytimeAsOf, (asOf) => {
        const inside = [asOf.minus({ days: 10 }), asOf.minus({ days: 20 })].map((d, i) => ({
          id: `in${i}`,
          reportedAt: d.toUTC().toISO() ?? '',
          category: 'missing' as const,
        }));
        const edge = asOf.minus({ days: 90 });
        const at = (d: DateTime): EpisodeFacts[] => [
          ...inside,
          { id: 'edge', reportedAt: d.toUTC().toISO() ?? '', category: 'missing' },
        ];
        const iso = asOf.toUTC().toISO() ?? '';
        expect(evaluate('staffordshire', at(edge), iso).stage.level).toBe(0);
        expect(evaluate('staffordshire', at(edge.plus({ minutes: 1 })), iso).stage.level).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it('an episode exactly one calendar month before asOf does not count; one a minute later does (Wigan)', () => {
    fc.assert(
      fc.property(daytimeAsOf, (asOf) => {
        const edge = asOf.minus({ months: 1 });
        fc.pre(edge.plus({ months: 1 }).equals(asOf)); // 31 March minus a month is 28 February, which adds back to 28 March
        const inside = [asOf.minus({ days: 2 }), asOf.minus({ days: 3 })].map((d, i) => ({
          id: `in${i}`,
          reportedAt: d.toUTC().toISO() ?? '',
          foundAt: d.plus({ hours: 1 }).toUTC().toISO() ?? '',
          category: 'missing' as const,
        }));
        const at = (d: DateTime): EpisodeFacts[] => [
          ...inside,
          {
            id: 'edge',
            reportedAt: d.toUTC().toISO() ?? '',
            foundAt: d.plus({ hours: 1 }).toUTC().toISO() ?? '',
            category: 'missing',
          },
        ];
        const iso = asOf.toUTC().toISO() ?? '';
        expect(evaluate('wigan', at(edge), iso).stage.level).toBe(0);
        expect(evaluate('wigan', at(edge.plus({ minutes: 1 })), iso).stage.level).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Clock changes (properties)', () => {
  /** Under 18 for every year tested. */
  const child = { ...CHILD, dateOfBirth: '2018-01-01' };
  const nearChange = fc
    .record({
      year: fc.integer({ min: 2018, max: 2035 }),
      october: fc.boolean(),
      minutes: fc.integer({ min: -4 * 1440, max: 1440 }),
    })
    .map(({ year, october, minutes }) => {
      const lastSunday = DateTime.fromObject({ year, month: october ? 10 : 3, day: 31 }, { zone: ZONE });
      const sunday = lastSunday.minus({ days: lastSunday.weekday % 7 }).startOf('day');
      return sunday.plus({ minutes }).toMillis();
    });

  it('an RHI is due 72 elapsed hours after the return, whatever the clocks do', () => {
    fc.assert(
      fc.property(nearChange, (foundMs) => {
        const foundAt = new Date(foundMs).toISOString();
        const reportedAt = new Date(foundMs - 5 * HOUR).toISOString();
        const result = evaluate('wigan', [{ id: 'x', reportedAt, foundAt, category: 'missing' }], foundAt, {
          child,
        });
        const due = Date.parse(result.returnInterviews[0]?.dueBy ?? '');
        expect(due - foundMs).toBe(72 * HOUR);
      }),
      { numRuns: 500 },
    );
  });

  it('a 72-hour clock across the October change ends an hour earlier on the wall clock than 3 days at the same time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2018, max: 2035 }),
        fc.integer({ min: 6 * 60, max: 22 * 60 }),
        (year, minute) => {
          const lastSunday = DateTime.fromObject({ year, month: 10, day: 31 }, { zone: ZONE });
          const friday = lastSunday
            .minus({ days: (lastSunday.weekday % 7) + 2 })
            .startOf('day')
            .plus({ minutes: minute });
          const reportedAt = friday.toUTC().toISO() ?? '';
          const asOf = friday.plus({ days: 4 }).toUTC().toISO() ?? '';
          const result = evaluate('staffordshire', [{ id: 'x', reportedAt, category: 'missing' }], asOf, {
            child,
          });
          const at = result.notifications.find((n) => n.role === 'Assistant Director')?.at ?? '';
          const wallClock = DateTime.fromISO(at, { zone: ZONE });
          expect(Date.parse(at) - friday.toMillis()).toBe(72 * HOUR);
          expect(wallClock.toMillis()).toBe(friday.plus({ days: 3 }).minus({ hours: 1 }).toMillis());
          expect(wallClock.hour).toBe((friday.hour + 23) % 24);
        },
      ),
      { numRuns: 200 },
    );
  });
});
