import { safeStorage } from 'electron';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkKey, KEY_FILE, newDatabaseKey } from '../backend/db/key';

// The desktop app's database key, wrapped by the operating system (Keychain, DPAPI, libsecret) through Electron's
// safeStorage and kept beside the database. Nobody ever types it. Where the OS offers no keychain, the backend falls
// back to its owner-only key file.
const WRAPPED_KEY_FILE = 'homeward.key.safe';

export function desktopDatabaseKey(dataDir: string): string | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  const wrapped = join(dataDir, WRAPPED_KEY_FILE);
  if (existsSync(wrapped))
    return checkKey(safeStorage.decryptString(readFileSync(wrapped)), 'The wrapped key');
  // A key file from browser mode or the command line is taken over, so the same database still opens.
  const plainFile = join(dataDir, KEY_FILE);
  const key = existsSync(plainFile)
    ? checkKey(readFileSync(plainFile, 'utf8'), 'The key file')
    : newDatabaseKey();
  writeFileSync(wrapped, safeStorage.encryptString(key), { mode: 0o600 });
  rmSync(plainFile, { force: true });
  return key;
}
