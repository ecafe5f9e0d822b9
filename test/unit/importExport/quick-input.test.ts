import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickChildInput, quickEpisodeInput } from '../../../electron/backend/importExport/quickInput';
import { childInputSchema } from '../../../shared/domain/child';
import { episodeInputSchema } from '../../../shared/domain/episode';

// The import's quick path must give exactly what the forms' schemas give, or step aside: a row it takes is one the
// schema accepts, with the same value (key order included, as the stored JSON would show), and every row it leaves
// goes to the schema, so refusals keep zod's messages.

// Each field is mostly a plain value (so rows do take the quick path), now and then anything else a file or a
// client might send, or left out.
const DROP = Symbol('left out');
const field = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 30, arbitrary: good },
    { weight: 1, arbitrary: bad },
    { weight: 1, arbitrary: fc.constant(DROP) },
  );
const text = (...good: string[]) =>
  field(
    fc.constantFrom(...good),
    fc.oneof(
      fc.constantFrom('', ' padded ', 'x'.repeat(101), 'x'.repeat(4001), 'A\u202EB', '\u00A0nbsp', 'TEST 1'),
      fc.string({ maxLength: 12 }),
    ),
  );
const nullable = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) =>
  field(fc.oneof(fc.constant(null), fc.constant(undefined), good), fc.oneof(bad, fc.constant(7)));
const goodInstant = fc.oneof(
  fc.constantFrom('2021-01-04T12:00:00.000Z', '2024-06-01T09:30+01:00', '2024-06-01T09:30:15Z'),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
);
const badInstant = fc.constantFrom(
  '2021-02-30T12:00:00.000Z',
  '2021-13-01T12:00:00.000Z',
  '2021-01-04 12:00',
  '2021-01-04',
);
const goodDay = fc.constantFrom('2010-01-31', '2012-02-29', '2008-12-01');
const badDay = fc.constantFrom('2013-02-29', '2010-1-5', '2010-04-31', '20100101');

/** An object of the fields, some left out, and now and then with a key no schema has. */
const record = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .tuple(
      fc.record(shape),
      fc.oneof(
        { weight: 19, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom('extra', 'givenname') },
      ),
    )
    .map(([v, extra]) => {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (x !== DROP) out[k] = x;
      if (extra) out[extra] = 'x';
      return out;
    });

const childArb = record({
  givenName: text('Unknown', 'Amira'),
  familyName: text('(903 import)', 'Khan'),
  dateOfBirth: field(goodDay, badDay),
  gender: field(fc.constantFrom('not-recorded', 'female'), fc.constantFrom('Female', '')),
  caseReference: text('TEST-000001', 'CR/22'),
  legalStatus: field(fc.constantFrom('child-in-care', 'care-leaver'), fc.constant('in care')),
  placingAuthority: text('Exampleshire County Council'),
  hostAuthority: nullable(fc.constant('Warwickshire County Council'), fc.constant(' W ')),
  placementType: field(fc.constantFrom('other', 'foster-care'), fc.constant('foster care')),
  allocatedWorker: nullable(fc.constant('A Worker'), fc.constant('x'.repeat(101))),
  team: nullable(fc.constant('North'), fc.constant('')),
  // A profile or an arrangement is for the form, not a file: the quick path leaves any to the schema.
  protocolProfileId: field(fc.constantFrom(null, undefined), fc.constantFrom('warwickshire', 'has space')),
  unaccompaniedAsylumSeeking: field(fc.boolean(), fc.constant('yes')),
  placementStartedOn: nullable(goodDay, badDay),
  placementArrangement: field(fc.constantFrom(null, undefined), fc.constantFrom('planned', 'sometimes')),
  placementMissingRisk: field(fc.boolean(), fc.constant(null)),
});

const episodeArb = record({
  childId: field(
    fc.constantFrom('0f8fad5b-d9cb-469f-a165-70867728950e', 'demo-child-00001'),
    fc.constantFrom('', 'has space', 'x'.repeat(101)),
  ),
  category: field(fc.constantFrom('missing', 'away', 'absent'), fc.constantFrom('Missing', '')),
  reportedAt: field(goodInstant, badInstant),
  lastSeenAt: nullable(goodInstant, badInstant),
  foundAt: nullable(goodInstant, badInstant),
  policeRiskAtReport: nullable(fc.constantFrom('high', 'medium'), fc.constant('HIGH')),
  policeRiskLatest: nullable(fc.constantFrom('low', 'no-apparent-risk'), fc.constant('none')),
  policeReference: nullable(fc.constant('PR-1'), fc.constantFrom('', ' PR-2', 'P\u2066R')),
  missingFrom: nullable(fc.constantFrom('placement', 'home'), fc.constant('nowhere')),
  whereFound: nullable(fc.constant('At a friend’s house'), fc.constant(' untrimmed ')),
  returnMethod: nullable(fc.constantFrom('police', 'carer'), fc.constant('bus')),
  returnInterview: field(
    fc.constantFrom(undefined, {}, { offeredAt: null, offeredBy: undefined, outcome: null }),
    fc.constantFrom({ outcome: 'accepted' }, { heldAt: '2021-01-05T12:00:00.000Z' }, null),
  ),
  factors: field(
    fc.constantFrom(undefined, []),
    fc.constant([{ direction: 'push', code: 'other', detail: 'x' }]),
  ),
  notes: nullable(fc.constant('Found by carer.'), fc.constant('x'.repeat(4001))),
  traffickingConcern: field(fc.boolean(), fc.constant(1)),
});

function sameAsSchema<T>(
  quick: (v: unknown) => T | null,
  schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } },
  arb: fc.Arbitrary<unknown>,
): number {
  let taken = 0;
  fc.assert(
    fc.property(arb, (v) => {
      const fast = quick(v);
      if (fast === null) return;
      taken++;
      const parsed = schema.safeParse(v);
      expect(parsed.success).toBe(true);
      // JSON keeps key order and tells null from a missing key: the stored rows would be the same text.
      expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
    }),
    { numRuns: 4000, seed: 903 },
  );
  return taken;
}

describe('the import’s quick check of plain rows', () => {
  it('gives a 903 row’s new child exactly as childInputSchema does, and leaves every other child to the schema', () => {
    // Most rows did take the quick path: without that this test would pass by comparing nothing.
    expect(sameAsSchema(quickChildInput, childInputSchema, childArb)).toBeGreaterThan(1000);
  });

  it('gives a plain episode exactly as episodeInputSchema does, and leaves every other episode to the schema', () => {
    expect(sameAsSchema(quickEpisodeInput, episodeInputSchema, episodeArb)).toBeGreaterThan(1000);
  });

  it('takes the rows a 903 file makes, so the 100,000-row import does not run zod per row', () => {
    const child = {
      givenName: 'Unknown',
      familyName: '(903 import)',
      dateOfBirth: '2012-02-29',
      gender: 'not-recorded',
      caseReference: 'TEST-000102',
      legalStatus: 'child-in-care',
      placingAuthority: 'Exampleshire County Council',
      placementType: 'other',
    };
    expect(quickChildInput(child)).toEqual(childInputSchema.parse(child));
    const episode = {
      category: 'away',
      reportedAt: '2021-01-04T12:00:00.000Z',
      foundAt: null,
      childId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    };
    expect(quickEpisodeInput(episode)).toEqual(episodeInputSchema.parse(episode));
  });

  it('leaves to the schema what it must refuse or change: an untrimmed name, a bidi control, a 13th month', () => {
    const child = childInputSchema.parse({
      givenName: 'A',
      familyName: 'B',
      dateOfBirth: '2012-02-28',
      gender: 'female',
      caseReference: 'CR1',
      legalStatus: 'child-in-care',
      placingAuthority: 'P',
      placementType: 'other',
    });
    expect(quickChildInput({ ...child, givenName: ' A ' })).toBeNull();
    expect(quickChildInput({ ...child, caseReference: 'CR\u202E1' })).toBeNull();
    expect(quickChildInput({ ...child, dateOfBirth: '2013-02-29' })).toBeNull();
    expect(
      quickEpisodeInput({ childId: 'c1', category: 'missing', reportedAt: '2021-13-01T12:00:00.000Z' }),
    ).toBeNull();
  });
});
