import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, inject } from 'vitest';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api';
import type { ChildInput } from '../../../shared/domain/child';
import { createBackend, type Backend, type BackendOptions } from '../../../electron/backend/backend';
import type { Engine } from '../../../electron/backend/db/engine';

const open: Array<{ backend: Backend; dir: string; database?: string }> = [];

/** The engine this test project runs on: the `postgres` project provides a cluster; the `sqlite` one does not. */
export const testEngine: Engine = inject('pgUrl') ? 'postgres' : 'sqlite';

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('pgUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

afterEach(async () => {
  for (const { backend, dir, database } of open.splice(0)) {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
    if (database) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  }
});

let databases = 0;

/** Options for a fresh, real database of this project's engine: a new SQLite file, or a new PostgreSQL database. */
export async function freshDatabase(): Promise<{ dir: string; databaseUrl?: string; database?: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-test-'));
  if (testEngine === 'sqlite') return { dir };
  const database = `hw_${process.pid}_${++databases}_${Date.now().toString(36)}`;
  await admin((c) => c.query(`CREATE DATABASE ${database} TEMPLATE homeward_template`));
  const url = new URL(inject('pgUrl'));
  url.pathname = `/${database}`;
  return { dir, databaseUrl: url.toString(), database };
}

/**
 * Two backends on one fresh database, as two server processes (or two processes on one data folder) are, each with
 * its own connection (SQLite) or pool (PostgreSQL). `close` closes both and removes the database.
 */
export async function twoBackends(): Promise<{ a: Backend; b: Backend; close: () => Promise<void> }> {
  const { dir, databaseUrl, database } = await freshDatabase();
  const options = { dataDir: dir, databaseUrl, now: () => new Date('2026-11-20T10:00:00.000Z') };
  const a = await createBackend({ ...options, logError: () => undefined });
  const b = await createBackend({ ...options, logError: () => undefined });
  return {
    a,
    b,
    close: async () => {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
      if (database) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
}

/** A backend on a fresh, real database (SQLite file or PostgreSQL database); closed and removed after the test. */
export async function freshBackend(
  now = '2026-11-20T10:00:00.000Z',
  options: Partial<BackendOptions> = {},
): Promise<Backend & { dir: string }> {
  const { dir, databaseUrl, database } = await freshDatabase();
  const backend = await createBackend({
    dataDir: dir,
    databaseUrl,
    now: () => new Date(now),
    logError: () => undefined,
    ...options,
  });
  open.push({ backend, dir, database });
  return Object.assign(backend, { dir });
}

/** Calls a method and returns its value; fails the test with the backend's message otherwise. */
export async function must<K extends ApiMethod>(
  b: Backend,
  method: K,
  input: ApiInput<K>,
): Promise<ApiOutput<K>> {
  const result = await b.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value as ApiOutput<K>;
}

export const sampleChild = (over: Partial<ChildInput> = {}): ChildInput => ({
  givenName: 'Testy',
  familyName: 'Samplewood',
  dateOfBirth: '2011-05-04',
  gender: 'not-recorded',
  caseReference: 'TEST-0001',
  legalStatus: 'child-in-care',
  placingAuthority: 'Warwickshire',
  hostAuthority: null,
  placementType: 'foster-care',
  allocatedWorker: 'Worker A. Example',
  team: 'Test Team',
  protocolProfileId: null,
  unaccompaniedAsylumSeeking: false,
  placementStartedOn: null,
  placementArrangement: null,
  placementMissingRisk: false,
  ...over,
});

/** An action's revision as saved now: what a form holding the latest record sends as its base (tests not about it). */
export async function actionRevision(b: Backend, id: string): Promise<number> {
  const row = await b.context.db
    .selectFrom('meeting_actions')
    .select('revision')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.revision;
}

/** An episode's revision as saved now (see actionRevision). */
export async function episodeRevision(b: Backend, id: string): Promise<number> {
  const row = await b.context.db
    .selectFrom('episodes')
    .select('revision')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.revision;
}
