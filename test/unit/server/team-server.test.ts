import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { issueSetupCode } from '../../../electron/backend/accounts/sessions';
import { startTeamServer, type TeamServer } from '../../../electron/server/team/server';
import { freshBackend } from '../support/backend';
import { TEST_PASSWORD } from '../support/accounts';

// The real team server on loopback over a fresh backend of this project's engine (the postgres project: the run's
// real PostgreSQL). Requests are real HTTP with fetch; the cookie is carried by hand as a browser would.

let server: TeamServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(publicUrl?: string) {
  const backend = await freshBackend();
  const staticDir = mkdtempSync(join(tmpdir(), 'homeward-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Homeward</title>');
  server = await startTeamServer({
    backend,
    staticDir,
    config: { host: '127.0.0.1', port: 0, idleMinutes: 30, publicUrl },
  });
  const base = `http://127.0.0.1:${server.port}`;
  const post = (path: string, body: unknown, cookie?: string, headers: Record<string, string> = {}) =>
    fetch(base + path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: base,
        ...(cookie ? { Cookie: cookie } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
    });
  return { backend, base, post };
}

/** A GET with a chosen Host header (fetch does not let a caller set Host). */
const getWithHost = (port: number, host: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });

const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0]!;

describe('the team server', () => {
  it('answers /healthz and /readyz (the database answers and its schema is current)', async () => {
    const { base } = await start();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true });
  });

  it('sets up the first administrator with the printed code, signs in with a cookie, and calls the API as them', async () => {
    const { backend, base, post } = await start();
    const status: unknown = await (await fetch(`${base}/auth/status`)).json();
    expect(status).toMatchObject({ value: { setupNeeded: true, signedIn: false } });
    expect((await post('/api/app.status', {})).status).toBe(401);
    const code = (await issueSetupCode(backend.context))!;
    const wrong = await post('/auth/setup', {
      code: 'nope',
      username: 'admin.one',
      displayName: 'A',
      password: TEST_PASSWORD,
    });
    expect(wrong.status).toBe(403);
    const setup = await post('/auth/setup', {
      code,
      username: 'admin.one',
      displayName: 'Admin',
      password: TEST_PASSWORD,
    });
    expect(setup.status).toBe(200);
    const setCookie = setup.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^homeward_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    const again = await post('/auth/setup', {
      code,
      username: 'admin.two',
      displayName: 'B',
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(409);

    const signIn = await post('/auth/sign-in', { username: 'Admin.One', password: TEST_PASSWORD });
    expect(signIn.status).toBe(200);
    const cookie = cookieOf(signIn);
    const me: unknown = await (await post('/api/app.whoAmI', {}, cookie)).json();
    expect(me).toMatchObject({
      ok: true,
      value: { mode: 'team', account: { username: 'admin.one', role: 'administrator' } },
    });
    const created: unknown = await (
      await post(
        '/api/accounts.create',
        { username: 'chair.c', displayName: 'Chair C', role: 'chair', password: TEST_PASSWORD },
        cookie,
      )
    ).json();
    expect(created).toMatchObject({ ok: true, value: { username: 'chair.c', role: 'chair' } });
    // The administrator does not read children's records: the server refuses.
    const children: unknown = await (await post('/api/children.list', {}, cookie)).json();
    expect(children).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a wrong password with 403, a locked account with 423, and a stranger’s Host or Origin', async () => {
    const { backend, base, post } = await start();
    const code = (await issueSetupCode(backend.context))!;
    await post('/auth/setup', { code, username: 'admin.one', displayName: 'Admin', password: TEST_PASSWORD });
    for (let i = 0; i < 5; i++)
      expect(
        (await post('/auth/sign-in', { username: 'admin.one', password: 'wrong password here' })).status,
      ).toBe(403);
    expect((await post('/auth/sign-in', { username: 'admin.one', password: TEST_PASSWORD })).status).toBe(
      423,
    );
    const foreign = await post('/auth/sign-in', { username: 'a', password: 'b' }, undefined, {
      Origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    const form = await fetch(`${base}/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'username=a&password=b',
    });
    expect(form.status).toBe(415);
    expect(await getWithHost(server!.port, 'attacker.example')).toBe(403);
    expect(await getWithHost(server!.port, `127.0.0.1:${server!.port}`)).toBe(200);
  });

  it('behind a reverse proxy: the public address is an allowed Host and Origin, and the cookie is Secure', async () => {
    const { backend, post } = await start('https://homeward.example.gov.uk');
    const code = (await issueSetupCode(backend.context))!;
    const setup = await post(
      '/auth/setup',
      { code, username: 'admin.one', displayName: 'Admin', password: TEST_PASSWORD },
      undefined,
      { Origin: 'https://homeward.example.gov.uk' },
    );
    expect(setup.status).toBe(200);
    expect(setup.headers.get('set-cookie')).toMatch(/; Secure/);
    expect(await getWithHost(server!.port, 'homeward.example.gov.uk')).toBe(200);
    expect(await getWithHost(server!.port, 'homeward.example.org')).toBe(403);
  });

  it('sign out ends this session; sign out everywhere ends every one of the account', async () => {
    const { backend, post } = await start();
    const code = (await issueSetupCode(backend.context))!;
    await post('/auth/setup', { code, username: 'admin.one', displayName: 'Admin', password: TEST_PASSWORD });
    const signIn = () =>
      post('/auth/sign-in', { username: 'admin.one', password: TEST_PASSWORD }).then(cookieOf);
    const a = await signIn();
    const b = await signIn();
    const c = await signIn();
    const out = await post('/auth/sign-out', {}, a);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await post('/api/app.status', {}, a)).status).toBe(401);
    expect((await post('/api/app.status', {}, b)).status).toBe(200);
    const everywhere: unknown = await (await post('/auth/sign-out-everywhere', {}, b)).json();
    expect(everywhere).toMatchObject({ ok: true, value: { ended: 3 } });
    expect((await post('/api/app.status', {}, c)).status).toBe(401);
  });
});
