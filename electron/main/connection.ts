import { parseServerUrl, type Connection, type ConnectionInfo } from '../../shared/api/connection';

// The desktop app's connection decisions as plain functions (no Electron import), pinned by Vitest in Node: where
// the choice is kept, the window's Content Security Policy, and which pages may use the bridge. index.ts wires them.

/**
 * The choice is kept in the local database's settings table: the app opens that file at every start anyway (it
 * holds the key to nothing on the server), and a copy-to-server leaves this setting behind (db/copy.ts).
 */
export const CONNECTION_SETTING = 'desktopConnection';

/** The stored setting read back; anything unreadable or no longer valid is "on this computer", not chosen. */
export function readConnection(stored: string | null): ConnectionInfo {
  const local: ConnectionInfo = { connection: { mode: 'local' }, chosen: false };
  if (stored === null) return local;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return local;
  }
  if (typeof value !== 'object' || value === null) return local;
  const { mode, url } = value as { mode?: unknown; url?: unknown };
  if (mode === 'local') return { connection: { mode: 'local' }, chosen: true };
  if (mode === 'server' && typeof url === 'string') {
    const checked = parseServerUrl(url);
    if (checked.ok) return { connection: { mode: 'server', url: checked.url }, chosen: true };
  }
  return local;
}

export const connectionSettingValue = (connection: Connection): string => JSON.stringify(connection);

/**
 * The window's policy. On this computer, the built page's own: nothing but 'self'. Against a server, the page is
 * the server's and may connect to that origin alone: no other host can receive a record even if a script were
 * slipped in.
 */
export function contentSecurityPolicy(connection: Connection): string {
  const self = connection.mode === 'server' ? new URL(connection.url).origin : "'self'";
  return [
    `default-src ${self}`,
    `script-src ${self}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data:`,
    `connect-src ${self}`,
    "object-src 'none'",
    "base-uri 'none'",
    // Single sign-on posts nothing from our page; the provider's own pages carry their own policy.
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The page the window opens: the built file on this computer, the server's own address against a server. */
export const startPage = (connection: Connection): { file: true } | { url: string } =>
  connection.mode === 'server' ? { url: connection.url } : { file: true };

/**
 * Whether a page may use the bridge (the save dialog, the connection choice): the app's own page, or against a
 * server a page of exactly that server (same origin, under its path). Never the identity provider's sign-in pages
 * the window passes through.
 */
export function bridgeAllowed(
  connection: Connection,
  isLocalAppUrl: (url: string) => boolean,
): (url: string) => boolean {
  if (connection.mode === 'local') return isLocalAppUrl;
  const server = new URL(connection.url);
  return (candidate) => {
    if (!URL.canParse(candidate)) return false;
    const url = new URL(candidate);
    return url.origin === server.origin && url.pathname.startsWith(server.pathname);
  };
}

/**
 * Where the window may go. Against a server: the server, and https pages for single sign-on (the council's
 * identity provider, which the server names and the app cannot know in advance), which the bridge never answers.
 */
export function navigationAllowed(
  connection: Connection,
  isLocalAppUrl: (url: string) => boolean,
): (url: string) => boolean {
  if (connection.mode === 'local') return isLocalAppUrl;
  const ownServer = bridgeAllowed(connection, isLocalAppUrl);
  return (candidate) =>
    ownServer(candidate) || (URL.canParse(candidate) && new URL(candidate).protocol === 'https:');
}

/** Whether a response's Content-Security-Policy should be ours: every page from the chosen server. */
export const policyAppliesTo = (connection: Connection, url: string): boolean =>
  connection.mode === 'server' && URL.canParse(url) && new URL(url).origin === new URL(connection.url).origin;
