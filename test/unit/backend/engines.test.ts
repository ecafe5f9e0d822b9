import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrate, NewerDatabaseError } from '../../../electron/backend/db/migrate';
import type { Migration } from '../../../electron/backend/db/migrations/types';
import type { Database, NewEpisodeRow } from '../../../electron/backend/db/schema';
import { isUniqueViolation, likeContains } from '../../../electron/backend/db/dialect';
import { freshBackend, must, sampleChild, testEngine } from '../support/backend';
import { countRows } from '../support/db';

// Runs in both projects: the same migrations, constraints and answers on SQLite and on PostgreSQL.
const untyped = (db: Kysely<Database>) => db as unknown as Kysely<unknown>;

describe(`the query layer on ${testEngine}`, () => {
  it('a failing migration rolls back the ones before it and the version', async () => {
    const b = await freshBackend();
    const broken: Migration[] = [
      {
        version: 100,
        name: 'ok',
        up: async (m) => void (await sql`CREATE TABLE mig_a (x INTEGER)`.execute(m.db)),
      },
      {
        version: 101,
        name: 'broken',
        up: async (m) => void (await sql`INSERT INTO no_such_table VALUES (1)`.execute(m.db)),
      },
    ];
    await expect(migrate(b.context.db, testEngine, broken)).rejects.toThrow();
    const status = await must(b, 'app.status', {});
    expect(status.schemaVersion).toBeLessThan(100);
    await expect(sql`SELECT count(*) AS n FROM mig_a`.execute(untyped(b.context.db))).rejects.toThrow();
  });

  it('a database written by a newer Homeward is refused untouched', async () => {
    const b = await freshBackend();
    const ahead: Migration[] = [{ version: 1, name: 'old', up: () => Promise.resolve() }];
    await expect(migrate(b.context.db, testEngine, ahead)).rejects.toThrow(NewerDatabaseError);
    expect((await must(b, 'app.status', {})).schemaVersion).toBeGreaterThan(1);
  });

  it('holds the same constraints: checks, foreign keys, uniques, one open episode', async () => {
    const b = await freshBackend();
    const child = await must(b, 'children.create', sampleChild());
    const at = '2026-11-01T10:00:00.000Z';
    const episode = (id: string, over: Partial<NewEpisodeRow> = {}): NewEpisodeRow => ({
      id,
      child_id: child.id,
      category: 'missing',
      reported_at: at,
      created_at: at,
      updated_at: at,
      ...over,
    });
    const insert = (row: NewEpisodeRow) => b.context.db.insertInto('episodes').values(row).execute();
    await expect(insert(episode('e1', { category: 'lost' }))).rejects.toThrow();
    await expect(insert(episode('e2', { child_id: 'no-such-child' }))).rejects.toThrow();
    await expect(insert(episode('e3', { found_at: '2026-10-01T10:00:00.000Z' }))).rejects.toThrow();
    await insert(episode('e4'));
    const secondOpen = await insert(episode('e5', { reported_at: '2026-11-02T10:00:00.000Z' })).catch(
      (e: unknown) => e,
    );
    expect(isUniqueViolation(secondOpen)).toBe(true);
    const duplicate = await b.context.db
      .insertInto('children')
      .values({
        ...(await b.context.db.selectFrom('children').selectAll().executeTakeFirstOrThrow()),
        id: 'other',
      })
      .execute()
      .catch((e: unknown) => e);
    expect(isUniqueViolation(duplicate)).toBe(true);
    expect(await countRows(b, 'episodes')).toBe(1);
  });

  it('gives counts as numbers and instants as the same UTC text', async () => {
    const b = await freshBackend();
    const child = await must(b, 'children.create', sampleChild());
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-10-25T01:30:00+01:00',
    });
    const row = await b.context.db
      .selectFrom('episodes')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('reported_at').as('latest')])
      .executeTakeFirstOrThrow();
    expect(row.n).toBe(1);
    expect(row.latest).toBe('2026-10-25T00:30:00.000Z');
  });

  it('matches search text literally and ignoring case, on both engines', async () => {
    const b = await freshBackend();
    await must(b, 'children.create', sampleChild({ familyName: 'Under_score', caseReference: 'TEST-100%' }));
    await must(b, 'children.create', sampleChild({ familyName: 'Underxscore', caseReference: 'TEST-1000' }));
    const names = async (search: string) =>
      (await must(b, 'children.list', { search, missingNow: false, legalStatus: null })).map(
        (c) => c.familyName,
      );
    expect(await names('under_')).toEqual(['Under_score']);
    expect(await names('100%')).toEqual(['Under_score']);
    expect(await names('UNDERX')).toEqual(['Underxscore']);
    expect(likeContains('a%b_c\\')).toBe('%a\\%b\\_c\\\\%');
  });

  it('the audit trail refuses updates and deletes in the database itself', async () => {
    const b = await freshBackend();
    await must(b, 'children.create', sampleChild());
    await expect(sql`DELETE FROM audit`.execute(b.context.db)).rejects.toThrow(/append-only/);
    expect(await countRows(b, 'audit')).toBe(1);
  });
});
