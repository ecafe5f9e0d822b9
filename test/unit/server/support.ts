import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { startBrowserMode, type BrowserModeServer } from '../../../electron/server/server';
import { freshBackend } from '../support/backend';

/** The real browser-mode server on loopback, over a fresh backend on a real SQLite file; closed after each test. */
let server: BrowserModeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

export async function start(maxBodyBytes?: number, given?: Backend) {
  const backend = given ?? (await freshBackend());
  const staticDir = mkdtempSync(join(tmpdir(), 'homeward-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Homeward</title>');
  server = await startBrowserMode({ backend, staticDir, maxBodyBytes });
  return server;
}

export interface Answer {
  status: number;
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * A raw request. `body` may be a generator of chunks, sent without a Content-Length (chunked) as a client that
 * streams would; `declaredLength` sends a Content-Length header with a small body behind it.
 */
export function call(
  s: BrowserModeServer,
  opts: {
    path: string;
    method?: string;
    token?: string;
    origin?: string;
    headers?: Record<string, string>;
    body?: string | Iterable<Buffer>;
  },
): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: s.port,
        path: opts.path,
        method: opts.method ?? 'POST',
        headers: {
          'content-type': 'application/json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...(opts.origin ? { origin: opts.origin } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }),
        );
      },
    );
    req.on('error', fail);
    if (opts.body === undefined || typeof opts.body === 'string') {
      req.end((opts.method ?? 'POST') === 'POST' ? (opts.body ?? '{}') : undefined);
      return;
    }
    const chunks = opts.body[Symbol.iterator]();
    const pump = () => {
      for (let next = chunks.next(); !next.done; next = chunks.next()) {
        if (!req.write(next.value)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

export const text = (a: Answer) => a.body.toString('utf8');
export const errorOf = (a: Answer) =>
  (JSON.parse(text(a)) as { error: { code: string; message: string } }).error;
