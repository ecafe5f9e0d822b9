import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { LEGAL_STATUSES } from '../../../shared/domain/child';
import { EPISODE_CATEGORIES, POLICE_RISKS } from '../../../shared/domain/episode';
import { freshBackend, must, sampleChild } from '../support/backend';
import { expectStoredMatchesFull, type MovableClock } from './support';

const START = '2026-10-20T09:00:00.000Z';
const HOUR = 3_600_000;
const AUTHORITIES = [
  'Warwickshire County Council',
  'Staffordshire County Council',
  'Stoke-on-Trent City Council',
  'Wigan Council',
  'Derby City Council',
];
const PROFILES = ['warwickshire', 'staffordshire', 'stoke-on-trent', 'wigan', 'east-midlands'];

// One edit a co-ordinator, a chair or an administrator might make, or time passing (forwards, or a clock set back).
const edit = fc.oneof(
  fc.record({
    type: fc.constant('episode' as const),
    child: fc.nat(1),
    hoursAgo: fc.integer({ min: 0, max: 24 * 120 }),
    lastsHours: fc.option(fc.integer({ min: 0, max: 24 * 10 }), { nil: null }),
    category: fc.constantFrom(...EPISODE_CATEGORIES),
    risk: fc.option(fc.constantFrom(...POLICE_RISKS), { nil: null }),
    interview: fc.constantFrom('none', 'held', 'declined', 'not-offered'),
    interviewAfterHours: fc.integer({ min: 1, max: 120 }),
  }),
  fc.record({
    type: fc.constant('return' as const),
    child: fc.nat(1),
    hoursAgo: fc.integer({ min: 0, max: 96 }),
  }),
  // Fields the engine never reads (protocol/state/marks.ts): the stored state is left as it was, and must still agree.
  fc.record({
    type: fc.constant('notes' as const),
    child: fc.nat(1),
    notes: fc.constantFrom('Seen at the station.', 'Returned by carer.', null),
  }),
  fc.record({ type: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 60 * 24 * 8 }) }),
  fc.record({ type: fc.constant('back' as const), minutes: fc.integer({ min: 1, max: 60 * 24 * 3 }) }),
  fc.record({
    type: fc.constant('meeting' as const),
    child: fc.nat(1),
    kind: fc.constantFrom('mim', 'daily-review', 'strategy'),
    stageLevel: fc.constantFrom(1, 2, 3),
    hoursAgo: fc.integer({ min: 0, max: 24 * 10 }),
  }),
  fc.record({
    type: fc.constant('child' as const),
    child: fc.nat(1),
    authority: fc.constantFrom(...AUTHORITIES),
    host: fc.option(fc.constantFrom(...AUTHORITIES), { nil: null }),
    legalStatus: fc.constantFrom(...LEGAL_STATUSES),
    bornYearsAgo: fc.integer({ min: 8, max: 19 }),
    // EM: a placement at risk, planned ahead or begun, whose notice to the host is due with no episode at all.
    placedDaysAgo: fc.option(fc.integer({ min: -10, max: 30 }), { nil: null }),
    atRisk: fc.boolean(),
  }),
  // ST 17.4: a statutory review held, after which the IRO's report is due for a child living out of area.
  fc.record({
    type: fc.constant('review' as const),
    child: fc.nat(1),
    daysAgo: fc.integer({ min: 0, max: 60 }),
  }),
  fc.record({ type: fc.constant('default-profile' as const), profile: fc.constantFrom(...PROFILES) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

const iso = (ms: number) => new Date(ms).toISOString();

/** Applies one edit through the API. A refused edit (e.g. a return before the report) changes nothing. */
async function apply(b: Backend, clock: MovableClock, ids: readonly string[], e: Edit): Promise<void> {
  const now = clock.now.getTime();
  if (e.type === 'advance') clock.now = new Date(now + e.minutes * 60_000);
  else if (e.type === 'back') clock.now = new Date(now - e.minutes * 60_000);
  else if (e.type === 'default-profile') await b.call('settings.update', { defaultProfileId: e.profile });
  else if (e.type === 'episode') {
    const reported = now - e.hoursAgo * HOUR;
    const found =
      e.lastsHours === null || reported + e.lastsHours * HOUR > now ? null : reported + e.lastsHours * HOUR;
    const heldAt = found === null ? null : found + e.interviewAfterHours * HOUR;
    await b.call('episodes.create', {
      childId: ids[e.child],
      category: e.category,
      reportedAt: iso(reported),
      foundAt: found === null ? null : iso(found),
      policeRiskAtReport: e.risk,
      returnInterview: {
        outcome: e.interview === 'none' || e.interview === 'held' ? null : e.interview,
        heldAt: e.interview === 'held' && heldAt !== null && heldAt <= now ? iso(heldAt) : null,
      },
    });
  } else if (e.type === 'return') {
    const { episodes } = await must(b, 'children.get', { id: ids[e.child]! });
    const open = episodes.find((x) => x.foundAt === null);
    if (open) {
      const found = Math.max(Date.parse(open.reportedAt), now - e.hoursAgo * HOUR);
      await b.call('episodes.update', { id: open.id, episode: { ...open, foundAt: iso(found) } });
    }
  } else if (e.type === 'notes') {
    const { episodes } = await must(b, 'children.get', { id: ids[e.child]! });
    const last = episodes.at(-1);
    if (last)
      await b.call('episodes.update', {
        id: last.id,
        baseRevision: last.revision,
        episode: { ...last, notes: e.notes, whereFound: e.notes === null ? null : 'Example Street' },
      });
  } else if (e.type === 'meeting') {
    const created = await b.call('meetings.create', {
      kind: e.kind,
      stageLevel: e.kind === 'mim' ? e.stageLevel : null,
      childIds: [ids[e.child]!],
      chairRole: 'Team Manager',
      chairName: 'Chair A. Example',
      minuteTaker: 'Minute B. Example',
      scheduledAt: iso(now - e.hoursAgo * HOUR),
      venue: 'Room 2, Example House',
      reason: 'Property test',
    });
    if (created.ok) {
      const { meeting } = created.value as { meeting: { id: string } };
      await b.call('meetings.transition', {
        meetingId: meeting.id,
        to: 'in-progress',
        at: iso(now - e.hoursAgo * HOUR),
      });
      await b.call('meetings.transition', { meetingId: meeting.id, to: 'concluded', at: null });
    }
  } else if (e.type === 'review') {
    await b.call('statutoryReviews.add', {
      childId: ids[e.child]!,
      heldOn: new Date(now - e.daysAgo * 24 * HOUR).toISOString().slice(0, 10),
      iroName: 'IRO E. Example',
    });
  } else {
    const born = new Date(now - e.bornYearsAgo * 365.25 * 24 * HOUR).toISOString().slice(0, 10);
    await b.call('children.update', {
      id: ids[e.child]!,
      child: sampleChild({
        caseReference: `PROP-000${e.child}`,
        placingAuthority: e.authority,
        hostAuthority: e.host,
        legalStatus: e.legalStatus,
        dateOfBirth: born,
        placementStartedOn:
          e.placedDaysAgo === null
            ? null
            : new Date(now - e.placedDaysAgo * 24 * HOUR).toISOString().slice(0, 10),
        placementMissingRisk: e.atRisk,
      }),
    });
  }
}

describe('the stored protocol state under random edits', () => {
  // 25 fresh databases, each edited up to 12 times and compared after each: minutes on PostgreSQL on a busy machine.
  it(
    'agrees with a full evaluation after every edit of a random history, and as time passes',
    { timeout: 600_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
          const clock: MovableClock = { now: new Date(START) };
          const b = await freshBackend(START, { now: () => clock.now });
          const ids: string[] = [];
          for (const [i, authority] of [AUTHORITIES[0], AUTHORITIES[3]].entries()) {
            const child = await must(
              b,
              'children.create',
              sampleChild({ caseReference: `PROP-000${i}`, placingAuthority: authority ?? 'Wigan Council' }),
            );
            ids.push(child.id);
          }
          for (const [step, e] of edits.entries()) {
            await apply(b, clock, ids, e);
            await expectStoredMatchesFull(b, ids, `step ${step} (${e.type}) ${clock.now.toISOString()}`);
          }
        }),
        { numRuns: 25 },
      );
    },
  );
});
