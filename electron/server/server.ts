import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { ApiResult } from '../../shared/api';
import type { ApiErrorCode } from '../../shared/api/result';
import type { Backend } from '../backend/backend';
import { BodyTooLarge, json, MAX_BODY_BYTES, readBody, safeDecode } from './http';
import { DEFAULT_RESOURCES, serveStatic } from './static';

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
  /** Where the app's icons are (the repository's resources/): /favicon.ico is served from there. */
  resourcesDir?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** The largest request body in bytes; default MAX_BODY_BYTES (every file the import accepts fits). */
  maxBodyBytes?: number;
}

const sameToken = (given: string, token: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

const refusal = (code: ApiErrorCode, message: string): ApiResult<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * Browser mode: the same backend and the built renderer on 127.0.0.1 only. Every API call must carry the random
 * token (the URL printed at start hands it to the page in its #fragment, which never reaches a server log), the
 * Host header must be our loopback address (so a page elsewhere cannot reach the API by DNS rebinding), and a
 * browser's Origin, when sent, must be ours (so another site open in the same browser cannot post to it).
 */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserModeServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const root = resolve(options.staticDir);
  const resources = resolve(options.resourcesDir ?? DEFAULT_RESOURCES);
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, refusal('internal', 'Server error.'));
      else res.destroy();
    });
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const origin = req.headers.origin;
    if (
      (origin !== undefined && !allowedOrigins.has(origin)) ||
      req.headers['sec-fetch-site'] === 'cross-site'
    ) {
      req.resume();
      return json(res, 403, refusal('forbidden', 'Refused: the request came from another site.'));
    }
    const auth = req.headers.authorization ?? '';
    if (req.method !== 'POST' || !auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) {
      req.resume();
      return json(res, 401, refusal('forbidden', 'Missing or wrong token.'));
    }
    const method = safeDecode(pathname.slice(5));
    if (method === undefined) {
      req.resume();
      return json(res, 400, refusal('invalid', 'The address has a malformed %-escape.'));
    }
    let body: string;
    try {
      body = await readBody(req, maxBody);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      // The client may still be sending; close afterwards rather than reuse a connection in an unknown state.
      return json(res, 413, refusal('invalid', error.message), { Connection: 'close' });
    }
    let payload: unknown;
    try {
      payload = body ? JSON.parse(body) : {};
    } catch {
      return json(res, 400, refusal('invalid', 'The request body is not valid JSON.'));
    }
    // The text of a large import is not needed once parsed; let it go before the import runs.
    body = '';
    return json(res, 200, await options.backend.call(method, payload));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      req.resume();
      return json(res, 403, refusal('forbidden', 'Wrong host.'));
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname);
    req.resume();
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return json(res, 405, refusal('forbidden', 'Method not allowed.'));
    return serveStatic(res, url.pathname, root, resources);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));
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
