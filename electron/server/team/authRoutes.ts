import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { passwordSchema, usernameSchema } from '../../../shared/api/accounts';
import type { Caller } from '../../backend/accounts/caller';
import { findAccountByEmail } from '../../backend/accounts/queries';
import {
  completeSetup,
  needsSetup,
  openSession,
  sessionCaller,
  signIn,
  signOut,
  signOutEverywhere,
} from '../../backend/accounts/sessions';
import { DomainError, fromZod } from '../../backend/errors';
import { OidcRefused } from '../auth/oidcPort';
import { json, send } from '../http';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from './cookies';
import { refusal, type TeamRequestScope } from './server';

// Sign-in, setup and sign-out: plain JSON POSTs under /auth/ (not the typed API, which needs a session first).
// The server has checked Host, Origin and Content-Type before these run.

const signInBody = z.object({ username: z.string().max(256), password: z.string().max(256) });
const setupBody = z.object({
  code: z.string().trim().min(1, 'is required').max(64),
  username: usernameSchema,
  displayName: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  password: passwordSchema,
});

const STATUS: Record<string, number> = {
  invalid: 400,
  forbidden: 403,
  locked: 423,
  conflict: 409,
  'not-found': 404,
};
const PENDING_COOKIE = 'homeward_oidc';

function fail(res: ServerResponse, error: unknown): void {
  if (error instanceof DomainError)
    return json(res, STATUS[error.code] ?? 400, { ok: false, error: error.toApiError() });
  throw error;
}

type CallerOf = (req: IncomingMessage) => Promise<Caller | null>;

export function authRoutes(scope: TeamRequestScope) {
  const { backend, secure } = scope;
  const ctx = () => ({ ...backend.context, now: () => backend.context.now() });
  const signedIn = (res: ServerResponse, token: string, value: unknown) =>
    json(res, 200, { ok: true, value }, { 'Set-Cookie': sessionCookie(token, secure, scope.cookieMaxAge) });

  return async function route(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    callerOf: CallerOf,
  ): Promise<boolean> {
    const key = `${req.method ?? ''} ${url.pathname}`;
    switch (key) {
      case 'GET /auth/status': {
        const caller = await callerOf(req);
        json(res, 200, {
          ok: true,
          value: {
            mode: 'team',
            setupNeeded: await needsSetup(ctx()),
            signedIn: !!caller,
            singleSignOn: !!scope.oidc,
          },
        });
        return true;
      }
      case 'POST /auth/sign-in': {
        const body = await scope.readJson(req, res);
        if (!body) return true;
        const parsed = signInBody.safeParse(body);
        if (!parsed.success) return (fail(res, fromZod(parsed.error)), true);
        try {
          const token = await signIn(ctx(), parsed.data.username, parsed.data.password);
          signedIn(res, token, { signedIn: true });
        } catch (error) {
          fail(res, error);
        }
        return true;
      }
      case 'POST /auth/setup': {
        const body = await scope.readJson(req, res);
        if (!body) return true;
        const parsed = setupBody.safeParse(body);
        if (!parsed.success) return (fail(res, fromZod(parsed.error)), true);
        try {
          const { code, ...admin } = parsed.data;
          signedIn(res, await completeSetup(ctx(), code, admin), { signedIn: true });
        } catch (error) {
          fail(res, error);
        }
        return true;
      }
      case 'POST /auth/sign-out': {
        req.resume();
        const token = readCookie(req, SESSION_COOKIE);
        if (token) await signOut(ctx(), token);
        json(
          res,
          200,
          { ok: true, value: { signedOut: true } },
          { 'Set-Cookie': clearedSessionCookie(secure) },
        );
        return true;
      }
      case 'POST /auth/sign-out-everywhere': {
        req.resume();
        const token = readCookie(req, SESSION_COOKIE);
        const caller = token ? await sessionCaller(ctx(), token, scope.policy) : null;
        if (!caller) {
          json(res, 401, refusal('forbidden', 'You are not signed in.'));
          return true;
        }
        const ended = await signOutEverywhere(ctx(), caller.accountId);
        json(res, 200, { ok: true, value: { ended } }, { 'Set-Cookie': clearedSessionCookie(secure) });
        return true;
      }
      case 'GET /auth/oidc/start': {
        if (!scope.oidc) return false;
        const { redirectTo, pending } = await scope.oidc.begin();
        send(res, 302, '', 'text/plain', {
          Location: redirectTo,
          // Lax, not Strict: the provider's redirect back is a top-level navigation from its site.
          'Set-Cookie': `${PENDING_COOKIE}=${encodeURIComponent(pending)}; Path=/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=600${secure ? '; Secure' : ''}`,
        });
        return true;
      }
      case 'GET /auth/oidc/callback': {
        if (!scope.oidc) return false;
        const pending = readCookie(req, PENDING_COOKIE);
        try {
          if (!pending) throw new OidcRefused('No sign-in was started from this browser.');
          const identity = await scope.oidc.complete(url, decodeURIComponent(pending));
          const account = identity.email
            ? await findAccountByEmail(backend.context.db, identity.email)
            : undefined;
          if (!account || account.disabled === 1)
            throw new OidcRefused('No Homeward account is linked to that sign-in; ask an administrator.');
          const token = await openSession(ctx(), account.id, account.username, 'single-sign-on');
          send(res, 302, '', 'text/plain', {
            Location: '/',
            'Set-Cookie': sessionCookie(token, secure, scope.cookieMaxAge),
          });
        } catch (error) {
          if (!(error instanceof OidcRefused)) throw error;
          send(res, 403, error.message, 'text/plain; charset=utf-8');
        }
        return true;
      }
      default:
        return false;
    }
  };
}
