import { _electron as electron, test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** The Electron binary's path, or why there is none (the package installs without it where it cannot download). */
function electronBinary(): { path: string } | { reason: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { reason: 'the electron package has no binary on this machine' };
  } catch (error) {
    return {
      reason: `the Electron binary is not installed (${error instanceof Error ? error.message.split('\n')[0] : 'unknown'})`,
    };
  }
}

const binary = electronBinary();

test.describe('the desktop app', () => {
  test.skip('reason' in binary, `Electron launch test skipped: ${'reason' in binary ? binary.reason : ''}`);
  if ('reason' in binary)
    console.log(
      `[homeward] Electron launch test skipped: ${binary.reason}. Browser-mode tests cover the UI.`,
    );

  test('opens a sandboxed window on a fresh data folder and shows the app', async () => {
    if (!('path' in binary)) return;
    execFileSync('node', ['electron/bin/prepare-electron-sqlite.mjs'], { cwd: root, stdio: 'inherit' });
    execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
    const dataDir = mkdtempSync(join(tmpdir(), 'homeward-electron-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: [join(root, 'out/main/index.js')],
      env: { ...process.env, HOMEWARD_DATA_DIR: dataDir },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByText('Homeward').first()).toBeVisible();
      // Sandboxed, context-isolated, no Node in the page: only the typed API is reachable.
      const exposed = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: typeof (globalThis as { homeward?: { call?: unknown } }).homeward?.call,
      }));
      expect(exposed).toEqual({ require: 'undefined', process: 'undefined', api: 'function' });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
