import type { ApiInput, ApiMethod, ApiOutput, ApiResult, FileToSave, HomewardApi } from '../../../shared/api';
import { safeFileName } from '../../../shared/api/text';

const TOKEN_KEY = 'homeward.token';

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
            message: 'Homeward’s server cannot be reached. Is `npm run serve` still running?',
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
