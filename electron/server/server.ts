import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { ApiResult } from '../../shared/api';
import type { ApiErrorCode } from '../../shared/api/result';
import type { Backend } from '../backend/backend';
import { BodyTooLarge, json, MAX_BODY_BYTES, readBody, safeDecode } from './http';
import { memoryBus } from './live/bus';
import { createLiveHub, type LiveHub } from './live/hub';
import { issueTicket, verifyTicket } from './live/ticket';
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
  /**
   * The live hub streaming changes and presence (`GET /api/events`): pass one on a PostgreSQL bus so several
   * processes hear each other; unset, one in this process. Either way it hears the backend's commits.
   */
  live?: LiveHub;
}

/** A window names itself in this header so the change event its save causes can be told from others'. */
export const WINDOW_HEADER = 'x-homeward-window';

/** The window a request names in WINDOW_HEADER, when it is a well-formed id; both servers read it this way. */
export function windowOf(req: IncomingMessage): string | undefined {
  const window = req.headers[WINDOW_HEADER];
  return typeof window === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(window) ? window : undefined;
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
  const live = options.live ?? createLiveHub({ bus: memoryBus() });
  const stopChanges = options.backend.subscribeChanges((event) => live.publishChange(event));
  /** Browser mode has one user: the name set in Settings, else the computer's account. */
  const caller = async () => {
    const status = await options.backend.call('app.status', {});
    const s = status.ok ? (status.value as { displayName: string | null; user: string }) : null;
    return { name: s?.displayName ?? s?.user ?? 'Someone' };
  };

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
    // EventSource cannot send the token: it opens the stream with a ticket the page fetched with it.
    if (pathname === '/api/events' && req.method === 'GET') {
      req.resume();
      const ticket = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('ticket') ?? '';
      if (verifyTicket(token, ticket) === null) {
        return json(res, 401, refusal('forbidden', 'Missing, wrong or expired ticket.'));
      }
      return live.stream(req, res, await caller());
    }
    const auth = req.headers.authorization ?? '';
    if (req.method !== 'POST' || !auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) {
      req.resume();
      return json(res, 401, refusal('forbidden', 'Missing or wrong token.'));
    }
    if (pathname === '/api/events/ticket') {
      req.resume();
      return json(res, 200, { ok: true, value: { ticket: issueTicket(token, 'browser-mode') } });
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
    if (method === 'presence') return json(res, 200, await live.presence(payload, await caller()));
    return json(res, 200, await options.backend.call(method, payload, { origin: windowOf(req) }));
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
        stopChanges();
        // A hub passed in belongs to the caller (it may serve other servers); our own one ends with us.
        if (!options.live) live.close();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
