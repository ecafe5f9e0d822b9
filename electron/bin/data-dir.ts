import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** HOMEWARD_DATA_DIR when set (tests use a throw-away folder); else a per-user folder like Electron's userData. */
export function resolveDataDir(): string {
  const fromEnv = process.env.HOMEWARD_DATA_DIR;
  if (fromEnv) return fromEnv;
  const base =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  return join(base, 'Homeward');
}

/**
 * HOMEWARD_DATABASE_URL=postgres://... puts Homeward on a PostgreSQL database (a council's shared server); unset,
 * the SQLite file in the data folder. Anything else is refused rather than guessed at.
 */
export function resolveDatabaseUrl(): string | undefined {
  const url = process.env.HOMEWARD_DATABASE_URL;
  if (!url) return undefined;
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(
      'HOMEWARD_DATABASE_URL must be a postgres:// URL (unset it to use the SQLite file in the data folder).',
    );
  }
  return url;
}

/** HOMEWARD_NOW pins the backend's clock (demo screenshots, end-to-end tests); unset, the real time. */
export function resolveNow(): (() => Date) | undefined {
  const fixed = process.env.HOMEWARD_NOW;
  if (!fixed) return undefined;
  const at = new Date(fixed);
  if (Number.isNaN(at.getTime())) throw new Error(`HOMEWARD_NOW is not a date and time: ${fixed}`);
  return () => at;
}

/** Owner-only: the folder 0700, its files 0600 (Linux and macOS; Windows keeps the user profile's ACLs). */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Makes the data folder private to its owner before the database is opened: creates it 0700, tightens a folder and
 * files an earlier version left world-readable, and sets the process umask to 077 so every file opened later (the
 * SQLite file, its -wal and -shm, backups, key files) is created 0600. Called by each entry point (serve, the CLI,
 * the desktop app) rather than in the database code, which also runs inside tests with their own folders.
 */
export function prepareDataDir(dir: string): void {
  if (process.platform !== 'win32') process.umask(0o077);
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (process.platform === 'win32') return;
  tighten(dir);
}

function tighten(dir: string): void {
  chmodSync(dir, PRIVATE_DIR_MODE);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // A symlink is left alone: chmod would follow it to a file outside the folder.
    if (entry.isDirectory()) tighten(path);
    else if (entry.isFile() && (lstatSync(path).mode & 0o077) !== 0) chmodSync(path, PRIVATE_FILE_MODE);
  }
}
