import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createBackend, DATABASE_FILE, type Backend } from '../../backend/backend';
import type { Engine } from '../../backend/db/engine';
import { openSqlite } from '../../backend/db/open';
import { startPostgres } from '../../../test/unit/support/postgres';

/** A backend on a fresh, empty database, and a bare read of the same database through its driver. */
export interface BenchDatabase {
  backend: Backend;
  /** Runs `sql` (one `$1` parameter) through the driver itself, no query layer: the baseline. Rows read. */
  bareRead(sql: string, param: string): Promise<number>;
  dispose(): Promise<void>;
}

export interface BenchEngine {
  engine: Engine;
  fresh(now: Date): Promise<BenchDatabase>;
  stop(): Promise<void>;
}

export function sqliteEngine(): BenchEngine {
  return {
    engine: 'sqlite',
    async fresh(now) {
      const dir = mkdtempSync(join(tmpdir(), 'homeward-bench-'));
      // The bare read opens the same encrypted file, so both sides of the ratio pay for the cipher.
      const databaseKey = randomBytes(32).toString('hex');
      const backend = await createBackend({
        dataDir: dir,
        databaseKey,
        now: () => now,
        logError: () => undefined,
      });
      const raw = openSqlite(join(dir, DATABASE_FILE), databaseKey);
      return {
        backend,
        bareRead: (sql, param) => Promise.resolve(raw.prepare(sql.replace('$1', '?')).all(param).length),
        async dispose() {
          raw.close();
          await backend.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
    stop: () => Promise.resolve(),
  };
}

let databases = 0;

/**
 * PostgreSQL: the server HOMEWARD_BENCH_PG_URL names (a superuser URL; each run makes its own databases there and
 * drops them), else a throw-away cluster started as the tests start theirs (test/unit/support/postgres.ts).
 */
export async function postgresEngine(): Promise<BenchEngine> {
  const given = process.env.HOMEWARD_BENCH_PG_URL;
  const cluster = given ? null : await startPostgres();
  const adminUrl = given ?? cluster!.url;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  return {
    engine: 'postgres',
    async fresh(now) {
      const name = `homeward_bench_${process.pid}_${++databases}`;
      await admin(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const dir = mkdtempSync(join(tmpdir(), 'homeward-bench-'));
      const backend = await createBackend({
        dataDir: dir,
        databaseUrl: url.toString(),
        now: () => now,
        logError: () => undefined,
      });
      const raw = new pg.Client({ connectionString: url.toString() });
      await raw.connect();
      return {
        backend,
        bareRead: async (sql, param) => (await raw.query(sql, [param])).rowCount ?? 0,
        async dispose() {
          await raw.end();
          await backend.close();
          rmSync(dir, { recursive: true, force: true });
          await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        },
      };
    },
    stop: () => Promise.resolve(cluster?.stop()),
  };
}
