import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOidcSignIn,
  oidcConfigFromEnv,
  oidcPendingSecretFromEnv,
} from '../../../electron/server/auth/oidc';
import { OidcRefused, type OidcConfig } from '../../../electron/server/auth/oidcPort';
import { openPending, pendingKey, sealPending } from '../../../electron/server/auth/pending';
import {
  ACCOUNT,
  Browser,
  cancelAtProvider,
  CLIENT_ID,
  CLIENT_SECRET,
  REDIRECT_URI,
  signInAtProvider,
  startProvider,
  type RunningProvider,
} from './provider';

// Single sign-on end to end: openid-client (through createOidcSignIn) against a real oidc-provider on loopback, its
// login and consent pages worked over HTTP. Nothing of either library is mocked.

const SECRET = 'ab'.repeat(32);
let provider: RunningProvider;
let config: OidcConfig;

beforeAll(async () => {
  provider = await startProvider();
  config = {
    issuer: provider.issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: REDIRECT_URI,
    allowInsecureHttp: true,
  };
});
afterAll(() => provider?.close());

async function refusal(promise: Promise<unknown>): Promise<OidcRefused> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OidcRefused);
  return error as OidcRefused;
}

describe('single sign-on against a real OpenID provider', () => {
  it('a good sign-in answers who signed in: issuer, subject, email and name', async () => {
    const signIn = createOidcSignIn(config, { pendingSecret: SECRET });
    const { redirectTo, pending } = await signIn.begin();
    const authorize = new URL(redirectTo);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    // The verifier is sealed: nothing in the cookie reads as the state the provider was sent.
    expect(pending).not.toContain(authorize.searchParams.get('state'));

    const callback = await signInAtProvider(new Browser(), redirectTo);
    expect(callback.searchParams.get('code')).toBeTruthy();
    await expect(signIn.complete(callback, pending)).resolves.toEqual({
      issuer: provider.issuer,
      subject: ACCOUNT.id,
      email: ACCOUNT.email,
      name: ACCOUNT.name,
    });
  });

  it('a callback whose state was changed is refused', async () => {
    const signIn = createOidcSignIn(config, { pendingSecret: SECRET });
    const { redirectTo, pending } = await signIn.begin();
    const callback = await signInAtProvider(new Browser(), redirectTo);
    callback.searchParams.set('state', 'a-state-someone-else-chose');
    const error = await refusal(signIn.complete(callback, pending));
    expect(error.message).toMatch(/state/i);
  });

  it('a callback replayed after a good sign-in is refused (the code is spent)', async () => {
    const signIn = createOidcSignIn(config, { pendingSecret: SECRET });
    const { redirectTo, pending } = await signIn.begin();
    const callback = await signInAtProvider(new Browser(), redirectTo);
    await expect(signIn.complete(callback, pending)).resolves.toMatchObject({ subject: ACCOUNT.id });
    const error = await refusal(signIn.complete(callback, pending));
    expect(error.message).toContain('invalid_grant');
  });

  it('a pending with the right state and nonce but another PKCE verifier is refused by the provider', async () => {
    const signIn = createOidcSignIn(config, { pendingSecret: SECRET });
    const { redirectTo, pending } = await signIn.begin();
    const callback = await signInAtProvider(new Browser(), redirectTo);
    // Only a holder of the server's key could do this; it proves the provider checks the verifier, not just us.
    const key = pendingKey(SECRET);
    const flow = openPending(key, pending, Date.now());
    const otherVerifier = sealPending(key, { ...flow, codeVerifier: 'x'.repeat(43) });
    const error = await refusal(signIn.complete(callback, otherVerifier));
    expect(error.message).toContain('invalid_grant');
  });

  it('a forged or altered pending cookie is refused before the provider is asked', async () => {
    const signIn = createOidcSignIn(config, { pendingSecret: SECRET });
    const { redirectTo, pending } = await signIn.begin();
    const callback = await signInAtProvider(new Browser(), redirectTo);
    const parts = pending.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect((await refusal(signIn.complete(callback, parts.join('.')))).message).toMatch(
      /not one this server made/,
    );
    const forged = sealPending(
      pendingKey('cd'.repeat(32)),
      openPending(pendingKey(SECRET), pending, Date.now()),
    );
    expect((await refusal(signIn.complete(callback, forged))).message).toMatch(/not one this server made/);
    expect((await refusal(signIn.complete(callback, 'v1.made.up.value'))).message).toMatch(/not one/);
    // The untouched pending still works: nothing above spent the code.
    await expect(signIn.complete(callback, pending)).resolves.toMatchObject({ subject: ACCOUNT.id });
  });

  it('a person who presses Cancel at the provider is refused (access_denied)', async () => {
    const signIn = createOidcSignIn(config, { pendingSecret: SECRET });
    const { redirectTo, pending } = await signIn.begin();
    const callback = await cancelAtProvider(new Browser(), redirectTo);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect((await refusal(signIn.complete(callback, pending))).message).toContain('access_denied');
  });

  it('a sign-in left at the provider longer than ten minutes is refused', async () => {
    let at = Date.now();
    const signIn = createOidcSignIn(config, { pendingSecret: SECRET, now: () => new Date(at) });
    const { redirectTo, pending } = await signIn.begin();
    const callback = await signInAtProvider(new Browser(), redirectTo);
    at += 10 * 60 * 1000 + 1;
    expect((await refusal(signIn.complete(callback, pending))).message).toMatch(/too long/);
  });

  it('a second server process with the same pending secret completes a sign-in the first began', async () => {
    const first = createOidcSignIn(config, { pendingSecret: SECRET });
    const second = createOidcSignIn(config, { pendingSecret: SECRET });
    const { redirectTo, pending } = await first.begin();
    const callback = await signInAtProvider(new Browser(), redirectTo);
    await expect(second.complete(callback, pending)).resolves.toMatchObject({ subject: ACCOUNT.id });
  });
});

describe('single sign-on settings from the environment', () => {
  const env = {
    HOMEWARD_OIDC_ISSUER: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
    HOMEWARD_OIDC_CLIENT_ID: 'client',
    HOMEWARD_OIDC_CLIENT_SECRET: 'secret',
    HOMEWARD_OIDC_REDIRECT_URI: 'https://homeward.council.example/auth/oidc/callback',
  };

  it('reads the four settings, and none set means single sign-on is off', () => {
    expect(oidcConfigFromEnv(env)).toEqual({
      issuer: env.HOMEWARD_OIDC_ISSUER,
      clientId: 'client',
      clientSecret: 'secret',
      redirectUri: env.HOMEWARD_OIDC_REDIRECT_URI,
    });
    expect(oidcConfigFromEnv({})).toBeNull();
  });

  it('names the setting that is missing or not https', () => {
    expect(() => oidcConfigFromEnv({ ...env, HOMEWARD_OIDC_CLIENT_ID: '' })).toThrow(
      /HOMEWARD_OIDC_CLIENT_ID/,
    );
    expect(() => oidcConfigFromEnv({ ...env, HOMEWARD_OIDC_REDIRECT_URI: 'http://x.example/cb' })).toThrow(
      /HOMEWARD_OIDC_REDIRECT_URI must be an https/,
    );
  });

  it('the pending key is 64 hex digits or unset, and anything else names the variable', () => {
    expect(oidcPendingSecretFromEnv({ HOMEWARD_OIDC_PENDING_KEY: SECRET })).toBe(SECRET);
    expect(oidcPendingSecretFromEnv({})).toBeUndefined();
    expect(() => oidcPendingSecretFromEnv({ HOMEWARD_OIDC_PENDING_KEY: 'short' })).toThrow(
      /HOMEWARD_OIDC_PENDING_KEY/,
    );
  });
});
