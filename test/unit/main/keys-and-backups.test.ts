import Sqlite from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backupIfDue, KEEP_BACKUPS, listBackups } from '../../../electron/backend/db/backup';
import { DatabaseKeyError, KEY_FILE, keyFromFile, newDatabaseKey } from '../../../electron/backend/db/key';

// Issue 11's key and backup points that sqlite-file.test.ts does not reach: HOMEWARD_DB_KEY, the desktop app's
// key wrapped by the OS keychain (Electron's safeStorage, faked here as a reversible wrap that is not the key),
// the daily backup made once a day, and the last 14 kept.

const keychain = vi.hoisted(() => ({ available: true }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keychain.available,
    encryptString: (s: string) => Buffer.from(`wrapped:${Buffer.from(s).toString('base64')}`),
    decryptString: (b: Buffer) => {
      const t = b.toString();
      if (!t.startsWith('wrapped:')) throw new Error('not wrapped by this keychain');
      return Buffer.from(t.slice('wrapped:'.length), 'base64').toString();
    },
  },
}));
const { desktopDatabaseKey } = await import('../../../electron/main/databaseKey');

const folder = () => mkdtempSync(join(tmpdir(), 'homeward-keys-'));
const mode = (path: string) => statSync(path).mode & 0o777;

beforeEach(() => {
  keychain.available = true;
});

describe('the database key outside the desktop app', () => {
  it('is made once into an owner-only key file and read back from it the next time', () => {
    const dir = folder();
    const key = keyFromFile(dir, {});
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    if (process.platform !== 'win32') expect(mode(join(dir, KEY_FILE))).toBe(0o600);
    expect(keyFromFile(dir, {})).toBe(key);
  });

  it('HOMEWARD_DB_KEY is taken before the key file, and one that is not a key is refused naming the variable', () => {
    const dir = folder();
    const fromFile = keyFromFile(dir, {});
    const given = newDatabaseKey();
    expect(keyFromFile(dir, { HOMEWARD_DB_KEY: given.toUpperCase() })).toBe(given);
    expect(given).not.toBe(fromFile);
    expect(() => keyFromFile(dir, { HOMEWARD_DB_KEY: 'password123' })).toThrow(DatabaseKeyError);
    expect(() => keyFromFile(dir, { HOMEWARD_DB_KEY: 'password123' })).toThrow(/HOMEWARD_DB_KEY/);
  });
});

describe('the desktop app’s database key', () => {
  it('is kept wrapped by the OS keychain beside the database, never as the key itself', () => {
    const dir = folder();
    const key = desktopDatabaseKey(dir);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const wrapped = readFileSync(join(dir, 'homeward.key.safe'));
    expect(wrapped.toString()).not.toContain(key);
    if (process.platform !== 'win32') expect(mode(join(dir, 'homeward.key.safe'))).toBe(0o600);
    expect(existsSync(join(dir, KEY_FILE))).toBe(false);
    // The next start unwraps the same key.
    expect(desktopDatabaseKey(dir)).toBe(key);
  });

  it('takes over a key file from browser mode (so the same database opens) and removes the plain copy', () => {
    const dir = folder();
    const key = keyFromFile(dir, {});
    expect(desktopDatabaseKey(dir)).toBe(key);
    expect(existsSync(join(dir, KEY_FILE))).toBe(false);
    expect(readFileSync(join(dir, 'homeward.key.safe')).toString()).not.toContain(key);
  });

  it('without a keychain gives nothing, so the backend keeps to its owner-only key file', () => {
    keychain.available = false;
    const dir = folder();
    expect(desktopDatabaseKey(dir)).toBeUndefined();
    expect(existsSync(join(dir, 'homeward.key.safe'))).toBe(false);
  });
});

describe('the daily backup', () => {
  const database = () => {
    const raw = new Sqlite(join(folder(), 'homeward.sqlite'));
    raw.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('row');");
    return raw;
  };

  it('is made when none is a day old, and not again the same day', () => {
    const raw = database();
    const backups = join(folder(), 'backups');
    const now = new Date();
    const made = backupIfDue(raw, backups, now);
    expect(made).not.toBeNull();
    expect(new Sqlite(made!).prepare('SELECT x FROM t').pluck().get()).toBe('row');
    expect(backupIfDue(raw, backups, new Date(now.getTime() + 60 * 60_000))).toBeNull();
    expect(backupIfDue(raw, backups, new Date(now.getTime() + 25 * 60 * 60_000))).not.toBeNull();
    expect(listBackups(backups)).toHaveLength(2);
  });

  it(`keeps the newest ${KEEP_BACKUPS} and removes the older ones`, () => {
    const raw = database();
    const backups = join(folder(), 'backups');
    const start = Date.now();
    const names: string[] = [];
    for (let day = 0; day < KEEP_BACKUPS + 3; day++) {
      const made = backupIfDue(raw, backups, new Date(start + day * 25 * 60 * 60_000));
      expect(made).not.toBeNull();
      names.push(made!.split(/[\\/]/).at(-1)!);
    }
    expect(KEEP_BACKUPS).toBe(14);
    expect(listBackups(backups).map((b) => b.name)).toEqual(names.slice(-KEEP_BACKUPS));
  });
});
