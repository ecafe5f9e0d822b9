import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserMode, type BrowserModeServer } from '../../../electron/server/server';
import { freshBackend } from '../support/backend';

let server: BrowserModeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const staticDir = mkdtempSync(join(tmpdir(), 'homeward-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Homeward</title>');
  server = await startBrowserMode({ backend: await freshBackend(), staticDir });
  return server;
}

/** A raw request, so the Host header can be set as a rebinding page would. */
function send(
  s: BrowserModeServer,
  opts: { path: string; method?: string; token?: string; host?: string; body?: string },
) {
  return new Promise<{
    status: number;
    body: string;
    headers: Record<string, string | string[] | undefined>;
  }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: s.port,
        path: opts.path,
        method: opts.method ?? 'POST',
        headers: {
          host: opts.host ?? `127.0.0.1:${s.port}`,
          'content-type': 'application/json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end((opts.method ?? 'POST') === 'POST' ? (opts.body ?? '{}') : undefined);
  });
}

describe('browser mode server', () => {
  it('listens on the loopback address only and prints a URL that carries a long random token', async () => {
    const s = await start();
    expect(s.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${s.port}/#token=[A-Za-z0-9_-]{40,}$`));
  });

  it('answers API calls that carry the token', async () => {
    const s = await start();
    const r = await send(s, { path: '/api/app.status', token: s.token });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { childCount: 0 } });
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    const s = await start();
    expect((await send(s, { path: '/api/app.status' })).status).toBe(401);
    expect((await send(s, { path: '/api/app.status', token: 'guess' })).status).toBe(401);
    expect((await send(s, { path: '/api/app.status', token: `${s.token}x` })).status).toBe(401);
  });

  it('refuses requests for another host name (DNS rebinding), even with the token', async () => {
    const s = await start();
    expect(
      (await send(s, { path: '/api/app.status', token: s.token, host: `evil.example:${s.port}` })).status,
    ).toBe(403);
  });

  it('answers a bad payload with the field and the problem, not a crash', async () => {
    const s = await start();
    const r = await send(s, { path: '/api/children.get', token: s.token, body: '{"id": 5}' });
    expect(JSON.parse(r.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid', issues: [{ field: 'id' }] },
    });
    const bad = await send(s, { path: '/api/children.get', token: s.token, body: '{not json' });
    expect(bad.status).toBe(400);
  });

  it('serves the app with a content security policy and never a file outside its folder', async () => {
    const s = await start();
    const page = await send(s, { path: '/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send(s, { path: '/../../../etc/passwd', method: 'GET' })).status).toBe(404);
    expect((await send(s, { path: '/%2e%2e/%2e%2e/etc/passwd', method: 'GET' })).status).toBe(404);
  });
});
