import { sql, type Expression, type RawBuilder } from 'kysely';
import type { BackendContext } from '../context';

// Where SQLite and PostgreSQL truly differ at query time, each behind one small function with a test on both
// engines (test/unit/backend/dialect.test.ts). Everything else is Kysely's builder, which both read the same.

/**
 * Holds a child's row until the transaction ends, so checks on save that read the child's other records (no
 * overlapping episodes, one open episode) cannot race another server process saving for the same child.
 * SQLite needs nothing: one process owns the file and Kysely runs its transactions one at a time.
 */
export async function lockChild(tx: BackendContext, childId: string): Promise<void> {
  if (tx.engine !== 'postgres') return;
  await tx.db.selectFrom('children').select('id').where('id', '=', childId).forUpdate().execute();
}

/** lockChild for many children at once (the import re-checks every child a file names), 500 ids a query. */
export async function lockChildren(tx: BackendContext, childIds: readonly string[]): Promise<void> {
  if (tx.engine !== 'postgres') return;
  for (let i = 0; i < childIds.length; i += 500) {
    await tx.db
      .selectFrom('children')
      .select('id')
      .where('id', 'in', childIds.slice(i, i + 500))
      .forUpdate()
      .execute();
  }
}

/** A unique constraint refused the write (SQLite's SQLITE_CONSTRAINT_UNIQUE / PostgreSQL's 23505). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/** Escapes `%`, `_` and `\` so a person's search text is matched literally by LIKE ... ESCAPE '\'. */
export const likeContains = (text: string): string => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/**
 * Runs `fn`'s reads in one transaction that sees one moment, so figures read by several queries agree (the monthly
 * dashboard): PostgreSQL needs REPEATABLE READ for that (READ COMMITTED lets each statement see later commits);
 * a SQLite transaction always reads one snapshot. Inside a caller's transaction it joins it.
 */
export async function readSnapshot<T>(
  ctx: BackendContext,
  fn: (tx: BackendContext) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute((trx) => fn({ ...ctx, db: trx }));
}

/**
 * A stored instant (UTC ISO text with milliseconds) plus whole hours of elapsed time, as stored-instant text, so it
 * compares with other instants as text does: "held within 72 hours of the return" (ST 13.9).
 */
export function instantPlusHours(
  engine: BackendContext['engine'],
  instant: Expression<string | null>,
  hours: number,
): RawBuilder<string | null> {
  const h = Math.trunc(hours);
  return engine === 'postgres'
    ? sql<
        string | null
      >`to_char((${instant})::timestamptz AT TIME ZONE 'UTC' + make_interval(hours => ${h}), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : sql<string | null>`strftime('%Y-%m-%dT%H:%M:%fZ', ${instant}, ${`+${h} hours`})`;
}

/** Negative cache_size is in KiB: 256 MB, the 100,000-row import's pages with room to spare. */
const IMPORT_CACHE_KIB = -262_144;

/**
 * For a write of many rows (the 100,000-row import), on SQLite for the length of `fn`: a page cache that holds every
 * page the transaction dirties, and temporary storage in memory. With 64 MB (the connection's own until it became
 * 256 MB, db/open.ts) the import's 165 MB of pages spilled to the WAL before commit, each encrypted, and some written more than once as later rows changed
 * them again (9.5 s against 8.1 s with 256 MB); the indexes made again at its end (bulkIndexes.ts) sort in
 * memory. The memory is only taken as pages are dirtied, and the connection's own settings are put back afterwards.
 * PostgreSQL's server manages its own memory: nothing to do.
 */
export async function withLargeWriteCache<T>(ctx: BackendContext, fn: () => Promise<T>): Promise<T> {
  if (ctx.engine !== 'sqlite') return fn();
  const pragma = async (name: 'cache_size' | 'temp_store') =>
    Math.trunc(Number(Object.values((await sql.raw(`PRAGMA ${name}`).execute(ctx.db)).rows[0] ?? {})[0]));
  const cacheSize = await pragma('cache_size');
  const tempStore = await pragma('temp_store');
  // SQLite changes temporary storage only outside a transaction (the import's mutation opens its own in `fn`).
  const outside = !ctx.db.isTransaction;
  await sql`PRAGMA cache_size = ${sql.lit(IMPORT_CACHE_KIB)}`.execute(ctx.db);
  if (outside) await sql`PRAGMA temp_store = MEMORY`.execute(ctx.db);
  try {
    return await fn();
  } finally {
    await sql`PRAGMA cache_size = ${sql.lit(cacheSize)}`.execute(ctx.db);
    if (outside) await sql`PRAGMA temp_store = ${sql.lit(tempStore)}`.execute(ctx.db);
  }
}

/**
 * Serialises writers of the audit chain: each new row links to the last one, so two server processes must not
 * read the same "last" at once. SQLite needs nothing (one process, one transaction at a time).
 */
export async function lockAuditChain(tx: BackendContext): Promise<void> {
  if (tx.engine !== 'postgres') return;
  await sql`SELECT pg_advisory_xact_lock(7340213)`.execute(tx.db);
}

/** Rows written in one go from which the planner's statistics are brought up to date at once (bulkWritten). */
export const BULK_WRITE_ROWS = 10_000;

/**
 * After a bulk write (the demo's county, a large import), committed: PostgreSQL's statistics are taken again, as a
 * server's autovacuum would in a while. Until then its planner guesses at tables it last saw nearly empty: at
 * `--scale large` the board took 5.2 s before ANALYZE and 2.3 s after, the month's dashboard 4.1 s and 2.8 s.
 * SQLite is left as it is: with sqlite_stat1 written (ANALYZE) its plans for these screens were no better and one
 * read (the Philomena reviews Due lists) chose a worse one.
 */
export async function bulkWritten(ctx: BackendContext, rows: number): Promise<void> {
  if (ctx.engine !== 'postgres' || rows < BULK_WRITE_ROWS) return;
  await sql`ANALYZE`.execute(ctx.db);
}
