import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTION_SETTING } from '../../../electron/main/connection';
import { loadConnection, storeConnection } from '../../../electron/main/connectionStore';
import { serverCall } from '../../../electron/preload/serverApi';
import { freshBackend } from '../support/backend';
import { auditRows } from '../support/db';

// The desktop app's choice kept in the local database (a real encrypted SQLite file), and the preload's calls to a
// server (a real HTTP server on loopback standing in for the council's, which speaks HTTPS in production).

describe('the connection choice in the local database', () => {
  it('is kept across a restart of the app, and audited without more than the server’s address', async () => {
    const b = await freshBackend();
    expect(await loadConnection(b.context)).toEqual({ connection: { mode: 'local' }, chosen: false });
    await storeConnection(b.context, { mode: 'server', url: 'https://homeward.council.example/team/' });
    expect(await loadConnection(b.context)).toEqual({
      connection: { mode: 'server', url: 'https://homeward.council.example/team/' },
      chosen: true,
    });
    await storeConnection(b.context, { mode: 'local' });
    expect(await loadConnection(b.context)).toEqual({ connection: { mode: 'local' }, chosen: true });
    const rows = (await auditRows(b, 'update')).filter((r) => r.entity_id === CONNECTION_SETTING);
    expect(rows.map((r) => r.detail)).toEqual(['server https://homeward.council.example', 'this computer']);
  });
});

describe('the typed API against a server', () => {
  let server: Server;
  let base: string;
  const seen: Array<{ url?: string; cookie?: string; body: string }> = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ url: req.url, cookie: req.headers.cookie, body });
        if (req.url === '/team/api/app.status') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: true, value: { childCount: 3 } }));
        } else res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/team/`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('posts the method under the server’s path and answers its result', async () => {
    await expect(serverCall(base, 'app.status', {})).resolves.toEqual({ ok: true, value: { childCount: 3 } });
    expect(seen.at(-1)).toMatchObject({ url: '/team/api/app.status', body: '{}' });
  });

  it('a proxy’s error page is a message, not a crash', async () => {
    await expect(serverCall(base, 'children.list', {})).resolves.toMatchObject({
      ok: false,
      error: { message: /answered HTTP 502 without a result/ },
    });
  });

  it('a server that cannot be reached says so', async () => {
    await expect(serverCall('http://127.0.0.1:1/', 'app.status', {})).resolves.toMatchObject({
      ok: false,
      error: { message: /cannot be reached\. Check the network/ },
    });
  });
});
