import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

// A real OpenID provider (oidc-provider) on a free loopback port, with one registered client and one synthetic
// account, and a small browser (fetch with a cookie jar, redirects followed by hand) that works the provider's own
// login and consent pages as a person would.

export const CLIENT_ID = 'homeward-test';
export const CLIENT_SECRET = 'a-client-secret-for-tests-only-0123456789';
/** Never requested: the browser stops at the provider's redirect to it, as a real one would hand it to Homeward. */
export const REDIRECT_URI = 'https://homeward.test/auth/oidc/callback';
export const ACCOUNT = { id: 'tl-0042', email: 'sam.taylor@example.test', name: 'Sam Taylor' };

export interface RunningProvider {
  issuer: string;
  close(): Promise<void>;
}

export interface ProviderAccountInfo {
  id: string;
  email: string;
  name: string;
}

/**
 * `redirectUri`: where the provider may send the browser back (the Playwright spec gives the team server's own
 * callback); `accounts`: who can sign in at it (default: ACCOUNT alone).
 */
export async function startProvider(
  options: { redirectUri?: string; accounts?: readonly ProviderAccountInfo[] } = {},
): Promise<RunningProvider> {
  const accounts = options.accounts ?? [ACCOUNT];
  let handler: Parameters<typeof createServer>[1] = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handler!(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [options.redirectUri ?? REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['cookie-key-for-tests-only'] },
    findAccount: (_ctx, id) => {
      const a = accounts.find((x) => x.id === id);
      return Promise.resolve(
        a
          ? {
              accountId: id,
              claims: () => ({ sub: id, email: a.email, email_verified: true, name: a.name }),
            }
          : undefined,
      );
    },
  });
  handler = provider.callback();
  return {
    issuer,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

const decode = (html: string) =>
  html.replaceAll('&amp;', '&').replaceAll('&#x2F;', '/').replaceAll('&#x3D;', '=');

/** A person's browser against the provider: keeps its cookies, follows its redirects, reads its forms. */
export class Browser {
  private readonly jar = new Map<string, string>();

  private async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.jar.size) headers.set('cookie', [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return response;
  }

  /**
   * Goes to `url` (POSTing `form` there if given) and follows redirects until a page is shown (answered with its
   * HTML) or the provider sends the browser back to Homeward (answered with that callback URL).
   */
  async visit(url: string, form?: Record<string, string>): Promise<{ page: string } | { callback: URL }> {
    let response = await this.request(url, form ? { method: 'POST', body: new URLSearchParams(form) } : {});
    for (let hops = 0; hops < 20; hops++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        return { page: await response.text() };
      }
      const next = new URL(location, response.url || url);
      if (next.href.startsWith(REDIRECT_URI)) return { callback: next };
      response = await this.request(next.href);
    }
    throw new Error('the provider redirected more than 20 times');
  }

  /** The page's form target (login or consent) and its Cancel link. */
  static formOf(page: string): { submit: string; abort: string; prompt: string } {
    const submit = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const abort = /href="([^"]+\/abort)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="([a-z]+)"/.exec(page)?.[1];
    if (!submit || !abort || !prompt)
      throw new Error(`not a provider interaction page: ${page.slice(0, 200)}`);
    return { submit: decode(submit), abort: decode(abort), prompt };
  }
}

/** Signs in at the provider as `login`, consenting, and answers the callback URL the provider sends back. */
export async function signInAtProvider(
  browser: Browser,
  authorizeUrl: string,
  login = ACCOUNT.id,
): Promise<URL> {
  let step = await browser.visit(authorizeUrl);
  for (let pages = 0; pages < 5; pages++) {
    if ('callback' in step) return step.callback;
    const form = Browser.formOf(step.page);
    step = await browser.visit(
      form.submit,
      form.prompt === 'login' ? { prompt: 'login', login, password: 'any' } : { prompt: 'consent' },
    );
  }
  throw new Error('the provider kept showing pages');
}

/** Starts a sign-in and presses Cancel on the provider's login page: the provider refuses (access_denied). */
export async function cancelAtProvider(browser: Browser, authorizeUrl: string): Promise<URL> {
  const step = await browser.visit(authorizeUrl);
  if ('callback' in step) throw new Error('the provider did not ask to sign in');
  const after = await browser.visit(Browser.formOf(step.page).abort);
  if (!('callback' in after)) throw new Error('Cancel did not send the browser back');
  return after.callback;
}
