import { describe, expect, it } from 'vitest';
import {
  countEpisodesSince,
  returnInterviewWithin72h,
  summariseFactors,
} from '../../../shared/domain/chronology';
import type { PushPullFactor } from '../../../shared/domain/episode';

const ep = (
  reportedAt: string,
  factors: PushPullFactor[] = [],
  category: 'missing' | 'absent' | 'away' = 'missing',
) => ({
  reportedAt,
  foundAt: null,
  category,
  factors,
});

describe('chronology figures', () => {
  it('counts episodes in the 90 days up to now, by category when asked', () => {
    const eps = [
      ep('2026-08-21T09:00:00Z'),
      ep('2026-08-22T11:00:00Z'),
      ep('2026-11-01T10:00:00Z', [], 'absent'),
      ep('2026-11-21T10:00:00Z'),
    ];
    const asOf = '2026-11-20T10:00:00Z';
    expect(countEpisodesSince(eps, asOf, 90)).toBe(2);
    expect(countEpisodesSince(eps, asOf, 90, ['missing'])).toBe(1);
  });

  it('summarises push and pull factors: episodes each appears in, first and last seen, most frequent first', () => {
    const rows = summariseFactors([
      ep('2026-03-01T10:00:00Z', [{ direction: 'pull', code: 'peer-pressure', detail: null }]),
      ep('2026-01-01T10:00:00Z', [
        { direction: 'pull', code: 'peer-pressure', detail: 'older friends' },
        { direction: 'push', code: 'conflict-at-home', detail: null },
      ]),
      ep('2026-05-01T10:00:00Z', [
        { direction: 'pull', code: 'peer-pressure', detail: null },
        { direction: 'pull', code: 'peer-pressure', detail: null },
      ]),
    ]);
    expect(rows.map((r) => [r.direction, r.code, r.count, r.firstSeen, r.lastSeen])).toEqual([
      ['pull', 'peer-pressure', 3, '2026-01-01T10:00:00Z', '2026-05-01T10:00:00Z'],
      ['push', 'conflict-at-home', 1, '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z'],
    ]);
    expect(rows[0]!.details).toEqual(['older friends']);
  });

  it('keeps each free-text "other" factor apart', () => {
    const rows = summariseFactors([
      ep('2026-03-01T10:00:00Z', [
        { direction: 'push', code: 'other', detail: 'noise at night' },
        { direction: 'push', code: 'other', detail: 'lost phone' },
      ]),
    ]);
    expect(rows.map((r) => r.label).sort()).toEqual(['lost phone', 'noise at night']);
  });

  it('a return interview is within 72 hours by elapsed time, across the clock change', () => {
    // Found 00:30 UTC Saturday before the clocks go back; 72 elapsed hours later is 00:30 UTC Tuesday.
    const base = { offeredAt: null, offeredBy: null, outcome: 'accepted' as const, notOfferedReason: null };
    expect(
      returnInterviewWithin72h({
        foundAt: '2026-10-24T00:30:00Z',
        returnInterview: { ...base, heldAt: '2026-10-27T00:30:00Z' },
      }),
    ).toBe(true);
    expect(
      returnInterviewWithin72h({
        foundAt: '2026-10-24T00:30:00Z',
        returnInterview: { ...base, heldAt: '2026-10-27T00:31:00Z' },
      }),
    ).toBe(false);
    expect(
      returnInterviewWithin72h({
        foundAt: '2026-10-24T00:30:00Z',
        returnInterview: { ...base, heldAt: null },
      }),
    ).toBe(null);
  });
});
