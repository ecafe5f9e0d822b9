import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../../shared/protocol/london';
import { freshBackend, must } from '../support/backend';
import { expectStoredMatchesFull, type MovableClock } from './support';

const START = '2026-10-20T09:00:00.000Z';

describe('the stored protocol state of the demo children', () => {
  it(
    'answers Due, the board, the dashboard and every child header as a full evaluation does, at many instants',
    { timeout: 300_000 },
    async () => {
      const clock: MovableClock = { now: new Date(START) };
      const b = await freshBackend(START, { now: () => clock.now });
      await must(b, 'app.loadDemo', {});
      const ids = (await must(b, 'children.list', {})).map((c) => c.id);
      expect(ids.length).toBeGreaterThan(20);
      const start = Date.parse(START);
      // Steps of 7 h 13 min walk across London hours and days, through the clocks going back (25 October 2026),
      // then jumps: a month on, across midnight, and back in time (a clock set back must not show a later answer).
      const instants = [
        ...Array.from({ length: 14 }, (_, i) => start + i * (7 * HOUR_MS + 13 * 60_000)),
        Date.parse('2026-10-25T00:59:59.999Z'),
        Date.parse('2026-10-25T01:00:00.000Z'),
        start + 31 * DAY_MS,
        Date.parse('2026-11-20T23:59:59.999Z'),
        Date.parse('2026-11-21T00:00:00.000Z'),
        start + 2 * DAY_MS,
        Date.parse('2027-03-28T01:30:00.000Z'),
      ];
      for (const t of instants) {
        clock.now = new Date(t);
        await expectStoredMatchesFull(b, ids, clock.now.toISOString());
      }
    },
  );
});
