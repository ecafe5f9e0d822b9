import { test as base, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { startBrowserMode } from '../../electron/server/server';

/** The instant the backend treats as now in every end-to-end test, so the demo data and clocks are repeatable. */
export const E2E_NOW = '2026-11-20T10:00:00.000Z';

const staticDir = resolve(import.meta.dirname, '../../out/renderer');
export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

export interface HomewardApp {
  url: string;
  backend: Backend;
  dataDir: string;
  /** Opens the app with its token, as the URL `npm run serve` prints. */
  open(page: Page, path?: string): Promise<void>;
  screenshot(page: Page, name: string): Promise<void>;
}

/** A fresh data folder, its own backend and loopback server with a random port and token. */
async function startApp(): Promise<HomewardApp & { close(): Promise<void> }> {
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build:renderer` first (npm run test:e2e does).');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'homeward-e2e-'));
  const backend = await createBackend({ dataDir, now: () => new Date(E2E_NOW) });
  const server = await startBrowserMode({ backend, staticDir });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: server.url,
    backend,
    dataDir,
    async open(page, path = '/') {
      await page.goto(server.url);
      await page.waitForURL(/#\//);
      if (path !== '/') await page.evaluate((p) => (window.location.hash = p), `#${path}`);
    },
    async screenshot(page, name) {
      // From the top, so sticky bars sit where a user sees them rather than mid-page.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await server.close();
      await backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `app`: each test its own empty app. `demoApp`: one app with the demo data per worker, for specs that only read
 * (the accessibility and reflow scans), so a spec file seeds the database once rather than once per test.
 */
export const test = base.extend<{ app: HomewardApp }, { demoApp: HomewardApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  app: async ({}, use) => {
    const app = await startApp();
    await use(app);
    await app.close();
  },
  demoApp: [
    // eslint-disable-next-line no-empty-pattern -- as above.
    async ({}, use) => {
      const app = await startApp();
      const loaded = await app.backend.call('app.loadDemo', {});
      if (!loaded.ok) throw new Error(`The demo data did not load: ${loaded.error.message}`);
      await use(app);
      await app.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
