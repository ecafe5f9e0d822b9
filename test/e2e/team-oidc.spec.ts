import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { Caller } from '../../electron/backend/accounts/caller';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { createOidcSignIn } from '../../electron/server/auth/oidc';
import type { OidcSignIn } from '../../electron/server/auth/oidcPort';
import { startTeamServer, type TeamServer } from '../../electron/server/team/server';
import { CLIENT_ID, CLIENT_SECRET, startProvider, type RunningProvider } from '../unit/auth/provider';
import { firstAdministrator, TEST_PASSWORD } from '../unit/support/accounts';
import { startPostgres, type TestPostgres } from '../unit/support/postgres';
import { E2E_NOW, SCREENSHOTS } from './fixtures';

// Single sign-on through the team server's own routes, in Chromium: the real server on a PostgreSQL cluster this
// spec starts, a real OpenID provider (oidc-provider) on loopback, its own login and consent pages. The link from
// the provider's identity to a Homeward account is the account's email (accounts.create / accounts.update).

const staticDir = resolve(import.meta.dirname, '../../out/renderer');
// Who can sign in at the provider: one linked to a Homeward account, one linked to a disabled account, one to none.
const LINKED = { id: 'sso-0042', email: 'sam.taylor@example.test', name: 'Sam Taylor' };
const DISABLED = { id: 'sso-0043', email: 'left.service@example.test', name: 'Left Service' };
const STRANGER = { id: 'sso-0099', email: 'not.known@example.test', name: 'Not Known' };

let cluster: TestPostgres;
let backend: Backend;
let server: TeamServer;
let provider: RunningProvider;
let dataDir: string;
let admin: Caller;
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  cluster = await startPostgres();
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  await client.query('CREATE DATABASE homeward_oidc');
  await client.end();
  dataDir = mkdtempSync(join(tmpdir(), 'homeward-e2e-oidc-'));
  backend = await createBackend({
    dataDir,
    databaseUrl: cluster.urlFor('homeward_oidc'),
    now: () => new Date(E2E_NOW),
  });
  // The callback address holds the server's port, known once it listens: the server asks the sign-in through
  // this seam, filled in before any browser comes.
  const late: { signIn?: OidcSignIn } = {};
  const oidc: OidcSignIn = {
    begin: () => late.signIn!.begin(),
    complete: (url, pending) => late.signIn!.complete(url, pending),
  };
  server = await startTeamServer({
    backend,
    staticDir,
    config: { host: '127.0.0.1', port: 0, idleMinutes: 30 },
    oidc,
  });
  const redirectUri = `${server.url}/auth/oidc/callback`;
  provider = await startProvider({ redirectUri, accounts: [LINKED, DISABLED, STRANGER] });
  late.signIn = createOidcSignIn({
    issuer: provider.issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri,
    allowInsecureHttp: true,
  });

  admin = await firstAdministrator(backend);
  for (const [username, who, role] of [
    ['sam.taylor', LINKED, 'chair'],
    ['left.service', DISABLED, 'manager'],
  ] as const) {
    const made = await backend.call(
      'accounts.create',
      { username, displayName: who.name, role, password: TEST_PASSWORD, email: who.email },
      admin,
    );
    if (!made.ok) throw new Error(made.error.message);
    if (username === 'left.service') {
      const off = await backend.call(
        'accounts.update',
        { id: (made.value as { id: string }).id, disabled: true },
        admin,
      );
      if (!off.ok) throw new Error(off.error.message);
    }
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
});

test.afterAll(async () => {
  await server?.close();
  await provider?.close();
  await backend?.close();
  cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The sessions single sign-on opened, as the audit trail records them: which account each names. */
async function singleSignOnSessions(): Promise<Array<{ user: string; account: string | null }>> {
  return backend.context.db
    .selectFrom('audit')
    .select(['user', 'account'])
    .where('entity', '=', 'session')
    .where('action', '=', 'create')
    .where('detail', '=', 'single-sign-on')
    .orderBy('id')
    .execute();
}

/** From Homeward's sign-in page through the provider's login and consent pages, as a person does it. */
async function signInAtProvider(page: Page, login: string) {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('link', { name: 'Sign in with your council account' }).click();
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a linked account signs in at the provider, comes back signed in, and the audit names the account', async ({
  page,
}) => {
  await signInAtProvider(page, LINKED.id);
  await expect(page).toHaveURL(`${server.url}/`);
  await expect(page.getByText('Sam Taylor (Chair)')).toBeVisible();
  // Signed in for real: the API answers this browser as the linked account.
  const whoAmI = await page.evaluate(async () => {
    const r = await fetch('/api/app.whoAmI', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    return (await r.json()) as { ok: boolean; value?: { account?: { username?: string } } };
  });
  expect(whoAmI).toMatchObject({ ok: true, value: { account: { username: 'sam.taylor', role: 'chair' } } });
  // The audit names the signed-in account, never the provider's display name or email.
  expect(await singleSignOnSessions()).toEqual([{ user: 'sam.taylor', account: 'sam.taylor' }]);
  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, `team-oidc-signed-in-${width}.png`), fullPage: true });
  }
});

test('an identity no account is linked to is refused, and no session is opened', async ({ page }) => {
  await signInAtProvider(page, STRANGER.id);
  await expect(page.locator('body')).toContainText(
    'No Homeward account is linked to that sign-in; ask an administrator.',
  );
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  expect(await singleSignOnSessions()).toHaveLength(1);
});

test('a disabled account is refused though its email is linked, and no session is opened', async ({
  page,
}) => {
  await signInAtProvider(page, DISABLED.id);
  await expect(page.locator('body')).toContainText(
    'No Homeward account is linked to that sign-in; ask an administrator.',
  );
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  expect((await singleSignOnSessions()).map((s) => s.user)).toEqual(['sam.taylor']);
});
