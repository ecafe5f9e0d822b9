import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARACTERS } from '../../../shared/api/importExport';
import { MAX_BODY_BYTES, MAX_JSON_BYTES_PER_CHARACTER } from '../../../electron/server/http';
import { call, errorOf, start, text } from './support';

function* megabytes(n: number): Generator<Buffer> {
  const mb = Buffer.alloc(1024 * 1024, 'a');
  yield Buffer.from('{"fileName":"x.csv","content":"');
  for (let i = 0; i < n; i++) yield mb;
  yield Buffer.from('"}');
}

describe('browser mode: request bodies', () => {
  it('answers a streamed body over the limit with 413 naming the limit, not a reset or a JSON error', async () => {
    const s = await start(2 * 1024 * 1024);
    const r = await call(s, { path: '/api/importExport.import', token: s.token, body: megabytes(8) });
    expect(r.status).toBe(413);
    expect(JSON.parse(text(r))).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'The request is larger than the 2 MB limit.' },
    });
  });

  it('refuses a declared Content-Length over the default limit before reading the body', async () => {
    const s = await start();
    const r = await call(s, {
      path: '/api/importExport.import',
      token: s.token,
      headers: { 'content-length': String(MAX_BODY_BYTES + 1) },
      body: '{}',
    });
    expect(r.status).toBe(413);
    expect(errorOf(r).message).toBe(
      `The request is larger than the ${Math.round(MAX_BODY_BYTES / 1024 / 1024)} MB limit.`,
    );
  });

  it('sizes the default limit so the largest CSV the import accepts fits however JSON escapes it', () => {
    // Every UTF-16 code unit, as JSON.stringify escapes it and UTF-8 sends it: none takes more bytes than the
    // limit allows per character (surrogate pairs are 4 bytes for 2 units).
    let worst = 0;
    for (let u = 0; u <= 0xffff; u++) {
      const one = String.fromCharCode(u);
      worst = Math.max(worst, Buffer.byteLength(JSON.stringify(one)) - 2);
    }
    worst = Math.max(worst, (Buffer.byteLength(JSON.stringify('\u{1F600}')) - 2) / 2);
    expect(worst).toBe(MAX_JSON_BYTES_PER_CHARACTER);
    const envelope = Buffer.byteLength(
      JSON.stringify({ fileName: 'x'.repeat(260), content: '', authority: 'y'.repeat(100) }),
    );
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(MAX_IMPORT_CHARACTERS * worst + envelope * 6);
  });

  it('imports a file whose JSON-escaped body is several times its length in characters', async () => {
    // 300,000 characters of a quoted note full of control characters (each 6 bytes once escaped): 1.8 MB of JSON
    // for a file of 0.3 M characters; the limit is in proportion, so it is accepted and read.
    const s = await start();
    const note = '\u0001'.repeat(300_000);
    const content = `CHILD,DOB,MISSING,MIS_START,MIS_END\r\n"${note}",01/01/2010,M,01/01/2026,\r\n`;
    const r = await call(s, {
      path: '/api/importExport.import',
      token: s.token,
      body: JSON.stringify({ fileName: 'a.csv', content }),
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(text(r))).toMatchObject({ ok: true, value: { format: '903', rowsRead: 1 } });
  });
});

describe('browser mode: addresses, origins and headers', () => {
  it('answers a malformed %-escape in the path with 400, for the API and for pages', async () => {
    const s = await start();
    const api = await call(s, { path: '/api/children.get%E0%A4%A', token: s.token });
    expect(api.status).toBe(400);
    expect(errorOf(api).message).toMatch(/malformed %-escape/);
    expect((await call(s, { path: '/%E0%A4%A', method: 'GET' })).status).toBe(400);
  });

  it('refuses an API call from another origin with 403, even with the token, and answers its own', async () => {
    const s = await start();
    const evil = await call(s, { path: '/api/app.status', token: s.token, origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(errorOf(evil).code).toBe('forbidden');
    const nul = await call(s, { path: '/api/app.status', token: s.token, origin: 'null' });
    expect(nul.status).toBe(403);
    const otherPort = await call(s, {
      path: '/api/app.status',
      token: s.token,
      origin: `http://127.0.0.1:${s.port + 1}`,
    });
    expect(otherPort.status).toBe(403);
    const crossSite = await call(s, {
      path: '/api/app.status',
      token: s.token,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const own = await call(s, {
      path: '/api/app.status',
      token: s.token,
      origin: `http://127.0.0.1:${s.port}`,
    });
    expect(own.status).toBe(200);
  });

  it('sends a policy that forbids framing, <base> and form posts, and nosniff, on pages and API answers', async () => {
    const s = await start();
    for (const r of [
      await call(s, { path: '/', method: 'GET' }),
      await call(s, { path: '/api/app.status', token: s.token }),
      await call(s, { path: '/missing.js', method: 'GET' }),
    ]) {
      const csp = String(r.headers['content-security-policy']);
      for (const directive of [
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
        "script-src 'self'",
      ]) {
        expect(csp).toContain(directive);
      }
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('serves the icon from resources/ as /favicon.ico, so a page load gets no 404', async () => {
    const s = await start();
    const ico = await call(s, { path: '/favicon.ico', method: 'GET' });
    expect(ico.status).toBe(200);
    expect(ico.headers['content-type']).toBe('image/x-icon');
    expect(ico.body).toEqual(readFileSync(resolve(import.meta.dirname, '../../../resources/icon.ico')));
    const svg = await call(s, { path: '/favicon.svg', method: 'GET' });
    expect(svg.status).toBe(200);
    expect(text(svg)).toContain('<svg');
  });

  it('gives the Electron window the same policy in its meta tag, and an icon link', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const directive of [
      "base-uri 'none'",
      "form-action 'none'",
      "object-src 'none'",
      "script-src 'self'",
    ]) {
      expect(meta).toContain(directive);
    }
    expect(html).toMatch(/<link rel="icon" type="image\/svg\+xml" href="\.\.\/resources\/icon\.svg"/);
  });
});
