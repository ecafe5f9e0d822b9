/**
 * What the team server needs from single sign-on, and all it needs: the OpenID Connect flow itself (discovery,
 * authorization code with PKCE, the ID token's checks) lives in oidc.ts on openid-client; the server's routes and
 * the link from a verified identity to a Homeward account live with the accounts. This file is the seam between
 * them, so either side can change without the other.
 */

/** Who the council's identity provider says signed in, after every check on the ID token has passed. */
export interface OidcIdentity {
  /** The provider's issuer URL, exactly as in its discovery document. */
  issuer: string;
  /** The ID token's `sub`: stable for the person at that provider (Entra ID: per application). */
  subject: string;
  email?: string;
  name?: string;
}

/** One provider's settings, from the server's configuration (HOMEWARD_OIDC_*). */
export interface OidcConfig {
  /** e.g. https://login.microsoftonline.com/<tenant>/v2.0 */
  issuer: string;
  clientId: string;
  /** Unset for a public client (PKCE alone). */
  clientSecret?: string;
  /** The server's own callback: <public URL>/auth/oidc/callback */
  redirectUri: string;
  /** Default: openid profile email. */
  scopes?: string[];
  /** Only for tests against a provider on loopback over plain HTTP; never set in production. */
  allowInsecureHttp?: boolean;
}

/** Thrown when a sign-in cannot complete (wrong state, refused by the provider, a token that fails a check). */
export class OidcRefused extends Error {}

export interface OidcSignIn {
  /**
   * Starts a sign-in: where to send the browser, and an opaque `pending` value (state, nonce and PKCE verifier) the
   * server keeps in a short-lived HttpOnly cookie until the browser comes back.
   */
  begin(): Promise<{ redirectTo: string; pending: string }>;
  /** Checks the callback against `pending` (state, PKCE, ID token) and answers who signed in, or throws OidcRefused. */
  complete(callbackUrl: URL, pending: string): Promise<OidcIdentity>;
}
