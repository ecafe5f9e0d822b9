import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { withIndexesRebuilt } from '../../../electron/backend/db/bulkIndexes';
import { BULK_WRITE_ROWS } from '../../../electron/backend/db/dialect';
import { mutation } from '../../../electron/backend/mutation';
import { build903 } from '../../../electron/bin/bench/import';
import type { ImportProgress } from '../../../shared/api/importExport';
import { freshBackend, must, testEngine } from '../support/backend';
import { importText, snapshot } from './support';

interface IndexRow {
  name: string;
  table: string;
  definition: string;
  /** SQLite's first page of the index: a new one when the index was built again; null on PostgreSQL. */
  rootpage: number | null;
}

/** Every index of the database as the engine itself records it: sqlite_schema, or pg_indexes. */
async function indexes(b: Backend): Promise<IndexRow[]> {
  const { rows } =
    testEngine === 'sqlite'
      ? await sql<IndexRow>`
          SELECT name, tbl_name AS "table", coalesce(sql, '(key)') AS definition, rootpage
          FROM sqlite_schema WHERE type = 'index' ORDER BY name`.execute(b.context.db)
      : await sql<IndexRow>`
          SELECT indexname AS name, tablename AS "table", indexdef AS definition, NULL AS rootpage
          FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`.execute(b.context.db);
  return rows;
}

const definitions = (rows: readonly IndexRow[]) => rows.map(({ rootpage: _, ...rest }) => rest);
const rootOf = (rows: readonly IndexRow[], name: string) => rows.find((r) => r.name === name)?.rootpage;

// The episodes' indexes that enforce nothing, which a large import builds again (db/bulkIndexes.ts), and one that
// enforces a rule (one open episode per child), which stays in place throughout.
const REBUILT = [
  'episodes_by_child',
  'episodes_by_found',
  'episodes_by_reported_category',
  'episodes_high_by_found',
];
const KEPT = 'episodes_one_open';
// The plain indexes of the states and board rows refresh.ts writes for an import's new children.
const STATE_REBUILT = [
  'protocol_board_by_return',
  'protocol_board_by_stage',
  'protocol_state_active',
  'protocol_state_by_engine',
  'protocol_state_by_evaluated',
  'protocol_state_by_next_change',
  'protocol_state_by_profile',
];

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe(`a large import's indexes on ${testEngine}`, () => {
  const rows = BULK_WRITE_ROWS + 2_000;

  it('are afterwards exactly the migrations’ own, and on SQLite were built again by the import', async () => {
    const b = await freshBackend();
    const before = await indexes(b);
    expect(before.map((r) => r.name)).toEqual(expect.arrayContaining([...REBUILT, KEPT]));
    const report = await importText(b, build903(rows));
    expect(report.imported).toBe(rows);
    const after = await indexes(b);
    expect(definitions(after)).toEqual(definitions(before));
    if (testEngine === 'sqlite') {
      for (const name of REBUILT) expect(rootOf(after, name), name).not.toBe(rootOf(before, name));
      expect(rootOf(after, KEPT)).toBe(rootOf(before, KEPT));
    }
    // The rebuilt indexes are read as before: a child's episodes, through episodes_by_child.
    const child = await must(b, 'children.list', { search: 'TEST-000002' });
    const { episodes } = await must(b, 'children.get', { id: child[0]!.id });
    expect(episodes).toHaveLength(5);
    // A bulk write into a table already larger than it leaves the indexes alone: rebuilding reads every row.
    const names = after.map((r) => r.name);
    const seen = await mutation(b.context, (tx) =>
      withIndexesRebuilt(tx, 'episodes', BULK_WRITE_ROWS, async () =>
        (await indexes({ ...b, context: tx })).map((r) => r.name),
      ),
    );
    expect(seen).toEqual(names);
  }, 120_000);

  it('of the new children’s states and board rows are built again once the import creates a bulk of children', async () => {
    const b = await freshBackend();
    const before = await indexes(b);
    // Five episodes a child (build903), so this many rows create exactly a bulk write's number of children.
    const report = await importText(b, build903(BULK_WRITE_ROWS * 5));
    expect(report.childrenCreated).toBe(BULK_WRITE_ROWS);
    const after = await indexes(b);
    expect(definitions(after)).toEqual(definitions(before));
    const stateIndexes = before
      .filter(
        (r) => (r.table === 'protocol_state' || r.table === 'protocol_board') && r.definition !== '(key)',
      )
      .map((r) => r.name);
    if (testEngine === 'sqlite') {
      expect(stateIndexes).toEqual(expect.arrayContaining(STATE_REBUILT));
      for (const name of STATE_REBUILT) expect(rootOf(after, name), name).not.toBe(rootOf(before, name));
    }
    // Every new child has its state and board row, read back through the rebuilt indexes' columns.
    const { rows } = await sql<{ states: number; boards: number; profiled: number }>`
      SELECT (SELECT count(*) FROM protocol_state) AS states, (SELECT count(*) FROM protocol_board) AS boards,
        (SELECT count(*) FROM protocol_state WHERE profile_id IS NOT NULL) AS profiled`.execute(b.context.db);
    expect(rows.map((r) => [Number(r.states), Number(r.boards), Number(r.profiled)])).toEqual([
      [BULK_WRITE_ROWS, BULK_WRITE_ROWS, BULK_WRITE_ROWS],
    ]);
  }, 240_000);

  it('are as they were after an import cancelled while saving, with nothing of the file kept', async () => {
    const b = await freshBackend();
    const before = await indexes(b);
    const data = await snapshot(b);
    const { jobId } = await must(b, 'importExport.startImport', {
      fileName: 'big.csv',
      content: build903(rows),
    });
    // Polled a turn at a time, and cancelled the moment it says it is saving (as jobs.test.ts does).
    const poll = async (stop: (p: ImportProgress) => boolean) => {
      for (;;) {
        const p = await must(b, 'importExport.importProgress', { jobId });
        if (p.status !== 'running' || stop(p)) return p;
        await nextTurn();
      }
    };
    expect(await poll((p) => p.phase === 'saving')).toMatchObject({ status: 'running', phase: 'saving' });
    await must(b, 'importExport.cancelImport', { jobId });
    const p = await poll(() => false);
    expect(p.status).toBe('cancelled');
    expect(await indexes(b)).toEqual(before);
    expect(await snapshot(b)).toEqual(data);
  }, 120_000);

  it('come back with the rolled-back transaction when the write between drop and rebuild fails', async () => {
    const b = await freshBackend();
    const before = await indexes(b);
    let during: string[] = [];
    const failed = mutation(b.context, (tx) =>
      withIndexesRebuilt(tx, 'episodes', BULK_WRITE_ROWS, async () => {
        during = (await indexes({ ...b, context: tx })).map((r) => r.name);
        throw new Error('the write failed');
      }),
    );
    await expect(failed).rejects.toThrow('the write failed');
    // Taken off for the write on SQLite only; PostgreSQL keeps its indexes (bulkIndexes.ts says why).
    if (testEngine === 'sqlite') {
      expect(during).not.toEqual(expect.arrayContaining(REBUILT));
      expect(during).toContain(KEPT);
    } else expect(during).toEqual(before.map((r) => r.name));
    expect(await indexes(b)).toEqual(before);
  });

  it('are left in place for a write smaller than a bulk one, or outside a transaction', async () => {
    const b = await freshBackend();
    const names = async (ctx: Backend['context']) =>
      (await indexes({ ...b, context: ctx })).map((r) => r.name);
    const all = await names(b.context);
    const seen = await mutation(b.context, async (tx) => [
      await withIndexesRebuilt(tx, 'episodes', BULK_WRITE_ROWS - 1, () => names(tx)),
      await withIndexesRebuilt(tx, 'episodes', 0, () => names(tx)),
    ]);
    expect(seen).toEqual([all, all]);
    // Outside a transaction nothing is dropped either: the rebuild must commit with the write.
    expect(await withIndexesRebuilt(b.context, 'episodes', BULK_WRITE_ROWS, () => names(b.context))).toEqual(
      all,
    );
  });
});
