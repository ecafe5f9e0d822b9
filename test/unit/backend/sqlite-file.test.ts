import Sqlite from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE, backupsDir } from '../../../electron/backend/backend';
import { isPlainSqlite, restoreBackup } from '../../../electron/backend/db/backup';
import { KEY_FILE } from '../../../electron/backend/db/key';
import { NewerDatabaseError } from '../../../electron/backend/db/migrate';
import { WrongKeyError } from '../../../electron/backend/db/open';
import { freshBackend, freshDatabase, must, sampleChild } from '../support/backend';

// The embedded database on disk (sqlite project only): encrypted at rest, its key, its backups.
const RELEASE_FIXTURE = join(import.meta.dirname, '../support/fixtures/release-0.1.0.sqlite');
const keyOf = (dir: string) => readFileSync(join(dir, KEY_FILE), 'utf8').trim();
const mode = (path: string) => statSync(path).mode & 0o777;

describe('the database file at rest', () => {
  it('is encrypted: no SQLite header, no child’s name in the bytes, and unreadable without its key', async () => {
    const b = await freshBackend();
    await must(b, 'children.create', sampleChild({ familyName: 'Findmeinthebytes' }));
    await b.close();
    const file = join(b.dir, DATABASE_FILE);
    const bytes = Buffer.concat([readFileSync(file), readFileSync(`${file}-wal`, { flag: 'a+' })]);
    expect(isPlainSqlite(file)).toBe(false);
    expect(bytes.includes('Findmeinthebytes')).toBe(false);
    expect(bytes.includes('SQLite format 3')).toBe(false);
    const keyless = new Sqlite(file);
    expect(() => keyless.prepare('SELECT * FROM children').all()).toThrow(/not a database/);
    keyless.close();
  });

  it('refuses to open with the wrong key, saying so, and changes nothing', async () => {
    const b = await freshBackend();
    await must(b, 'children.create', sampleChild());
    await b.close();
    const file = join(b.dir, DATABASE_FILE);
    const before = readFileSync(file);
    await expect(createBackend({ dataDir: b.dir, databaseKey: 'ab'.repeat(32) })).rejects.toThrow(
      WrongKeyError,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('keeps its key in a file only its owner can read, and the data folder private', async () => {
    const b = await freshBackend();
    expect(keyOf(b.dir)).toMatch(/^[0-9a-f]{64}$/);
    expect(mode(join(b.dir, KEY_FILE))).toBe(0o600);
    expect(mode(join(b.dir, DATABASE_FILE))).toBe(0o600);
    expect(mode(join(b.dir, `${DATABASE_FILE}-wal`))).toBe(0o600);
    for (const name of readdirSync(backupsDir(b.dir)))
      expect(mode(join(backupsDir(b.dir), name))).toBe(0o600);
  });

  it('encrypts a plain database from the previous release in place, after an encrypted backup', async () => {
    const { dir } = await freshDatabase();
    copyFileSync(RELEASE_FIXTURE, join(dir, DATABASE_FILE));
    const backend = await createBackend({ dataDir: dir, logError: () => undefined });
    const children = await must(backend, 'children.list', {
      search: '',
      missingNow: false,
      legalStatus: null,
    });
    expect(children).toHaveLength(40);
    await backend.close();
    expect(isPlainSqlite(join(dir, DATABASE_FILE))).toBe(false);
    const backups = readdirSync(backupsDir(dir));
    const before = backups.find((n) => n.includes('before-encryption'));
    expect(before).toBeDefined();
    expect(isPlainSqlite(join(backupsDir(dir), before!))).toBe(false);
    const copy = new Sqlite(join(backupsDir(dir), before!), { readonly: true });
    copy.pragma(`hexkey='${keyOf(dir)}'`);
    expect(copy.prepare('SELECT count(*) AS n FROM episodes').get()).toEqual({ n: 600 });
    copy.close();
  });

  it('a database from an older version is backed up, encrypted, before it is migrated', async () => {
    const { dir } = await freshDatabase();
    copyFileSync(RELEASE_FIXTURE, join(dir, DATABASE_FILE));
    const from = new Sqlite(RELEASE_FIXTURE, { readonly: true });
    const version = from.pragma('user_version', { simple: true }) as number;
    from.close();
    const backend = await createBackend({ dataDir: dir, logError: () => undefined });
    await backend.close();
    const before = readdirSync(backupsDir(dir)).find((n) => n.includes(`before-migration-from-${version}`));
    expect(before).toBeDefined();
    // The copy is of the database as it was: the old schema version, every episode, under the database's key.
    expect(isPlainSqlite(join(backupsDir(dir), before!))).toBe(false);
    const copy = new Sqlite(join(backupsDir(dir), before!), { readonly: true });
    copy.pragma(`hexkey='${keyOf(dir)}'`);
    expect(copy.pragma('user_version', { simple: true })).toBe(version);
    expect(copy.prepare('SELECT count(*) AS n FROM episodes').get()).toEqual({ n: 600 });
    copy.close();
  });
});

describe('backups', () => {
  it('one is made at start, encrypted, and Settings can say when', async () => {
    const b = await freshBackend();
    const list = readdirSync(backupsDir(b.dir));
    expect(list).toHaveLength(1);
    expect(isPlainSqlite(join(backupsDir(b.dir), list[0]!))).toBe(false);
    expect(b.lastBackupAt()).toBeInstanceOf(Date);
  });

  it('restore gives back every row as it was, and keeps the database it replaces', async () => {
    const b = await freshBackend();
    const kept = await must(b, 'children.create', sampleChild({ caseReference: 'KEEP-1' }));
    await must(b, 'episodes.create', {
      childId: kept.id,
      category: 'missing',
      reportedAt: '2026-11-01T20:00:00Z',
    });
    const backup = b.backup(join(b.dir, 'manual.sqlite'));
    await must(b, 'children.create', sampleChild({ caseReference: 'LATER-2' }));
    await b.close();
    const replaced = restoreBackup(join(b.dir, DATABASE_FILE), backup, keyOf(b.dir), backupsDir(b.dir));
    const again = await createBackend({ dataDir: b.dir, logError: () => undefined });
    const list = await must(again, 'children.list', { search: '', missingNow: false, legalStatus: null });
    expect(list.map((c) => c.caseReference)).toEqual(['KEEP-1']);
    expect((await must(again, 'children.get', { id: kept.id })).episodes).toHaveLength(1);
    await again.close();
    expect(statSync(replaced).size).toBeGreaterThan(0);
  });

  it('restore refuses a backup from a newer Homeward, and one this key cannot open', async () => {
    const b = await freshBackend();
    const backup = b.backup(join(b.dir, 'newer.sqlite'));
    await b.close();
    const raw = new Sqlite(backup);
    raw.pragma(`hexkey='${keyOf(b.dir)}'`);
    raw.pragma('user_version = 999');
    raw.close();
    const file = join(b.dir, DATABASE_FILE);
    expect(() => restoreBackup(file, backup, keyOf(b.dir), backupsDir(b.dir))).toThrow(NewerDatabaseError);
    writeFileSync(join(b.dir, 'junk.sqlite'), 'not a database at all');
    expect(() => restoreBackup(file, join(b.dir, 'junk.sqlite'), keyOf(b.dir), backupsDir(b.dir))).toThrow(
      /not a Homeward backup/,
    );
  });
});
