import { readFileSync } from 'node:fs';
import {
  createServer as createHttp,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { ApiResult } from '../../../shared/api';
import type { ApiErrorCode } from '../../../shared/api/result';
import type { Caller } from '../../backend/accounts/caller';
import { sessionCaller, type SessionPolicy, ABSOLUTE_HOURS } from '../../backend/accounts/sessions';
import type { Backend } from '../../backend/backend';
import { MIGRATIONS } from '../../backend/db/migrations';
import { schemaVersion } from '../../backend/db/migrate';
import type { OidcSignIn } from '../auth/oidcPort';
import { BodyTooLarge, json, MAX_BODY_BYTES, readBody, safeDecode } from '../http';
import type { LiveHub } from '../live/hub';
import { windowOf } from '../server';
import { DEFAULT_RESOURCES, serveStatic } from '../static';
import { liveRoutes } from './liveRoutes';
import { authRoutes } from './authRoutes';
import type { TeamConfig } from './config';
import { readCookie, SESSION_COOKIE } from './cookies';

/** A route another part of the server adds (live's /api/events, the OIDC routes): only for a signed-in caller. */
export interface TeamRoute {
  method: 'GET' | 'POST';
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, caller: Caller): Promise<void> | void;
}

export interface TeamServerOptions {
  backend: Backend;
  /** The built renderer (out/renderer). */
  staticDir: string;
  resourcesDir?: string;
  config: TeamConfig;
  oidc?: OidcSignIn;
  extraRoutes?: TeamRoute[];
  /**
   * Live updates (`/api/events`, presence): a hub on the PostgreSQL bus, so every server process's windows hear
   * every save. It is given the backend's commits here.
   */
  live?: LiveHub;
}

export interface TeamServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** What the /auth/ routes need from the server around them. */
export interface TeamRequestScope {
  backend: Backend;
  secure: boolean;
  policy: SessionPolicy;
  /** The cookie's lifetime: the absolute session limit. */
  cookieMaxAge: number;
  readJson(req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | undefined>;
  oidc?: OidcSignIn;
}

export const refusal = (code: ApiErrorCode, message: string): ApiResult<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * Team mode: the same backend on the council's PostgreSQL, the API and the built renderer over HTTP(S), people
 * signed in with a session cookie. Host and Origin are checked against the public address (DNS rebinding, other
 * sites' pages); nothing about sessions is held in this process, so several may run behind one address.
 */
export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const { backend, config } = options;
  const root = resolve(options.staticDir);
  const resources = resolve(options.resourcesDir ?? DEFAULT_RESOURCES);
  const secure = !!config.tls || (config.publicUrl?.startsWith('https:') ?? false);
  const policy: SessionPolicy = { idleMinutes: config.idleMinutes, absoluteHours: ABSOLUTE_HOURS };
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  async function readJson(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<Record<string, unknown> | undefined> {
    let body: string;
    try {
      body = await readBody(req, MAX_BODY_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      json(res, 413, refusal('invalid', error.message), { Connection: 'close' });
      return undefined;
    }
    try {
      const value: unknown = body ? JSON.parse(body) : {};
      if (value && typeof value === 'object' && !Array.isArray(value))
        return value as Record<string, unknown>;
    } catch {
      // answered below
    }
    json(res, 400, refusal('invalid', 'The request body is not a JSON object.'));
    return undefined;
  }

  const scope: TeamRequestScope = {
    backend,
    secure,
    policy,
    cookieMaxAge: ABSOLUTE_HOURS * 3600,
    readJson,
    oidc: options.oidc,
  };
  const auth = authRoutes(scope);
  const { live } = options;
  const routes = [...(options.extraRoutes ?? []), ...(live ? liveRoutes(live, scope) : [])];
  const stopChanges = live ? backend.subscribeChanges((event) => live.publishChange(event)) : undefined;

  async function callerOf(req: IncomingMessage): Promise<Caller | null> {
    const token = readCookie(req, SESSION_COOKIE);
    return token ? sessionCaller(backend.context, token, policy) : null;
  }

  async function ready(): Promise<boolean> {
    try {
      return (await schemaVersion(backend.context.db, backend.context.engine)) === MIGRATIONS.at(-1)?.version;
    } catch {
      return false;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://server');
    // Probes come from the machine's own monitoring with whatever Host it uses; they say nothing about anyone.
    if (url.pathname === '/healthz') return json(res, 200, { ok: true });
    if (url.pathname === '/readyz')
      return (await ready())
        ? json(res, 200, { ok: true })
        : json(res, 503, { ok: false, problem: 'database' });
    if (!allowedHosts.has(req.headers.host ?? '')) {
      req.resume();
      return json(res, 403, refusal('forbidden', 'Wrong host.'));
    }
    if (req.method === 'POST') {
      const origin = req.headers.origin;
      if (
        (origin !== undefined && !allowedOrigins.has(origin)) ||
        req.headers['sec-fetch-site'] === 'cross-site'
      ) {
        req.resume();
        return json(res, 403, refusal('forbidden', 'Refused: the request came from another site.'));
      }
      // A form on another site cannot send this type without a CORS preflight, which this server never grants.
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        req.resume();
        return json(res, 415, refusal('invalid', 'Send JSON (Content-Type: application/json).'));
      }
    }
    if (url.pathname.startsWith('/auth/')) {
      const answered = await auth(req, res, url, callerOf);
      if (answered) return;
    }
    // Added routes first: live's /api/events/ticket and /api/presence are POSTs under /api/ but not API methods.
    const extra = routes.find((r) => r.path === url.pathname && r.method === req.method);
    if (extra) {
      const caller = await callerOf(req);
      if (!caller) {
        req.resume();
        return json(res, 401, refusal('forbidden', 'Sign in first.'));
      }
      return extra.handle(req, res, caller);
    }
    if (url.pathname.startsWith('/api/') && req.method === 'POST') return handleApi(req, res, url.pathname);
    req.resume();
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return json(res, 405, refusal('forbidden', 'Method not allowed.'));
    return serveStatic(res, url.pathname, root, resources);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const caller = await callerOf(req);
    if (!caller) {
      req.resume();
      return json(res, 401, refusal('forbidden', 'Your session has ended: sign in again.'));
    }
    const method = safeDecode(pathname.slice(5));
    if (method === undefined) {
      req.resume();
      return json(res, 400, refusal('invalid', 'The address has a malformed %-escape.'));
    }
    const payload = await readJson(req, res);
    if (payload === undefined) return;
    // The window that saved, so the change event it causes can be told from others' (browser mode does the same).
    return json(res, 200, await backend.call(method, payload, { caller, origin: windowOf(req) }));
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, refusal('internal', 'Server error.'));
      else res.destroy();
    });
  };
  const server: Server = config.tls
    ? createHttps(
        { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) },
        listener,
      )
    : createHttp(listener);

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const scheme = config.tls ? 'https' : 'http';
  const own = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `${scheme}://${own.includes(':') ? `[${own}]` : own}:${port}`;
  const hosts = [new URL(url).host];
  if (own === '127.0.0.1') hosts.push(`localhost:${port}`);
  const origins = hosts.map((h) => `${scheme}://${h}`);
  if (config.publicUrl) {
    const pub = new URL(config.publicUrl);
    hosts.push(pub.host);
    origins.push(pub.origin);
  }
  allowedHosts = new Set(hosts);
  allowedOrigins = new Set(origins);
  return {
    url: config.publicUrl ?? url,
    port,
    close: () =>
      new Promise<void>((done) => {
        stopChanges?.();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
