import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  duePartText,
  headerText,
  parseDuePart,
  parseHeader,
  type StoredHeader,
} from '../../../electron/backend/protocol/state/storedText';
import { dueEvaluationOf } from '../../../shared/protocol';
import type { ChildEvaluation, Notification } from '../../../shared/protocol/types';

const EVALUATION: ChildEvaluation = {
  profileId: 'wigan',
  asOf: '2026-11-20T10:00:00.000Z',
  inScope: true,
  stage: {
    level: 0,
    label: null,
    reachedAt: null,
    reason: '',
    source: '',
  } as unknown as ChildEvaluation['stage'],
  meetings: [],
  notifications: [],
  returnInterviews: [],
  longTermMissing: [],
  considerations: [],
  prompts: [],
  labels: [],
  escalations: [],
  upcoming: [],
  openEpisodeIds: [],
};

const header = (notifications: Notification[]): StoredHeader => ({
  profile: { id: 'wigan', name: 'Wigan', council: 'Wigan Council' },
  profileBecause: 'placed in Wigan',
  evaluation: { ...EVALUATION, notifications },
});

// A few rules' words, so that notifications share them, and some fields left out, undefined or null.
const words = fc.constantFrom('Parent or carer', 'Police', 'Social worker');
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const notification = fc
  .record({
    role: words,
    at: maybe(fc.constantFrom('2026-11-19T10:00:00.000Z', '2026-11-20', null)),
    deadlineAt: fc.integer({ min: 0, max: 2e12 }),
    reason: fc.constantFrom('A child is reported missing', 'A child returns'),
    episodeId: fc.option(fc.constantFrom('e1', 'e2', 'e3')),
    subjectId: maybe(fc.option(fc.constantFrom('placement:2026-01-01', 'review-1'))),
    notifiedBy: fc.option(words),
    source: fc.constantFrom('WG 10', 'ST 6'),
    ruleId: fc.constantFrom('told-parents', 'told-police'),
    quote: maybe(fc.option(fc.constantFrom('A sentence of the protocol.', 'Another.'))),
  })
  // The same fields in another order are other words: the answer's JSON keeps each notification's own order.
  .chain((n) =>
    fc
      .boolean()
      .map((reversed) =>
        reversed
          ? (Object.fromEntries(Object.entries(n).reverse()) as unknown as Notification)
          : (n as Notification),
      ),
  );

describe('the stored child header and Due part', () => {
  it('reads back as the JSON of the header the engine gave, its notifications’ shared words stored once', () => {
    fc.assert(
      fc.property(fc.array(notification, { maxLength: 30 }), (list) => {
        const given = header(list);
        expect(JSON.stringify(parseHeader(headerText(given)))).toBe(JSON.stringify(given));
      }),
    );
  });

  it('reads the Due part back as the JSON of the part the Due list reads', () => {
    fc.assert(
      fc.property(fc.array(notification, { maxLength: 30 }), (list) => {
        const given = dueEvaluationOf({ ...EVALUATION, notifications: list });
        expect(JSON.stringify(parseDuePart(duePartText(given)))).toBe(JSON.stringify(given));
      }),
    );
  });

  it('reads a header stored before its notifications were packed as it was stored', () => {
    const older = header([
      {
        role: 'Police',
        at: '2026-11-19T10:00:00.000Z',
        deadlineAt: 1,
        reason: 'A child is reported missing',
        episodeId: 'e1',
        subjectId: null,
        notifiedBy: null,
        source: 'ST 6',
        ruleId: 'told-police',
        quote: null,
      },
    ]);
    expect(parseHeader(JSON.stringify(older))).toEqual(older);
    const due = dueEvaluationOf(older.evaluation);
    expect(parseDuePart(JSON.stringify(due))).toEqual(due);
  });
});
