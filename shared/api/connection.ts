// Where the desktop app's data lives: "On this computer" (the embedded, encrypted SQLite) or "My council's Homeward
// server" (an https address). Pure, so the Settings form, the main process and the tests share one rule.

export type Connection = { mode: 'local' } | { mode: 'server'; url: string };

/** What the Settings screen is told about the connection in use. */
export interface ConnectionInfo {
  connection: Connection;
  /** False at the first start, before anyone chose (the app then runs on this computer). */
  chosen: boolean;
}

export type ServerUrlCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * A council server's address as the person typed it, checked: https only (the session and every child's record
 * cross the network), no user name or password in it, no query or fragment. Answers the address with a trailing
 * slash, so "https://homeward.council.example" and ".../" are one server.
 */
export function parseServerUrl(input: string): ServerUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, message: 'is required' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: 'is not a web address (for example https://homeward.council.gov.uk)' };
  }
  if (url.protocol !== 'https:') return { ok: false, message: 'must start with https://' };
  if (url.username || url.password) return { ok: false, message: 'must not hold a user name or password' };
  if (url.search || url.hash) return { ok: false, message: 'must not have ? or # parts' };
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { ok: false, message: 'needs the server’s full name (for example homeward.council.gov.uk)' };
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { ok: true, url: `${url.origin}${path}` };
}

export type ChooseResult = { ok: true } | { ok: false; message: string };

/** What the desktop app's preload gives the Settings screen besides the typed API (absent in browser mode). */
export interface DesktopBridge {
  connection(): Promise<ConnectionInfo>;
  /** Checks the choice (a server by its /readyz), keeps it and restarts the app on it; or answers why not. */
  choose(connection: Connection): Promise<ChooseResult>;
}
