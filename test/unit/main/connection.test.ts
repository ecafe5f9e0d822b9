import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServerUrl } from '../../../shared/api/connection';
import {
  bridgeAllowed,
  connectionSettingValue,
  contentSecurityPolicy,
  navigationAllowed,
  policyAppliesTo,
  readConnection,
} from '../../../electron/main/connection';
import { checkServer } from '../../../electron/main/serverCheck';

// The desktop app's connection choice, decided in plain functions (Electron's binary cannot run here).

const SERVER = { mode: 'server', url: 'https://homeward.council.example/' } as const;
const LOCAL = { mode: 'local' } as const;
const localPage = (url: string) => url === 'file:///app/index.html';

describe('the server address a person types', () => {
  it('takes an https address, adding https:// and the trailing slash when left off', () => {
    expect(parseServerUrl('homeward.council.example')).toEqual({
      ok: true,
      url: 'https://homeward.council.example/',
    });
    expect(parseServerUrl(' https://homeward.council.example/team ')).toEqual({
      ok: true,
      url: 'https://homeward.council.example/team/',
    });
  });

  it('refuses, saying why, plain http, a user name in it, a query, a bare word and nothing', () => {
    expect(parseServerUrl('http://homeward.council.example')).toEqual({
      ok: false,
      message: 'must start with https://',
    });
    expect(parseServerUrl('https://sam:pw@homeward.council.example')).toMatchObject({ message: /user name/ });
    expect(parseServerUrl('https://homeward.council.example/?x=1')).toMatchObject({ message: /\? or #/ });
    expect(parseServerUrl('homeward')).toMatchObject({ message: /full name/ });
    expect(parseServerUrl('   ')).toEqual({ ok: false, message: 'is required' });
    expect(parseServerUrl('https://')).toMatchObject({ ok: false });
  });
});

describe('where the choice is kept', () => {
  it('reads back what was stored; nothing stored is "on this computer", not yet chosen', () => {
    expect(readConnection(null)).toEqual({ connection: LOCAL, chosen: false });
    expect(readConnection(connectionSettingValue(LOCAL))).toEqual({ connection: LOCAL, chosen: true });
    expect(readConnection(connectionSettingValue(SERVER))).toEqual({ connection: SERVER, chosen: true });
  });

  it('a damaged or no-longer-valid setting falls back to this computer rather than a server it cannot trust', () => {
    expect(readConnection('{not json')).toEqual({ connection: LOCAL, chosen: false });
    expect(readConnection('{"mode":"server","url":"http://evil.example/"}')).toEqual({
      connection: LOCAL,
      chosen: false,
    });
  });
});

describe('the window’s policy', () => {
  it('on this computer the page connects to itself only', () => {
    expect(contentSecurityPolicy(LOCAL)).toContain("connect-src 'self';");
    expect(contentSecurityPolicy(LOCAL)).not.toContain('https:');
  });

  it('against a server, connect-src names that server alone, and the policy covers only its pages', () => {
    const csp = contentSecurityPolicy(SERVER);
    expect(csp).toContain('connect-src https://homeward.council.example;');
    expect(csp.match(/https:\/\/[^\s;]+/g)?.every((o) => o === 'https://homeward.council.example')).toBe(
      true,
    );
    expect(csp).toContain("object-src 'none'");
    expect(policyAppliesTo(SERVER, 'https://homeward.council.example/assets/app.js')).toBe(true);
    expect(policyAppliesTo(SERVER, 'https://login.microsoftonline.com/x')).toBe(false);
    expect(policyAppliesTo(LOCAL, 'https://homeward.council.example/')).toBe(false);
  });

  it('the bridge answers only the chosen server’s pages, never the sign-in provider or a look-alike host', () => {
    const bridge = bridgeAllowed(
      { mode: 'server', url: 'https://homeward.council.example/team/' },
      localPage,
    );
    expect(bridge('https://homeward.council.example/team/#/children')).toBe(true);
    expect(bridge('https://homeward.council.example/other/')).toBe(false);
    expect(bridge('https://homeward.council.example.evil.example/team/')).toBe(false);
    expect(bridge('https://login.microsoftonline.com/tenant/oauth2/v2.0/authorize')).toBe(false);
    expect(bridge('file:///app/index.html')).toBe(false);
    expect(bridgeAllowed(LOCAL, localPage)('file:///app/index.html')).toBe(true);
  });

  it('against a server the window may pass through https sign-in pages, never plain http or files', () => {
    const go = navigationAllowed(SERVER, localPage);
    expect(go('https://login.microsoftonline.com/tenant/oauth2/v2.0/authorize')).toBe(true);
    expect(go('http://homeward.council.example/')).toBe(false);
    expect(go('file:///etc/passwd')).toBe(false);
    expect(navigationAllowed(LOCAL, localPage)('https://login.microsoftonline.com/')).toBe(false);
  });
});

describe('checking a server by its /readyz over real TLS', () => {
  let dir: string;
  let server: Server;
  let ca: Buffer;
  let ready = true;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'homeward-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    ca = readFileSync(join(dir, 'cert.pem'));
    server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: ca }, (req, res) => {
      if (req.url === '/readyz') res.writeHead(ready ? 200 : 503).end(ready ? 'ready' : 'starting');
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `https://localhost:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise<void>((done) => server?.close(() => done()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('a ready server with a trusted certificate is accepted', async () => {
    ready = true;
    await expect(checkServer(base, { ca })).resolves.toEqual({ ok: true });
  });

  it('a server still starting is refused, saying so', async () => {
    ready = false;
    await expect(checkServer(base, { ca })).resolves.toMatchObject({
      ok: false,
      message: /not ready \(HTTP 503/,
    });
  });

  it('a certificate this computer does not trust is refused, saying so', async () => {
    ready = true;
    await expect(checkServer(base)).resolves.toMatchObject({
      ok: false,
      message: /certificate is not trusted/,
    });
  });

  it('an address nothing listens on is refused, saying so', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    await expect(checkServer(`https://localhost:${port}/`, { ca })).resolves.toMatchObject({
      ok: false,
      message: /nothing is listening/,
    });
  });
});
