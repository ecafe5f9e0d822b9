import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import type { OidcConfig, OidcIdentity, OidcSignIn } from './oidcPort';
import { OidcRefused } from './oidcPort';
import { openPending, PendingInvalid, pendingKey, sealPending } from './pending';

// Single sign-on on openid-client 6: discovery, the authorization code flow with PKCE (S256), state and nonce. Every
// check on the provider's answer (state, issuer, audience, signature, nonce, expiry, PKCE at the token endpoint) is
// the library's and the provider's; this file only keeps the flow's secrets sealed between begin() and complete().
//
// Microsoft Entra ID:
// - Issuer: https://login.microsoftonline.com/<tenant id>/v2.0 (the tenant's GUID, not "common" or "organizations":
//   the multi-tenant endpoints publish an issuer with a {tenantid} placeholder that no ID token matches, and a
//   council wants its own tenant only).
// - Register a "Web" platform redirect URI of <public URL>/auth/oidc/callback and create a client secret.
// - `sub` is pairwise: stable for one person in this one app registration, different in every other app. `oid` is
//   the person's object id across the tenant. Homeward links accounts by (issuer, sub), which is enough for one
//   registration; a council that re-registers the app must re-link accounts (or match on `oid` by hand).
// - `email` is only in the token when the app asks for the optional claim (or the mailbox has one);
//   preferred_username is the sign-in name and is not promised to be an email address, so it is not used as one.

const DEFAULT_SCOPES = ['openid', 'profile', 'email'];

export interface OidcSignInOptions {
  /**
   * 64 hex digits sealing the pending cookie. Every server process behind one address needs the same one (the
   * browser may come back to any of them); unset, a random key for this process alone.
   */
  pendingSecret?: string;
  now?: () => Date;
}

/** The server's single sign-on settings from HOMEWARD_OIDC_*, or null when single sign-on is not configured. */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const issuer = env.HOMEWARD_OIDC_ISSUER?.trim();
  const clientId = env.HOMEWARD_OIDC_CLIENT_ID?.trim();
  const redirectUri = env.HOMEWARD_OIDC_REDIRECT_URI?.trim();
  if (!issuer && !clientId && !redirectUri) return null;
  const missing = [
    ['HOMEWARD_OIDC_ISSUER', issuer],
    ['HOMEWARD_OIDC_CLIENT_ID', clientId],
    ['HOMEWARD_OIDC_REDIRECT_URI', redirectUri],
  ]
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length) throw new Error(`Single sign-on needs ${missing.join(' and ')} as well.`);
  for (const [name, value] of [
    ['HOMEWARD_OIDC_ISSUER', issuer!],
    ['HOMEWARD_OIDC_REDIRECT_URI', redirectUri!],
  ] as const) {
    if (!URL.canParse(value) || new URL(value).protocol !== 'https:') {
      throw new Error(`${name} must be an https:// URL (found "${value}").`);
    }
  }
  const secret = env.HOMEWARD_OIDC_CLIENT_SECRET?.trim();
  return {
    issuer: issuer!,
    clientId: clientId!,
    redirectUri: redirectUri!,
    ...(secret ? { clientSecret: secret } : {}),
  };
}

/**
 * HOMEWARD_OIDC_PENDING_KEY, the secret sealing the sign-in cookie (pendingSecret for createOidcSignIn): 64 hex
 * digits, the same on every server process; unset, undefined (a random key for this one process).
 */
export function oidcPendingSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const secret = env.HOMEWARD_OIDC_PENDING_KEY?.trim();
  if (!secret) return undefined;
  pendingKey(secret); // refuses anything but 64 hex digits, naming the variable
  return secret;
}

const refusedBecause = (error: unknown): OidcRefused => {
  if (error instanceof OidcRefused) return error;
  if (error instanceof PendingInvalid) return new OidcRefused(`Sign-in refused: ${error.message}.`);
  if (error instanceof client.AuthorizationResponseError) {
    return new OidcRefused(`The sign-in provider refused the sign-in (${error.error}).`);
  }
  if (error instanceof client.ResponseBodyError) {
    return new OidcRefused(`The sign-in provider refused to issue tokens (${error.error}).`);
  }
  // openid-client's own checks (state, nonce, issuer, signature, expiry): its message names the check, never a claim.
  // openid-client wraps oauth4webapi's finding ("unexpected "state" response parameter value") as its cause.
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  const message = error instanceof Error ? `${error.message.replace(/\.$/, '')}${cause}` : 'a check failed';
  return new OidcRefused(`Sign-in refused: ${message}`, { cause: error });
};

export function createOidcSignIn(config: OidcConfig, options: OidcSignInOptions = {}): OidcSignIn {
  const key = pendingKey(options.pendingSecret ?? randomBytes(32).toString('hex'));
  const now = options.now ?? (() => new Date());
  const scope = (config.scopes ?? DEFAULT_SCOPES).join(' ');
  let discovered: Promise<client.Configuration> | null = null;

  // Discovery once, on first use, so a server starts while the provider is briefly unreachable; a failure is not
  // kept, so the next sign-in tries again.
  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(
        new URL(config.issuer),
        config.clientId,
        undefined,
        config.clientSecret ? client.ClientSecretPost(config.clientSecret) : client.None(),
        config.allowInsecureHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = null;
        throw new Error(
          `The sign-in provider ${config.issuer} could not be reached or did not describe itself.`,
          {
            cause: error,
          },
        );
      });
    return discovered;
  };

  return {
    async begin() {
      const settings = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const redirectTo = client.buildAuthorizationUrl(settings, {
        redirect_uri: config.redirectUri,
        scope,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      const pending = sealPending(key, { state, nonce, codeVerifier, startedAt: now().getTime() });
      return { redirectTo: redirectTo.href, pending };
    },

    async complete(callbackUrl, pending): Promise<OidcIdentity> {
      const settings = await configuration();
      try {
        const flow = openPending(key, pending, now().getTime());
        // The callback as registered, with the provider's query: behind a reverse proxy the URL the server saw
        // (http, an internal host) is not the redirect_uri the token request must repeat.
        const callback = new URL(config.redirectUri);
        callback.search = callbackUrl.search;
        const tokens = await client.authorizationCodeGrant(settings, callback, {
          pkceCodeVerifier: flow.codeVerifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw new OidcRefused('Sign-in refused: the provider sent no ID token.');
        let email = typeof claims.email === 'string' ? claims.email : undefined;
        let name = typeof claims.name === 'string' ? claims.name : undefined;
        // Providers that keep the ID token small (oidc-provider, Okta) give profile and email at userinfo only.
        if ((email === undefined || name === undefined) && settings.serverMetadata().userinfo_endpoint) {
          const info = await client.fetchUserInfo(settings, tokens.access_token, claims.sub);
          email ??= info.email;
          name ??= info.name;
        }
        return {
          issuer: claims.iss,
          subject: claims.sub,
          ...(email ? { email } : {}),
          ...(name ? { name } : {}),
        };
      } catch (error) {
        throw refusedBecause(error);
      }
    },
  };
}
