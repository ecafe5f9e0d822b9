import Sqlite from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { childSearchKey } from '../../../shared/text/searchKey';
import { describe, expect, it } from 'vitest';
import { newDatabaseKey } from '../../../electron/backend/db/key';
import { openDatabase } from '../../../electron/backend/db/open';
import { NewerDatabaseError } from '../../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../../electron/backend/db/migrations';

// SQLite's own file handling (this file runs in the sqlite project only): pragmas, STRICT tables, and upgrading a
// database made by the release before the query layer. The engine-independent migration rules are in engines.test.ts.
const tempFile = () => join(mkdtempSync(join(tmpdir(), 'homeward-mig-')), 'db.sqlite');
const KEY = newDatabaseKey();
const openFile = (file: string) => openDatabase({ engine: 'sqlite', file, key: KEY });
/** The file opened with the driver itself and its key, to look at what Homeward wrote. */
const inspect = (file: string, options: Sqlite.Options = {}) => {
  const db = new Sqlite(file, options);
  db.pragma(`hexkey='${KEY}'`);
  return db;
};
const LATEST = MIGRATIONS.at(-1)!.version;

/** Made by Homeward 0.1.0 (schema 2): the demo data plus an approved MIM with minutes, an action, an amendment. */
const RELEASE_FIXTURE = join(import.meta.dirname, '../support/fixtures/release-0.1.0.sqlite');

describe('database migrations on SQLite', () => {
  it('bring a new file to the latest schema with the pragmas minutes need', async () => {
    const file = tempFile();
    await (await openFile(file)).close();
    const db = inspect(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const open = await openFile(file);
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`PRAGMA ${name}`).execute(open.db)).rows[0] as object)[0] as unknown;
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('synchronous')).toBe(2); // FULL
    const { rows: strict } = await sql<{ name: string; strict: number }>`
      SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'`.execute(
      open.db,
    );
    expect(strict.length).toBeGreaterThan(3);
    expect(strict.filter((t) => t.strict !== 1)).toEqual([]);
    await open.close();
  });

  it('reopening an up-to-date database changes nothing', async () => {
    const file = tempFile();
    await (await openFile(file)).close();
    await (await openFile(file)).close();
    const db = inspect(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    db.close();
  });

  it('refuse a database written by a newer Homeward, and leave it untouched', async () => {
    const file = tempFile();
    const raw = new Sqlite(file);
    raw.pragma('user_version = 999');
    raw.close();
    await expect(openFile(file)).rejects.toThrow(NewerDatabaseError);
    const check = new Sqlite(file);
    expect(check.pragma('user_version', { simple: true })).toBe(999);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({
      n: 0,
    });
    check.close();
  });

  it('a database made by the previous release migrates forward with every row kept', async () => {
    const file = tempFile();
    copyFileSync(RELEASE_FIXTURE, file);
    const before = new Sqlite(file, { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(2);
    const tables = (
      before
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all() as Array<{
        name: string;
      }>
    ).map((t) => t.name);
    const snapshot = (db: Sqlite.Database) =>
      Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
    const rowsBefore = snapshot(before);
    before.close();
    expect((rowsBefore.meeting_amendments as unknown[]).length).toBe(1);
    expect((rowsBefore.episodes as unknown[]).length).toBe(600);

    await (await openFile(file)).close();
    const after = inspect(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST);
    const rowsAfter = snapshot(after);
    // Every table and row of the old release is still there; tables gained only new columns, empty on old rows.
    const added: Record<string, string[]> = {
      meetings: ['review_day', 'previous_meeting_id', 'approved_by_role'],
      meeting_children: ['reason'],
      audit: ['hash', 'account'],
      // Migration 0017: the placement's start and whether it was planned, unknown (null) on old rows.
      children: [
        'search_key',
        'unaccompanied_asylum_seeking',
        'placement_started_on',
        'placement_arrangement',
        // Migration 0027: not recorded as placed at risk (EM), 0 on old rows.
        'placement_missing_risk',
      ],
      // Migration 0028: an old notification is about its episode, so it names no other subject.
      notifications_made: ['subject_id'],
      episodes: ['trafficking_concern'],
      meeting_attendees: ['information'],
      // Migration 0026: no rationale recorded (''), and no date set (null: read as the day the action was added).
      meeting_item_decisions: ['rationale'],
      meeting_actions: ['set_on', 'rationale'],
    };
    // Flags added with a default (migration 0015): every old row starts at 0, not recorded as so.
    const zeroed = new Set(['unaccompanied_asylum_seeking', 'trafficking_concern', 'placement_missing_risk']);
    // Text added with a default (migrations 0019, 0021, 0026): an old attendee brought nothing recorded, old
    // meetings' children have no reason recorded, and old decisions and actions no rationale: the empty text.
    const blank = new Set(['information', 'reason', 'rationale']);
    // Columns added with a default: every old row starts at revision 1 (migration 0007).
    const revised = ['children', 'episodes', 'meetings', 'meeting_actions', 'meeting_attendees'];
    // Migration 0008 fills the search key of every existing child, from the same normaliser a save uses.
    const filled = new Set(['search_key']);
    for (const t of tables) {
      const extra = added[t] ?? [];
      if (revised.includes(t)) {
        expect(
          (rowsAfter[t] as Array<Record<string, unknown>>).every((r) => r.revision === 1),
          t,
        ).toBe(true);
        for (const r of rowsAfter[t] as Array<Record<string, unknown>>) delete r.revision;
      }
      const strip = (rows: unknown[]) =>
        rows.map((r) => Object.fromEntries(Object.entries(r as object).filter(([k]) => !extra.includes(k))));
      expect(strip(rowsAfter[t] as unknown[]), t).toEqual(rowsBefore[t]);
      for (const column of extra.filter((c) => !filled.has(c))) {
        const empty = zeroed.has(column) ? 0 : blank.has(column) ? '' : null;
        expect((rowsAfter[t] as Array<Record<string, unknown>>).every((r) => r[column] === empty)).toBe(true);
      }
    }
    for (const r of rowsAfter.children as Array<Record<string, string>>) {
      expect(r.search_key).toBe(
        childSearchKey({
          givenName: r.given_name!,
          familyName: r.family_name!,
          caseReference: r.case_reference!,
        }),
      );
    }
    // The append-only rules of the old release still hold after the upgrade.
    expect(() => after.prepare('DELETE FROM audit').run()).toThrow();
    after.close();
  });
});
