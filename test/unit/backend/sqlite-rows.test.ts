import Sqlite from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withRowObjects, withStatementCache } from '../../../electron/backend/db/open';

// SQLite's rows made into objects in JavaScript (db/open.ts withRowObjects), held equal to the objects
// better-sqlite3 makes itself, on a real file: the same keys in the same order, the same values and types.
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function file(): Sqlite.Database {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-rows-'));
  dirs.push(dir);
  const db = new Sqlite(join(dir, 'rows.sqlite'));
  db.exec(`CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER, r REAL, b BLOB, maybe TEXT) STRICT;
    INSERT INTO t VALUES ('a', 1, 1.5, x'00ff', NULL), ('b', -7, 0.25, NULL, 'kept'), ('c', 9007199254740991, -2.0, x'', '');`);
  return db;
}

// Keys in order with their values, so a reordering or a prototype change shows as a difference.
const shape = (rows: unknown[]) =>
  rows.map((r) => ({
    proto: Object.getPrototypeOf(r) === Object.prototype,
    entries: Object.entries(r as object),
  }));

describe('SQLite rows built as objects in JavaScript', () => {
  it.each([
    ['every column of a table', 'SELECT * FROM t ORDER BY id'],
    [
      'an expression, an alias and no rows',
      "SELECT n * 2 AS twice, id || '!' AS said FROM t WHERE n > 100 ORDER BY id",
    ],
    [
      'a later column of the same name replacing an earlier one',
      'SELECT id AS x, n AS x, r FROM t ORDER BY id',
    ],
    [
      'a column named __proto__, given as better-sqlite3 gives it',
      'SELECT id AS __proto__, n AS constructor FROM t ORDER BY id',
    ],
    [
      'names that need quoting',
      'SELECT id AS "two words", n AS "quote""d", r AS "back\\slash" FROM t ORDER BY id',
    ],
  ])('%s: the same as better-sqlite3 makes', (_what, sql) => {
    const db = file();
    const ours = withRowObjects(db.prepare(sql)).all([]);
    const theirs = db.prepare(sql).all();
    expect(shape(ours)).toEqual(shape(theirs));
    db.close();
  });

  it('a statement run again after the table under it changed has the new columns, added and renamed', () => {
    const db = file();
    const cached = withStatementCache(db);
    const read = () => cached.prepare('SELECT * FROM t ORDER BY id').all([]);
    expect(Object.keys(read()[0] as object)).toEqual(['id', 'n', 'r', 'b', 'maybe']);
    db.exec("ALTER TABLE t ADD COLUMN later TEXT DEFAULT 'x'");
    expect(shape(read())).toEqual(shape(db.prepare('SELECT * FROM t ORDER BY id').all()));
    db.exec('ALTER TABLE t RENAME COLUMN n TO count');
    expect(Object.keys(read()[0] as object)).toEqual(['id', 'count', 'r', 'b', 'maybe', 'later']);
    db.close();
  });

  it('iterates and writes as better-sqlite3 does: a write is passed through, and RETURNING rows are objects', () => {
    const db = file();
    const insert = withRowObjects(db.prepare('INSERT INTO t (id, n) VALUES (?, ?) RETURNING id, n'));
    expect(insert.all(['d', 4])).toEqual([{ id: 'd', n: 4 }]);
    const update = withRowObjects(db.prepare('UPDATE t SET n = n + 1 WHERE id = ?'));
    expect(update.reader).toBe(false);
    expect(update.run(['d']).changes).toBe(1);
    const sql = 'SELECT id, n FROM t ORDER BY id';
    expect(shape([...withRowObjects(db.prepare(sql)).iterate([])])).toEqual(shape(db.prepare(sql).all()));
    db.close();
  });
});
