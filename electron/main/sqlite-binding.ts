import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * node_modules/better-sqlite3-multiple-ciphers stays built for Node so Vitest and browser mode can load it. Electron has its own
 * ABI, so the app loads a copy built for Electron through better-sqlite3's nativeBinding option: made by
 * `npm start` (electron/bin/prepare-electron-sqlite.mjs) into .cache/, and shipped as an extra resource when packed.
 */
export function electronSqliteBinding(options: {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
  electronVersion: string;
}): string {
  const candidates = options.isPackaged
    ? [join(options.resourcesPath, 'native', 'better_sqlite3.node')]
    : [
        join(
          options.appPath,
          '.cache',
          'electron-sqlite',
          `mc-${options.electronVersion}`,
          'better_sqlite3.node',
        ),
      ];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No better-sqlite3 built for Electron ${options.electronVersion} at ${candidates.join(' or ')}. ` +
        'Run `npm start` (it builds one) or `node electron/bin/prepare-electron-sqlite.mjs`.',
    );
  }
  return found;
}
