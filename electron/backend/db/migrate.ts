import { sql, type Kysely } from 'kysely';
import type { Engine } from './engine';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import type { Database } from './schema';

export class NewerDatabaseError extends Error {
  constructor(found: number, known: number) {
    super(
      `This database was written by a newer Homeward (schema ${found}; this version knows ${known}). ` +
        'Update Homeward before opening it; nothing was changed.',
    );
  }
}

// Where the schema version lives differs: SQLite keeps it in the file header (PRAGMA user_version, as every
// release so far); PostgreSQL in a one-row table. These two functions are the only place that knows.
async function readVersion(db: Kysely<unknown>, engine: Engine): Promise<number> {
  if (engine === 'sqlite') {
    const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
    return rows[0]?.user_version ?? 0;
  }
  await sql`CREATE TABLE IF NOT EXISTS homeward_schema (version INTEGER NOT NULL)`.execute(db);
  const { rows } = await sql<{ version: number }>`SELECT version FROM homeward_schema`.execute(db);
  return rows[0]?.version ?? 0;
}

async function writeVersion(db: Kysely<unknown>, engine: Engine, version: number): Promise<void> {
  if (engine === 'sqlite') {
    await sql.raw(`PRAGMA user_version = ${Math.trunc(version)}`).execute(db);
    return;
  }
  await sql`DELETE FROM homeward_schema`.execute(db);
  await sql`INSERT INTO homeward_schema (version) VALUES (${version})`.execute(db);
}

/**
 * One runner for both engines (Signal's migrations/index.node.ts): all pending migrations in one transaction, so a
 * failure part-way leaves the database exactly as it was; a database from a newer Homeward is refused untouched.
 * On PostgreSQL an advisory lock makes several server processes starting at once migrate one after another.
 */
export async function migrate(
  db: Kysely<Database>,
  engine: Engine,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number> {
  const latest = migrations.at(-1)?.version ?? 0;
  return db.transaction().execute(async (trx) => {
    const untyped = trx as unknown as Kysely<unknown>;
    if (engine === 'postgres') await sql`SELECT pg_advisory_xact_lock(7340212)`.execute(untyped);
    const current = await readVersion(untyped, engine);
    if (current > latest) throw new NewerDatabaseError(current, latest);
    for (const m of migrations.filter((x) => x.version > current)) {
      await m.up({ db: untyped, engine });
      await writeVersion(untyped, engine, m.version);
    }
    return Math.max(current, latest);
  });
}

/** The schema version a database is at (app.status shows it). */
export const schemaVersion = (db: Kysely<Database>, engine: Engine): Promise<number> =>
  readVersion(db as unknown as Kysely<unknown>, engine);
