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
