import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { issueSetupCode, sessionCaller, signIn } from '../../electron/backend/accounts/sessions';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { memoryBus } from '../../electron/server/live/bus';
import { createLiveHub, type LiveHub } from '../../electron/server/live/hub';
import { startTeamServer, type TeamServer } from '../../electron/server/team/server';
import { MeetingPageModel } from './pages/MeetingPage';
import { startPostgres, type TestPostgres } from '../unit/support/postgres';
import { E2E_NOW, SCREENSHOTS } from './fixtures';

// Team mode as a council runs it: the team server on a PostgreSQL cluster this spec starts, people signing in.
const staticDir = resolve(import.meta.dirname, '../../out/renderer');
const PASSWORD = 'correct horse battery staple';
let cluster: TestPostgres;
let backend: Backend;
let server: TeamServer;
let live: LiveHub;
let dataDir: string;
let setupCode: string;

const test = base.extend<{ url: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  url: async ({}, use) => use(server.url),
});
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  cluster = await startPostgres();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE homeward_team');
  await admin.end();
  dataDir = mkdtempSync(join(tmpdir(), 'homeward-e2e-team-'));
  backend = await createBackend({
    dataDir,
    databaseUrl: cluster.urlFor('homeward_team'),
    now: () => new Date(E2E_NOW),
  });
  live = createLiveHub({ bus: memoryBus() });
  server = await startTeamServer({
    backend,
    staticDir,
    config: { host: '127.0.0.1', port: 0, idleMinutes: 30 },
    live,
  });
  setupCode = (await issueSetupCode(backend.context))!;
  mkdirSync(SCREENSHOTS, { recursive: true });
});

test.afterAll(async () => {
  await server?.close();
  live?.close();
  await backend?.close();
  cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function shoot(page: Page, name: string) {
  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1400, height: 900 });
}

async function signInAs(page: Page, url: string, username: string) {
  await page.goto(url);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('the first administrator is set up with the printed code and adds a minute-taker', async ({
  page,
  url,
}) => {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Set up the first administrator' })).toBeVisible();
  await page.getByLabel('Setup code').fill(setupCode);
  await page.getByLabel('Username').fill('admin.one');
  await page.getByLabel('Display name').fill('Admin One (synthetic)');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByText('Admin One (synthetic) (Administrator)')).toBeVisible();
  // The administrator keeps the system, not the cases: no Due or Children links.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Children' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Accounts' }).click();
  await page.getByLabel('Username').fill('minutes.t');
  await page.getByLabel('Display name').fill('Minute B. Example');
  await page.getByRole('combobox', { name: 'Role', exact: true }).click();
  await page.getByRole('option', { name: 'Minute-taker' }).click();
  await page.getByLabel('First password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('cell', { name: 'minutes.t' })).toBeVisible();
  await shoot(page, 'team-accounts');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await shoot(page, 'team-sign-in');
});

test('a minute-taker signs in with a password, does not see Approve, and the server refuses it anyway', async ({
  page,
  url,
}) => {
  const adminCaller = (await sessionCaller(
    backend.context,
    await signIn(backend.context, 'admin.one', PASSWORD),
  ))!;
  const made = await backend.call(
    'accounts.create',
    { username: 'chair.c', displayName: 'Chair A. Example', role: 'chair', password: PASSWORD },
    adminCaller,
  );
  expect(made.ok).toBe(true);
  const chair = (await sessionCaller(backend.context, await signIn(backend.context, 'chair.c', PASSWORD)))!;
  const manager = await backend.call('app.loadDemo', {}, adminCaller);
  expect(manager.ok).toBe(true);
  const children = await backend.call('children.list', {}, chair);
  if (!children.ok) throw new Error(children.error.message);
  const childId = (children.value as Array<{ id: string }>)[0]!.id;
  const created = await backend.call(
    'meetings.create',
    {
      kind: 'mim',
      stageLevel: 1,
      childIds: [childId],
      chairRole: 'Team Manager',
      chairName: 'Chair A. Example',
      minuteTaker: 'Minute B. Example',
      scheduledAt: '2026-11-20T09:30:00Z',
      venue: 'Room 2, Example House',
      reason: 'Three episodes in 90 days',
    },
    chair,
  );
  if (!created.ok) throw new Error(created.error.message);
  const meetingId = (created.value as { meeting: { id: string } }).meeting.id;
  for (const to of ['in-progress', 'concluded'] as const)
    expect((await backend.call('meetings.transition', { meetingId, to }, chair)).ok).toBe(true);

  await signInAs(page, url, 'minutes.t');
  await expect(page.getByText('Minute B. Example (Minute-taker)')).toBeVisible();
  await page.evaluate((id) => (window.location.hash = `#/meeting/${id}`), meetingId);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve minutes' })).toHaveCount(0);
  const answer = await page.evaluate(async (id) => {
    const res = await fetch('/api/meetings.transition', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ meetingId: id, to: 'approved' }),
    });
    return (await res.json()) as { ok: boolean; error?: { code: string } };
  }, meetingId);
  expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  const still = await backend.call('meetings.get', { meetingId }, chair);
  expect(still.ok && (still.value as { meeting: { status: string } }).meeting.status).toBe('concluded');
});

test('in a live meeting the chair sees the minute-taker’s text arrive, and a network cut mid-typing loses nothing', async ({
  browser,
  url,
}) => {
  const chair = (await sessionCaller(backend.context, await signIn(backend.context, 'chair.c', PASSWORD)))!;
  const children = await backend.call('children.list', {}, chair);
  if (!children.ok) throw new Error(children.error.message);
  const created = await backend.call(
    'meetings.create',
    {
      kind: 'mim',
      stageLevel: 1,
      childIds: [(children.value as Array<{ id: string }>)[1]!.id],
      chairRole: 'Team Manager',
      chairName: 'Chair A. Example',
      minuteTaker: 'Minute B. Example',
      scheduledAt: '2026-11-20T11:00:00Z',
      reason: 'Three episodes in 90 days',
    },
    chair,
  );
  if (!created.ok) throw new Error(created.error.message);
  const record = created.value as { meeting: { id: string }; items: Array<{ id: string }> };
  const meetingId = record.meeting.id;
  expect((await backend.call('meetings.transition', { meetingId, to: 'in-progress' }, chair)).ok).toBe(true);

  const open = async (username: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, url, username);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.evaluate((id) => (window.location.hash = `#/meeting/${id}`), meetingId);
    const m = new MeetingPageModel(page);
    await m.openTab('Agenda and minutes');
    await expect(m.editor).toBeVisible();
    return { context, m };
  };
  const theChair = await open('chair.c');
  const taker = await open('minutes.t');

  await taker.m.editor.click();
  await taker.m.editor.pressSequentially('The chair welcomed everyone. ');
  await expect(theChair.m.page.getByTestId('presence-line')).toHaveText(
    'Minute B. Example is typing in item 1',
  );
  await expect(theChair.m.editor).toHaveValue('The chair welcomed everyone. ');
  await expect(taker.m.itemStatus).toHaveText(/^Saved /);

  await taker.context.setOffline(true);
  await taker.m.editor.pressSequentially('Typed while the network was down.');
  await expect(taker.m.page.getByTestId('offline-banner')).toContainText('waiting to be sent');
  await taker.context.setOffline(false);
  await expect(taker.m.page.getByTestId('offline-banner')).toHaveCount(0);
  const whole = 'The chair welcomed everyone. Typed while the network was down.';
  await expect(theChair.m.editor).toHaveValue(whole);
  const stored = await backend.call('meetings.get', { meetingId }, chair);
  if (!stored.ok) throw new Error(stored.error.message);
  const items = (stored.value as { items: Array<{ id: string; minutes: string }> }).items;
  expect(items.find((i) => i.id === record.items[0]!.id)!.minutes).toBe(whole);
  await shoot(theChair.m.page, 'team-live-chair');
  await theChair.context.close();
  await taker.context.close();
});
