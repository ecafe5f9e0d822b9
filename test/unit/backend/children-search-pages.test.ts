import { describe, expect, it } from 'vitest';
import { LEGAL_STATUSES } from '../../../shared/domain/child';
import { listChildSummaries } from '../../../electron/backend/children/queries';
import { freshBackend, must, sampleChild, testEngine } from '../support/backend';
import { childrenByOneScan } from '../support/childrenScan';

const NOW = '2026-11-20T10:00:00.000Z';
const SINCE = '2026-08-22T10:00:00.000Z';
// Repeated names (ties), mixed case, an apostrophe and an accent, so the key's normaliser and the order both count.
const FAMILIES = ['Zed', 'O’Neill', 'Moss', 'oneill', 'Brook', 'Moss', 'Ëlin'];
const GIVEN = ['Ash', 'Bo', 'Ash', 'Cy', 'Dee'];
const SEARCHES = [
  'neill',
  "O'Neill",
  'moss',
  'ash',
  'elin',
  'srch-01',
  'SRCH-0',
  'srch02',
  'a',
  'zzz',
  '%',
  '_',
];

describe('the children list with a search', () => {
  it('finds and orders the same children as the scan of every row did, ties included', async () => {
    const b = await freshBackend(NOW);
    // 35 children: names repeat every 35 (7 x 5), so equal names recur with other case references; 7 missing now.
    for (let i = 0; i < 35; i++) {
      const child = await must(
        b,
        'children.create',
        sampleChild({
          caseReference: `SRCH-${String((i * 13) % 35).padStart(3, '0')}`,
          familyName: FAMILIES[i % FAMILIES.length]!,
          givenName: GIVEN[i % GIVEN.length]!,
          legalStatus: LEGAL_STATUSES[i % LEGAL_STATUSES.length],
        }),
      );
      await must(b, 'episodes.create', {
        childId: child.id,
        category: 'missing',
        reportedAt: `2026-11-${String(1 + (i % 18)).padStart(2, '0')}T08:00:00Z`,
        foundAt: i % 5 === 2 ? null : `2026-11-${String(1 + (i % 18)).padStart(2, '0')}T09:00:00Z`,
      });
    }
    const db = b.context.db;
    let matched = 0;
    for (const search of SEARCHES) {
      for (const legalStatus of [null, LEGAL_STATUSES[0]]) {
        for (const missingNow of [false, true]) {
          for (const limit of [1, 4, 9, 500]) {
            const got = await listChildSummaries(db, {
              search,
              missingNow,
              legalStatus,
              since: SINCE,
              limit,
              engine: testEngine,
            });
            const want = await childrenByOneScan(db, search, legalStatus, missingNow, limit);
            const where = `search ${search} legalStatus ${legalStatus} missingNow ${missingNow} limit ${limit}`;
            expect(
              got.map((c) => [c.familyName, c.givenName, c.missingSince]),
              where,
            ).toEqual(want.map((r) => [r.family_name, r.given_name, r.missing_since]));
            // Children of the same name: SQLite's sort kept them in row order, and so does the read of the key index.
            // PostgreSQL's order among equals is its own (its query is unchanged), so there only names are compared.
            if (testEngine === 'sqlite')
              expect(
                got.map((c) => c.id),
                where,
              ).toEqual(want.map((r) => r.id));
            matched += got.length;
          }
        }
      }
    }
    // Not a comparison of two empty answers: most searches find children, "zzz" none.
    expect(matched).toBeGreaterThan(200);
    expect((await must(b, 'children.list', { search: 'neill' })).length).toBe(10);
    expect(await must(b, 'children.list', { search: 'zzz' })).toEqual([]);
  });
});
