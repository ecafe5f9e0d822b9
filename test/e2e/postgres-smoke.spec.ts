import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { startBrowserMode } from '../../electron/server/server';
import { startPostgres, type TestPostgres } from '../unit/support/postgres';
import { E2E_NOW } from './fixtures';
import { DuePage } from './pages/DuePage';
import { MeetingPageModel } from './pages/MeetingPage';

// Browser mode on PostgreSQL, as a council's server runs it: the same UI against a real cluster this test starts.
// The rest of the end-to-end suite runs on SQLite; the backend suite runs in full on both.
const staticDir = resolve(import.meta.dirname, '../../out/renderer');
let cluster: TestPostgres;
let backend: Backend;
let server: Awaited<ReturnType<typeof startBrowserMode>>;
let dataDir: string;

const test = base.extend<{ url: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  url: async ({}, use) => use(server.url),
});

test.beforeAll(async () => {
  cluster = await startPostgres();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE homeward_e2e');
  await admin.end();
  dataDir = mkdtempSync(join(tmpdir(), 'homeward-e2e-pg-'));
  backend = await createBackend({
    dataDir,
    databaseUrl: cluster.urlFor('homeward_e2e'),
    now: () => new Date(E2E_NOW),
  });
  server = await startBrowserMode({ backend, staticDir });
});

test.afterAll(async () => {
  await server?.close();
  await backend?.close();
  cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('on PostgreSQL: demo data, the Due screen, a child’s chronology, and minutes that survive a reload', async ({
  page,
  url,
}) => {
  expect(backend.context.engine).toBe('postgres');
  await page.goto(url);
  await page.waitForURL(/#\//);
  await page.evaluate(() => (window.location.hash = '#/due'));
  await page.getByRole('button', { name: 'Load demo data' }).click();
  const due = new DuePage(page);
  await due.table.waitFor();
  const row = due.rowFor('Demo-Pip Fictionhurst', 'Stage 1 MIM');
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /Create meeting/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Date and time').fill('20/11/2026 09:30');
  await dialog.getByLabel('Venue').fill('Meeting room 2, Civic Centre');
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await page.waitForURL(/#\/meeting\//);
  const meeting = new MeetingPageModel(page);
  await meeting.lifecycle('Start meeting');
  await meeting.typeMinutes('Typed on the council server; kept in PostgreSQL.');
  // The autosave reaches PostgreSQL itself: read it back with the driver, not through Homeward.
  const savedInPostgres = async () => {
    const client = new pg.Client({ connectionString: cluster.urlFor('homeward_e2e') });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM meeting_items WHERE minutes = 'Typed on the council server; kept in PostgreSQL.'",
      );
      return rows[0]?.n;
    } finally {
      await client.end();
    }
  };
  await expect.poll(savedInPostgres).toBe(1);
  await page.reload();
  await meeting.openTab('Agenda and minutes');
  await expect(meeting.editor).toHaveValue('Typed on the council server; kept in PostgreSQL.');
});
