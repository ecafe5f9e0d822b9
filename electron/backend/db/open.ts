import Sqlite from 'better-sqlite3-multiple-ciphers';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import pg from 'pg';
import { backupBeforeMigration, encryptPlainFile, isPlainSqlite, ownerOnly } from './backup';
import type { Engine } from './engine';
import { migrate, NewerDatabaseError } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Database } from './schema';

export interface OpenOptions {
  /** Electron passes the SQLite binary built for its own ABI; plain Node leaves it unset. */
  nativeBinding?: string;
}

export type DatabaseConfig =
  | ({ engine: 'sqlite'; file: string; key: string; backupsDir?: string } & OpenOptions)
  | { engine: 'postgres'; url: string; poolSize?: number };

export interface OpenDatabase {
  db: Kysely<Database>;
  engine: Engine;
  /** The SQLite connection itself, for backups (VACUUM INTO); absent on PostgreSQL. */
  sqlite?: Sqlite.Database;
  close(): Promise<void>;
}

export class WrongKeyError extends Error {
  constructor() {
    super(
      'The database could not be opened with its key: the key file or HOMEWARD_DB_KEY does not belong to this ' +
        'database, or the file is damaged. Nothing was changed.',
    );
  }
}

/**
 * SQLite, encrypted (SQLite3 Multiple Ciphers, ChaCha20-Poly1305), with explicit pragmas: WAL for concurrent reads,
 * synchronous FULL so an acknowledged save of live minutes survives a crash or power cut, foreign keys on.
 * A plain file from an earlier release is encrypted in place first, after an encrypted backup.
 */
export function openSqlite(file: string, key: string, options: OpenOptions & { backupsDir?: string } = {}) {
  if (isPlainSqlite(file)) {
    // A newer Homeward's file is refused before anything is done to it, encryption included.
    refuseNewer(file, options);
    encryptPlainFile(file, key, options);
  }
  const raw = new Sqlite(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // Owner-only before the WAL and shared-memory files exist: SQLite gives them the database file's permissions.
    ownerOnly(file);
    raw.pragma(`hexkey='${key}'`);
    try {
      raw.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new WrongKeyError();
      throw error;
    }
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    // Every page read from disk is decrypted, so the page cache is what keeps a county's working set read once. 256
    // MiB: on the large bench county (100,000 children, a 2.4 GB file) 64 MiB held too little of it, and the month's
    // dashboard took 930 ms median, Due filtered to return interviews 252 ms (each read evicting the other's pages);
    // with 256 MiB, 455 and 81 ms. SQLite takes the memory only as pages are read, so a small database uses little.
    raw.pragma('cache_size = -262144');
    return raw;
  } catch (error) {
    raw.close();
    throw error;
  }
}

function refuseNewer(file: string, options: OpenOptions): void {
  const plain = new Sqlite(file, {
    readonly: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    const version = plain.pragma('user_version', { simple: true }) as number;
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    if (version > latest) throw new NewerDatabaseError(version, latest);
  } finally {
    plain.close();
  }
}

// node-postgres hands back bigint (count(*)) and numeric (sum, avg) as strings, to be safe with huge values. Homeward's
// counts fit a double, and both engines must give the same answers, so they come back as numbers.
const NUMBER_TYPES: ReadonlySet<number> = new Set([pg.types.builtins.INT8, pg.types.builtins.NUMERIC]);
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMBER_TYPES.has(oid)
      ? (value: string) => Number(value)
      : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
};

/** Distinct statement texts kept prepared: the app's queries, with room for the batch sizes of bulk writes. */
const MAX_STATEMENTS = 500;

/**
 * The SQLite connection as Kysely's dialect sees it, with each statement prepared once and reused (issue 15:
 * "prepared statements reused"). Kysely prepares every query it runs; preparing is parsing and planning, which
 * for the 100,000-row import's few hundred identical batched INSERTs was a tenth of its time. Kysely runs one
 * statement at a time on its single connection (nothing in Homeward streams rows from SQLite), so a cached
 * statement is never busy when asked for again. Its rows are built as objects in JavaScript (withRowObjects below). Least recently used texts are dropped past the bound, since a
 * statement text holding a literal (a PRAGMA's value) can differ every time.
 */
export function withStatementCache(raw: Sqlite.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => void raw.close(),
    prepare(text) {
      let statement = cache.get(text);
      if (statement) {
        // Re-inserted so that Map order is least recently used first.
        cache.delete(text);
      } else {
        statement = withRowObjects(raw.prepare(text));
        if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
      }
      cache.set(text, statement);
      return statement;
    },
  };
}

/**
 * A reading statement whose rows come from better-sqlite3 as arrays and are made into objects here, by a function
 * written once for the statement's columns. better-sqlite3 builds each row object in C++, one V8 property call a
 * column: for the chronology's 500 episodes of 22 columns that was 2.7 ms of CPU, where arrays took 1.3 ms made into
 * the same objects (issue 9: the chronology was the one bench figure more than 20% slower than the release before
 * the query layer). Every SQLite read the backend makes goes through here, so every screen gains the same way.
 *
 * The objects are the ones better-sqlite3 would have made: own enumerable properties in column order, the same
 * values, and a later column of the same name replacing an earlier one. The columns are asked for after each run,
 * since SQLite prepares a statement again when the schema changes under it (a migration's ALTER TABLE between two
 * runs of the same `SELECT *`), and its rows then have the new columns.
 */
export function withRowObjects(statement: Sqlite.Statement): SqliteStatement {
  if (!statement.reader) return statement;
  const arrays = statement.raw(true);
  let names: string[] = [];
  let rowOf = rowMaker(names);
  // Cheap beside any read (a few microseconds): the names of the statement as it last ran.
  const current = () => {
    const now = arrays.columns();
    if (now.length !== names.length || now.some((c, i) => c.name !== names[i])) {
      names = now.map((c) => c.name);
      rowOf = rowMaker(names);
    }
    return rowOf;
  };
  return {
    reader: true,
    all(parameters) {
      const rows = arrays.all(parameters) as unknown[][];
      const make = current();
      const out: unknown[] = rows;
      for (let i = 0; i < rows.length; i++) out[i] = make(rows[i]!);
      return out;
    },
    run: (parameters) => arrays.run(parameters),
    *iterate(parameters) {
      for (const row of arrays.iterate(parameters) as IterableIterator<unknown[]>) yield current()(row);
    },
  };
}

/**
 * `(r) => ({ "id": r[0], "child_id": r[1], ... })`: an object literal V8 compiles to one shape, so building 500 rows
 * is a few allocations rather than 11,000 property definitions. The names are SQLite's own column names, written as
 * JSON string literals, so no text of a query or a row is ever run as code. A column named `__proto__` is assigned
 * one by one as better-sqlite3 assigns it (the prototype's setter, which ignores a text), not written as a literal.
 */
function rowMaker(names: readonly string[]): (row: unknown[]) => unknown {
  if (names.includes('__proto__'))
    return (row) => {
      const o: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) o[names[i]!] = row[i];
      return o;
    };
  const fields = names.map((name, i) => `${JSON.stringify(name)}: r[${i}]`).join(', ');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the column names above, JSON-quoted; see the comment
  return new Function('r', `return { ${fields} };`) as (row: unknown[]) => unknown;
}

/** Opens (creating and migrating if needed) Homeward's database on the engine the configuration names. */
export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  if (config.engine === 'sqlite') {
    const raw = openSqlite(config.file, config.key, config);
    const version = raw.pragma('user_version', { simple: true }) as number;
    if (config.backupsDir && version > 0 && version < (MIGRATIONS.at(-1)?.version ?? 0)) {
      backupBeforeMigration(raw, config.backupsDir, version);
    }
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
    try {
      await migrate(db, 'sqlite');
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return { db, engine: 'sqlite', sqlite: raw, close: () => db.destroy() };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10, types: pgTypes });
  // An idle pooled connection that the server drops (a restart, a failover, an administrator ending sessions, or
  // the race of pool.end() with the server's own goodbye) is an 'error' event on the pool; unheard, Node throws
  // it and the whole server stops. The pool has already discarded that connection and opens a new one when next
  // asked, so saying so is enough: the class and code only, never a query's text or values.
  pool.on('error', (error: Error & { code?: string }) =>
    console.error(
      `[homeward] A database connection was dropped: ${error.name}${error.code ? ` (${error.code})` : ''}`,
    ),
  );
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db, 'postgres');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, engine: 'postgres', close: () => db.destroy() };
}
