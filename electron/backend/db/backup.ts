import Sqlite from 'better-sqlite3-multiple-ciphers';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { MIGRATIONS } from './migrations';
import { NewerDatabaseError } from './migrate';

// Encrypted backups of the embedded database, in the data folder's backups/ (kept: the newest 14). Each one is a
// consistent copy made by SQLite itself (VACUUM INTO), encrypted with the database's own key, so a backup is no
// easier to read than the database. Made once a day, before every migration, and on `npm run cli -- backup`.

export const KEEP_BACKUPS = 14;
const DAY_MS = 86_400_000;
const SQLITE_HEADER = 'SQLite format 3\0';

/** A plain (unencrypted) SQLite file, as every release before encryption wrote. */
export function isPlainSqlite(file: string): boolean {
  if (!existsSync(file) || statSync(file).size < 16) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

const stamp = (at: Date) => at.toISOString().replace(/[:.]/g, '-');

function prune(backupsDir: string): void {
  const files = listBackups(backupsDir);
  for (const old of files.slice(0, Math.max(0, files.length - KEEP_BACKUPS)))
    rmSync(join(backupsDir, old.name));
}

/** Backups, oldest first (names carry the instant, so name order is time order). */
export function listBackups(backupsDir: string): Array<{ name: string; at: Date }> {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .filter((n) => n.startsWith('homeward-') && n.endsWith('.sqlite'))
    .sort()
    .map((name) => ({ name, at: statSync(join(backupsDir, name)).mtime }));
}

/** Readable and writable by the file's owner only (Linux and macOS; Windows keeps the profile folder's ACL). */
export function ownerOnly(path: string): void {
  if (process.platform !== 'win32' && existsSync(path)) chmodSync(path, 0o600);
}

/** An encrypted copy of the open database at `target` (which must not exist). */
export function backupTo(raw: Sqlite.Database, target: string): void {
  raw.prepare('VACUUM INTO ?').run(target);
  ownerOnly(target);
}

export function backupNow(raw: Sqlite.Database, backupsDir: string, reason: string, at = new Date()): string {
  mkdirSync(backupsDir, { recursive: true, mode: 0o700 });
  const target = join(backupsDir, `homeward-${stamp(at)}-${reason}.sqlite`);
  backupTo(raw, target);
  prune(backupsDir);
  return target;
}

/** The daily backup: made when the newest one is a day old or there is none. */
export function backupIfDue(raw: Sqlite.Database, backupsDir: string, at = new Date()): string | null {
  const newest = listBackups(backupsDir).at(-1);
  if (newest && at.getTime() - newest.at.getTime() < DAY_MS) return null;
  return backupNow(raw, backupsDir, 'daily', at);
}

export const backupBeforeMigration = (raw: Sqlite.Database, backupsDir: string, fromVersion: number) =>
  backupNow(raw, backupsDir, `before-migration-from-${fromVersion}`);

/**
 * Encrypts a plain database from an earlier release in place. The backup made first is encrypted too (a copy,
 * re-keyed, then checked), so no plain copy is left behind; then the file itself is re-keyed.
 */
export function encryptPlainFile(
  file: string,
  key: string,
  options: { backupsDir?: string; nativeBinding?: string },
): void {
  const driver = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const plain = new Sqlite(file, driver);
  try {
    // Re-keying needs the rollback journal: fold the WAL into the file first.
    plain.pragma('wal_checkpoint(TRUNCATE)');
    plain.pragma('journal_mode = DELETE');
    if (options.backupsDir) {
      mkdirSync(options.backupsDir, { recursive: true, mode: 0o700 });
      const copy = join(options.backupsDir, `homeward-${stamp(new Date())}-before-encryption.sqlite`);
      backupTo(plain, copy);
      const b = new Sqlite(copy, driver);
      b.pragma(`hexrekey='${key}'`);
      b.close();
      if (isPlainSqlite(copy)) throw new Error('The backup before encryption could not be encrypted.');
    }
    plain.pragma(`hexrekey='${key}'`);
  } finally {
    plain.close();
  }
  if (isPlainSqlite(file)) throw new Error('The database could not be encrypted; it was left as it was.');
}

/**
 * Puts a backup in place of the database (the database must be closed). Refuses a backup from a newer Homeward, or
 * one the key does not open; the database it replaces is kept beside the backups.
 */
export function restoreBackup(file: string, backup: string, key: string, backupsDir: string): string {
  const check = new Sqlite(backup, { readonly: true, fileMustExist: true });
  let version: number;
  try {
    check.pragma(`hexkey='${key}'`);
    version = check.pragma('user_version', { simple: true }) as number;
    check.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    throw new Error(
      `${basename(backup)} is not a Homeward backup this database's key opens. Nothing was changed.`,
    );
  } finally {
    check.close();
  }
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (version > latest) throw new NewerDatabaseError(version, latest);
  mkdirSync(backupsDir, { recursive: true, mode: 0o700 });
  const kept = join(backupsDir, `replaced-${stamp(new Date())}.sqlite`);
  if (existsSync(file)) renameSync(file, kept);
  for (const side of ['-wal', '-shm']) rmSync(`${file}${side}`, { force: true });
  copyFileSync(backup, file);
  return kept;
}
