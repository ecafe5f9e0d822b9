import { sql } from 'kysely';
import type { BackendContext } from '../context';
import { BULK_WRITE_ROWS } from './dialect';

/**
 * The tables a bulk write may take the indexes off: the import's episodes (100,000 rows), and the protocol state and
 * board rows of the children it created (20,000 each, refresh.ts).
 */
export type BulkIndexedTable = 'episodes' | 'protocol_state' | 'protocol_board';

interface IndexDefinition {
  name: string;
  sql: string;
}

/**
 * The table's indexes that enforce nothing, each with its definition as SQLite stores it (sqlite_schema keeps the
 * text of the CREATE INDEX the migration ran). Unique ones (episodes_one_open: one open episode per child) and
 * those behind a key or constraint (no stored text) stay in place, so every constraint holds throughout the write.
 */
async function plainIndexes(ctx: BackendContext, table: BulkIndexedTable): Promise<IndexDefinition[]> {
  const { rows } = await sql<IndexDefinition>`
    SELECT s.name AS name, s.sql AS sql
    FROM sqlite_schema s JOIN pragma_index_list(${table}) i ON i.name = s.name
    WHERE s.type = 'index' AND s.sql IS NOT NULL AND i."unique" = 0
    ORDER BY s.name`.execute(ctx.db);
  return rows;
}

async function rowCount(ctx: BackendContext, table: BulkIndexedTable): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(ctx.db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Runs `fn`, a write of `rows` new rows into `table` inside the caller's transaction, with the table's plain indexes
 * (plainIndexes) taken off and made again from their own stored definitions once it is done, in the same
 * transaction. SQLite builds an index by sorting its rows once, far cheaper than as many inserts at random places
 * in it: for the 100,000-row import, 0.8 s of inserting episodes and 0.4 s of building its four plain indexes
 * against 1.6 s of inserting them with the indexes in place. Only when the write at least doubles the table (a
 * rebuild reads every row, old ones too) and is a bulk one; an error or a cancel in `fn` rolls the transaction
 * back, the dropped indexes with it, so the schema afterwards is always the migrations' own.
 * PostgreSQL is left as it is: dropping an index there locks the whole table against every reader for the length
 * of the import (team mode's other users), not worth what it saves.
 */
export async function withIndexesRebuilt<T>(
  ctx: BackendContext,
  table: BulkIndexedTable,
  rows: number,
  fn: () => Promise<T>,
): Promise<T> {
  if (ctx.engine !== 'sqlite' || !ctx.db.isTransaction || rows < BULK_WRITE_ROWS) return fn();
  if ((await rowCount(ctx, table)) > rows) return fn();
  const indexes = await plainIndexes(ctx, table);
  for (const { name } of indexes) await sql`DROP INDEX ${sql.id(name)}`.execute(ctx.db);
  const value = await fn();
  // The stored text itself, run again: the index comes back exactly as its migration defined it.
  for (const index of indexes) await sql.raw(index.sql).execute(ctx.db);
  return value;
}
