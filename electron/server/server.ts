import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Backend } from '../backend/backend';

export interface BrowserModeServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export interface BrowserModeOptions {
  backend: Backend;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

// Room for the largest CSV the import accepts (64 MB of text) inside its JSON envelope.
const MAX_BODY = 72 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
// The same policy as the Electron window: only our own scripts; data: for MUI's inline images.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

const sameToken = (given: string, token: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Browser mode: the same backend and the built renderer on 127.0.0.1 only. Every API call must carry the random
 * token (the URL printed at start hands it to the page in its #fragment, which never reaches a server log), and
 * the Host header must be our loopback address, so a web page elsewhere cannot reach the API by DNS rebinding.
 */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserModeServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const root = resolve(options.staticDir);
  let allowedHosts = new Set<string>();

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() =>
      json(res, 500, { ok: false, error: { code: 'internal', message: 'Server error.' } }),
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? ''))
      return json(res, 403, { ok: false, error: { code: 'forbidden', message: 'Wrong host.' } });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      const auth = req.headers.authorization ?? '';
      if (req.method !== 'POST' || !auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) {
        return json(res, 401, {
          ok: false,
          error: { code: 'forbidden', message: 'Missing or wrong token.' },
        });
      }
      let payload: unknown;
      try {
        const body = await readBody(req);
        payload = body ? JSON.parse(body) : {};
      } catch {
        return json(res, 400, {
          ok: false,
          error: { code: 'invalid', message: 'The request body is not valid JSON.' },
        });
      }
      const result = await options.backend.call(decodeURIComponent(url.pathname.slice(5)), payload);
      return json(res, 200, result);
    }
    if (req.method !== 'GET')
      return json(res, 405, { ok: false, error: { code: 'forbidden', message: 'Method not allowed.' } });
    const path = normalize(join(root, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!path.startsWith(root + sep)) return send(res, 404, 'Not found', 'text/plain');
    try {
      const body = await readFile(path);
      return send(res, 200, body, TYPES[extname(path)] ?? 'application/octet-stream');
    } catch {
      return send(res, 404, 'Not found', 'text/plain');
    }
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
