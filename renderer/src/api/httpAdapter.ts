import type { ApiInput, ApiMethod, ApiOutput, ApiResult, FileToSave, HomewardApi } from '../../../shared/api';
import { safeFileName } from '../../../shared/api/text';

const TOKEN_KEY = 'homeward.token';

/**
 * This window, for the server's change events (a window ignores the events of its own saves: it has the answers)
 * and for presence (a window does not show itself typing). New at every page load.
 */
export const WINDOW_ID = `w${Math.random().toString(36).slice(2, 12)}${Date.now().toString(36)}`;

/** The message of a save that did not reach the server (not a refusal): the offline queue keeps such saves. */
export const UNREACHABLE = 'Homeward’s server cannot be reached. Is `npm run serve` still running?';

/**
 * Browser mode's adapter: the same typed API over HTTP to the loopback server. The token arrives once in the URL
 * fragment (#token=...), is kept for this tab only, and is removed from the address bar.
 */
export function takeToken(): string | null {
  const match = /[#&]token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    window.history.replaceState(null, '', `${window.location.pathname}#/`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * `token`: browser mode on this computer (Authorization: Bearer). null: team mode, where the browser sends the
 * session cookie to the same origin by itself and the server names the signed-in account.
 */
export function createHttpApi(token: string | null): HomewardApi {
  return {
    async call<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<ApiOutput<K>>> {
      try {
        const res = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
            'X-Homeward-Window': WINDOW_ID,
          },
          body: JSON.stringify(input),
        });
        // Team mode: the session ended (idle, signed out elsewhere); the sign-in page takes over.
        if (res.status === 401 && !token) window.dispatchEvent(new Event('homeward:signed-out'));
        return (await res.json()) as ApiResult<ApiOutput<K>>;
      } catch {
        return {
          ok: false,
          error: {
            code: 'internal',
            message: UNREACHABLE,
          },
        };
      }
    },
    saveFile(file: FileToSave): Promise<boolean> {
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
      const a = document.createElement('a');
      a.href = url;
      a.download = safeFileName(file.fileName);
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return Promise.resolve(true);
    },
  };
}

/** What the live channel needs from the server besides the API: a ticket for the event stream, presence pings. */
export interface LiveTransport {
  /** Opens `GET /api/events` after fetching a ticket; resolves null when the server cannot be reached. */
  openEvents(last: string): Promise<EventSource | null>;
  sendPresence(ping: { meetingId: string; itemId: string; itemNumber: number; typing: boolean }): void;
}

/** `token` null: a team server's page, whose session cookie goes with every same-origin request. */
export function createLiveTransport(token: string | null): LiveTransport {
  const post = (path: string, body: unknown) =>
    fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  return {
    async openEvents(last) {
      try {
        const res = await post('/api/events/ticket', {});
        const answer = (await res.json()) as ApiResult<{ ticket: string }>;
        if (!answer.ok) return null;
        const query = new URLSearchParams({ ticket: answer.value.ticket, ...(last ? { last } : {}) });
        return new EventSource(`/api/events?${query.toString()}`);
      } catch {
        return null;
      }
    },
    sendPresence(ping) {
      // Presence is a courtesy: a lost ping only means the other window stops showing the line a little early.
      post('/api/presence', { ...ping, session: WINDOW_ID }).catch(() => undefined);
    },
  };
}
