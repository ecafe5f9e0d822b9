import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { trendEnding } from '../../../electron/backend/dashboard/month/trend';
import { londonMonth, monthsEnding } from '../../../electron/backend/dashboard/months';
import { EPISODE_CATEGORIES } from '../../../shared/domain/episode';
import { freshBackend, must, sampleChild } from '../support/backend';

// The month's dashboard's trend reads counts kept per hour by triggers on episodes (migration 0037). Here they are
// held equal to a recount of the episodes themselves after random saves: new episodes, and edits of an episode's
// report, category, return and interview, across the clock change of 25 October 2026 (a London month in summer time
// starts at 23:00 UTC) and around the 72 hours an interview counts within.

const NOW = '2026-11-20T10:00:00.000Z';
const HOUR = 3_600_000;
const nowMs = Date.parse(NOW);
const iso = (ms: number) => new Date(ms).toISOString();

const when = fc.record({
  // Back to late September (a month in summer time) and up to now; the minutes land near the hour's edges too.
  hoursAgo: fc.integer({ min: 0, max: 24 * 60 }),
  minute: fc.constantFrom(0, 1, 30, 59),
  lastsHours: fc.option(fc.integer({ min: 0, max: 24 * 5 }), { nil: null }),
  // An interview held after the return: 72 hours exactly is within, a minute more is not.
  heldAfterMinutes: fc.option(fc.constantFrom(60, 72 * 60, 72 * 60 + 1, 24 * 60 * 6), { nil: null }),
  category: fc.constantFrom(...EPISODE_CATEGORIES),
});

const edit = fc.oneof(
  fc.record({ type: fc.constant('create' as const), child: fc.nat(1), at: when }),
  fc.record({ type: fc.constant('update' as const), pick: fc.nat(20), at: when }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function episodeTimes(at: Edit['at']) {
  const reported = nowMs - at.hoursAgo * HOUR - at.minute * 60_000;
  const found =
    at.lastsHours === null || reported + at.lastsHours * HOUR > nowMs
      ? null
      : reported + at.lastsHours * HOUR;
  const held =
    found === null || at.heldAfterMinutes === null || found + at.heldAfterMinutes * 60_000 > nowMs
      ? null
      : found + at.heldAfterMinutes * 60_000;
  return {
    category: at.category,
    reportedAt: iso(reported),
    foundAt: found === null ? null : iso(found),
    returnInterview: {
      offeredAt: null,
      offeredBy: null,
      outcome: held === null ? null : ('accepted' as const),
      notOfferedReason: null,
      heldAt: held === null ? null : iso(held),
    },
  };
}

/** Applies one save through the API; a refused one (a second open episode for a child) changes nothing. */
async function apply(b: Backend, ids: readonly string[], e: Edit): Promise<void> {
  if (e.type === 'create') {
    await b.call('episodes.create', { childId: ids[e.child]!, ...episodeTimes(e.at) });
    return;
  }
  const all = [
    ...(await must(b, 'children.get', { id: ids[0]! })).episodes,
    ...(await must(b, 'children.get', { id: ids[1]! })).episodes,
  ];
  const target = all[e.pick % Math.max(1, all.length)];
  if (!target) return;
  await b.call('episodes.update', {
    id: target.id,
    baseRevision: target.revision,
    episode: { ...target, ...episodeTimes(e.at) },
  });
}

type Counts = Map<string, { reported: number; returned: number; held: number }>;

/** The counts as kept, without the rows an edit brought back to nothing. */
async function kept(b: Backend): Promise<Counts> {
  const rows = await b.context.db.selectFrom('episode_hour_counts').selectAll().execute();
  const out: Counts = new Map();
  for (const r of rows) {
    const c = { reported: Number(r.reported), returned: Number(r.returned), held: Number(r.held_within_72) };
    if (c.reported !== 0 || c.returned !== 0 || c.held !== 0) out.set(`${r.hour} ${r.category}`, c);
  }
  return out;
}

/** The same counted from the episodes, in TypeScript. */
async function recounted(b: Backend): Promise<Counts> {
  const rows = await b.context.db
    .selectFrom('episodes')
    .select(['category', 'reported_at', 'found_at', 'ri_held_at'])
    .execute();
  const out: Counts = new Map();
  const at = (key: string) => {
    let c = out.get(key);
    if (!c) out.set(key, (c = { reported: 0, returned: 0, held: 0 }));
    return c;
  };
  for (const r of rows) {
    at(`${r.reported_at.slice(0, 13)} ${r.category}`).reported += 1;
    if (r.found_at !== null) {
      const c = at(`${r.found_at.slice(0, 13)} ${r.category}`);
      c.returned += 1;
      if (r.ri_held_at !== null && r.ri_held_at <= iso(Date.parse(r.found_at) + 72 * HOUR)) c.held += 1;
    }
  }
  return out;
}

/** The trend's months counted from the episodes by their London month's bounds, as the trend read them before. */
async function trendRecounted(b: Backend) {
  const rows = await b.context.db
    .selectFrom('episodes')
    .select(['category', 'reported_at', 'found_at', 'ri_held_at'])
    .execute();
  return monthsEnding('2026-11', 12).map((m) => {
    const inMonth = (t: string | null) => t !== null && t >= m.start && t < m.end;
    const ended = rows.filter((r) => inMonth(r.found_at));
    return {
      month: m.month,
      byCategory: Object.fromEntries(
        EPISODE_CATEGORIES.map((c) => [
          c,
          rows.filter((r) => r.category === c && inMonth(r.reported_at)).length,
        ]),
      ),
      returned: ended.length,
      held: ended.filter(
        (r) => r.ri_held_at !== null && r.ri_held_at <= iso(Date.parse(r.found_at!) + 72 * HOUR),
      ).length,
    };
  });
}

describe("the month's dashboard's kept hour counts (migration 0037)", () => {
  it('starts a London month in summer time at 23:00 UTC, on an hour', () => {
    expect(londonMonth('2026-10').start).toBe('2026-09-30T23:00:00.000Z');
    expect(londonMonth('2026-11').start).toBe('2026-11-01T00:00:00.000Z');
  });

  it(
    'equal a recount of the episodes after every save of a random sequence, and give the same trend',
    {
      timeout: 600_000,
    },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 10 }), async (edits) => {
          const b = await freshBackend(NOW);
          const ids: string[] = [];
          for (const i of [0, 1])
            ids.push((await must(b, 'children.create', sampleChild({ caseReference: `HOUR-000${i}` }))).id);
          for (const e of edits) {
            await apply(b, ids, e);
            expect(await kept(b)).toEqual(await recounted(b));
          }
          const trend = await trendEnding(b.context, '2026-11');
          expect(
            trend.map((t) => ({
              month: t.month,
              byCategory: t.byCategory,
              returned: t.returned,
              held: t.heldWithin72Hours.count,
            })),
          ).toEqual(await trendRecounted(b));
        }),
        { numRuns: 20 },
      );
    },
  );
});
