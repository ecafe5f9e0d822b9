import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { freshBackend, must, sampleChild } from '../support/backend';

// PostgreSQL only (vitest.config.ts POSTGRES_ONLY): SQLite has no server to drop a connection.
describe('the team server on PostgreSQL when the server drops its connections', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says so in one line without data and answers the next call on a new connection, instead of stopping', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const b = await freshBackend();
    // Two calls at once leave two idle connections in the pool, as a busy morning does.
    await Promise.all([
      must(b, 'children.create', sampleChild({ caseReference: 'DROP-1' })),
      must(b, 'children.create', sampleChild({ caseReference: 'DROP-2' })),
    ]);
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(b.context.db);
    const database = rows[0]!.name;

    // What a restart or an administrator's pg_terminate_backend does: every session of this database ends.
    const admin = new pg.Client({ connectionString: inject('pgUrl') });
    await admin.connect();
    try {
      const ended = await admin.query(
        'select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = $1',
        [database],
      );
      expect(ended.rows.length).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.end();
    }
    // The dropped connections' errors arrive asynchronously; wait until the pool has heard at least one.
    await vi.waitFor(() => expect(errors).toHaveBeenCalled(), { timeout: 10_000 });

    const lines = errors.mock.calls.map((c) => String(c[0]));
    expect(lines.every((l) => l.startsWith('[homeward] A database connection was dropped'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/DROP-|Samplewood|Testy/);
    const list = await must(b, 'children.list', {});
    expect(list.map((c) => c.caseReference).sort()).toEqual(['DROP-1', 'DROP-2']);
  });
});
