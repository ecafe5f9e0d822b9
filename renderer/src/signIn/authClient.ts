import type { ApiError } from '../../../shared/api/result';

// Team mode's /auth/ routes: plain JSON POSTs to the same origin (not the typed API, which needs a session).

export interface TeamStatus {
  mode: 'team';
  setupNeeded: boolean;
  signedIn: boolean;
  singleSignOn: boolean;
}

/** The team server's status, or null when this page did not come from one (browser mode opened without its token). */
export async function teamStatus(): Promise<TeamStatus | null> {
  try {
    const res = await fetch('/auth/status');
    if (!res.ok) return null;
    const body = (await res.json()) as { ok: boolean; value?: TeamStatus };
    return body.ok && body.value?.mode === 'team' ? body.value : null;
  } catch {
    return null;
  }
}

/** Posts to an /auth/ route; answers null on success or the server's message (naming the field) on refusal. */
export async function postAuth(path: string, body: unknown): Promise<ApiError | null> {
  try {
    const res = await fetch(`/auth/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await res.json()) as { ok: boolean; error?: ApiError };
    return answer.ok ? null : (answer.error ?? { code: 'internal', message: 'The server refused.' });
  } catch {
    return {
      code: 'internal',
      message: 'The Homeward server cannot be reached. Check the network and try again.',
    };
  }
}
