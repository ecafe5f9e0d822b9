import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// A sign-in in flight (state, nonce, PKCE verifier) rides in a short-lived HttpOnly cookie rather than in the
// server's memory, so the browser may come back to any of several server processes. It is sealed with AES-256-GCM:
// the browser can neither read the verifier nor make up a pending of its own, and a changed byte fails the tag.

export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** When begin() ran (ms since the epoch): an old pending is refused even if the cookie outlived its Max-Age. */
  startedAt: number;
}

/** How long a person has at the provider's pages before the sign-in must start again. */
export const PENDING_MAX_AGE_SECONDS = 10 * 60;
/** The cookie the server keeps `pending` in: __Host- so only this origin over HTTPS can set it. */
export const PENDING_COOKIE = '__Host-homeward-oidc';

const VERSION = 'v1';
const AAD = Buffer.from('homeward-oidc-pending-v1');
const HEX_KEY = /^[0-9a-f]{64}$/i;

export class PendingInvalid extends Error {}

/**
 * The sealing key from the secret the server is given (HOMEWARD_OIDC_PENDING_KEY, 64 hex digits), through HKDF so
 * the same secret used elsewhere by mistake does not hand out this key.
 */
export function pendingKey(secretHex: string): Buffer {
  if (!HEX_KEY.test(secretHex.trim())) {
    throw new Error('The single sign-on pending key must be 64 hex digits (HOMEWARD_OIDC_PENDING_KEY).');
  }
  return Buffer.from(
    hkdfSync('sha256', Buffer.from(secretHex.trim(), 'hex'), 'homeward', 'oidc-pending', 32),
  );
}

export function sealPending(key: Buffer, pending: PendingSignIn): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(AAD);
  const body = Buffer.concat([cipher.update(JSON.stringify(pending), 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
  return [VERSION, ...parts].join('.');
}

/** Opens a sealed pending, or throws PendingInvalid (forged, altered, sealed with another key, or too old). */
export function openPending(key: Buffer, sealed: string, now: number): PendingSignIn {
  const [version, iv, tag, body, ...extra] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || !body || extra.length) {
    throw new PendingInvalid('the sign-in cookie is not one this server made');
  }
  let text: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url')).setAAD(AAD);
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    text = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new PendingInvalid('the sign-in cookie is not one this server made');
  }
  const value = JSON.parse(text) as PendingSignIn;
  const age = now - value.startedAt;
  if (!(age >= 0 && age <= PENDING_MAX_AGE_SECONDS * 1000)) {
    throw new PendingInvalid('the sign-in took too long; start it again');
  }
  return value;
}

/** The Set-Cookie header for a pending sign-in (and, with an empty value, the one that clears it). */
export function pendingCookieHeader(sealed: string | null): string {
  const value = sealed ?? '';
  const maxAge = sealed === null ? 0 : PENDING_MAX_AGE_SECONDS;
  // SameSite=Lax: the provider's redirect back is a top-level GET, which Lax lets through; Strict would drop it.
  return `${PENDING_COOKIE}=${value}; Max-Age=${maxAge}; Path=/; HttpOnly; Secure; SameSite=Lax`;
}
