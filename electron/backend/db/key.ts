import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The key that encrypts the SQLite file: made at first start, never typed by anyone. The desktop app keeps it
// wrapped by the operating system's keychain (Electron safeStorage, in electron/main) and passes it in; browser mode
// and the command line keep it in a key file readable only by its owner, or take HOMEWARD_DB_KEY.

export const KEY_FILE = 'homeward.key';
/** On a PostgreSQL server, the audit chain's key when HOMEWARD_AUDIT_KEY is not set. */
export const AUDIT_KEY_FILE = 'homeward-audit.key';
const HEX_KEY = /^[0-9a-f]{64}$/;

export class DatabaseKeyError extends Error {}

/** A new random 256-bit key, as 64 hex digits. */
export const newDatabaseKey = (): string => randomBytes(32).toString('hex');

export function checkKey(key: string, where: string): string {
  const k = key.trim().toLowerCase();
  if (!HEX_KEY.test(k))
    throw new DatabaseKeyError(`${where} is not a Homeward database key (64 hex digits).`);
  return k;
}

/** HOMEWARD_DB_KEY, else the owner-only key file in the data folder (made on first start). */
export function keyFromFile(dataDir: string, env: NodeJS.ProcessEnv = process.env, name = KEY_FILE): string {
  const variable = name === KEY_FILE ? 'HOMEWARD_DB_KEY' : 'HOMEWARD_AUDIT_KEY';
  if (env.HOMEWARD_DB_KEY) return checkKey(env.HOMEWARD_DB_KEY, variable);
  const file = join(dataDir, name);
  if (existsSync(file)) return checkKey(readFileSync(file, 'utf8'), `The key file ${file}`);
  const key = newDatabaseKey();
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}
