import { describe, expect, it } from 'vitest';
import { freshBackend, must, sampleChild } from '../support/backend';
import { count, dataLines, importText, large903, snapshot, textOf } from './support';

const ROWS = 50_000;

describe('a 50,000-row 903 file', () => {
  // Two 50,000-row imports and two whole-database snapshots: more than the default minute on a busy machine.
  it(
    'imports every good row, lists the few bad ones by line, and leaves what was already there unchanged',
    { timeout: 240_000 },
    async () => {
      const b = await freshBackend();
      // A child the file also names: its saved episode must come through untouched, and the file's row that
      // overlaps it must be refused.
      const held = await must(
        b,
        'children.create',
        sampleChild({ caseReference: 'TEST-000001', dateOfBirth: '2009-01-01' }),
      );
      const { warnings, ...saved } = await must(b, 'episodes.create', {
        childId: held.id,
        category: 'absent',
        reportedAt: '2022-01-03T09:00:00Z',
        foundAt: '2022-01-03T18:00:00Z',
        notes: 'saved before the import',
      });
      // Warwickshire (the default profile) never records a child as absent: saved, with the warning.
      expect(warnings.map((w) => w.source)).toEqual(['W-CP 3.2']);
      const before = await snapshot(b);

      const bad = new Map([
        [10, 'TEST-000003,03/03/2011,M,31/02/2026,'],
        [20_000, 'TEST-004001,05/05/2009,Q,01/03/2026,02/03/2026'],
        [49_998, 'TEST-010000,10/04/2012,M,03/03/2026,01/03/2026'],
      ]);
      const r = await importText(b, large903(ROWS, bad));

      expect(r.rowsRead).toBe(ROWS);
      expect(r.rejected.map((x) => [x.line, x.field])).toEqual([
        [2, 'MIS_START'],
        [12, 'MIS_START'],
        [20_002, 'MISSING'],
        [50_000, 'MIS_END'],
      ]);
      expect(r.rejected[0]!.message).toMatch(/overlaps another episode/);
      expect(r).toMatchObject({
        imported: ROWS - 4,
        alreadyPresent: 0,
        rowsRejected: 4,
        childrenCreated: ROWS / 5 - 1,
      });
      expect(await count(b, 'episodes')).toBe(ROWS - 4 + 1);

      const after = await snapshot(b);
      // The audit chain's recorded end (a setting) moves with every audited change, the import's included: it is the
      // trail's bookkeeping, not a record the import could have altered.
      // The held child's protocol state (migration 0005) is derived from its episodes, which the file adds to, so it
      // is evaluated again in the import's transaction; every other child's stays as it was.
      const unchanged = (table: string, rows: unknown[]) =>
        table === 'settings'
          ? rows.filter((r) => (r as { key: string }).key !== 'auditChainHead')
          : table === 'protocol_state'
            ? rows.filter((r) => (r as { child_id: string }).child_id !== held.id)
            : rows;
      for (const [table, rows] of Object.entries(before)) {
        expect(after[table], table).toEqual(expect.arrayContaining(unchanged(table, rows)));
      }
      expect((await must(b, 'children.get', { id: held.id })).episodes[0]).toEqual(saved);

      const again = await importText(b, large903(ROWS, bad));
      expect(again).toMatchObject({ imported: 0, alreadyPresent: ROWS - 4, rowsRejected: 4 });
      expect(dataLines(textOf(await must(b, 'importExport.export903', {})))).toHaveLength(ROWS - 4);
    },
  );
});
