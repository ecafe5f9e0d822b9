import { describe, expect, it } from 'vitest';
import { LEGAL_STATUSES } from '../../../shared/domain/child';
import { listChildSummaries } from '../../../electron/backend/children/queries';
import { freshBackend, must, sampleChild, testEngine } from '../support/backend';
import { childrenByOneScan } from '../support/childrenScan';

const NOW = '2026-11-20T10:00:00.000Z';
const SINCE = '2026-08-22T10:00:00.000Z';
const FAMILIES = ['Zed', 'Aaron', 'Moss', 'aaron', 'Brook', 'Moss'];
const GIVEN = ['Ash', 'Bo', 'Ash', 'Cy'];

describe('the children list without a search', () => {
  it('pages missing children first, then the rest by name, as the one sorted query did', async () => {
    const b = await freshBackend(NOW);
    // 24 children: repeated names (ties), mixed case, every legal status in turn; 5 of them missing now.
    for (let i = 0; i < 24; i++) {
      const child = await must(
        b,
        'children.create',
        sampleChild({
          caseReference: `LIST-${String(i).padStart(3, '0')}`,
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
    for (const legalStatus of [null, LEGAL_STATUSES[0]]) {
      for (const missingNow of [false, true]) {
        for (const limit of [1, 3, 5, 6, 11, 24, 500]) {
          const got = await listChildSummaries(db, {
            search: '',
            missingNow,
            legalStatus,
            since: SINCE,
            limit,
            engine: testEngine,
          });
          const want = await childrenByOneScan(db, null, legalStatus, missingNow, limit);
          const where = `legalStatus ${legalStatus} missingNow ${missingNow} limit ${limit}`;
          expect(
            got.map((c) => [c.familyName, c.givenName, c.missingSince]),
            where,
          ).toEqual(want.map((r) => [r.family_name, r.given_name, r.missing_since]));
          // Children of the same name: SQLite's name index holds them in row order, as its sort kept them.
          // PostgreSQL's order among equals is its own in both forms, so there only the names are compared.
          if (testEngine === 'sqlite')
            expect(
              got.map((c) => c.id),
              where,
            ).toEqual(want.map((r) => r.id));
        }
      }
    }
    // Through the API: the five missing first, each child once, with the 90-day counts.
    const list = await must(b, 'children.list', {});
    expect(list).toHaveLength(24);
    expect(new Set(list.map((c) => c.id)).size).toBe(24);
    expect(list.slice(0, 5).every((c) => c.missingSince !== null)).toBe(true);
    expect(list.slice(5).every((c) => c.missingSince === null)).toBe(true);
    expect(list.every((c) => c.episodesLast90Days === 1)).toBe(true);
  });
});
