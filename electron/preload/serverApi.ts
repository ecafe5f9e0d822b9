import type { ApiResult } from '../../shared/api';

// Against a council server the window shows the server's own page, so the typed API is a same-origin POST to it,
// carrying the server's session cookie; the local database is not asked. Plain fetch, so Node tests run it.

export async function serverCall(
  baseUrl: string,
  method: string,
  input: unknown,
  fetchImpl: typeof fetch = fetch,
): Promise<ApiResult<unknown>> {
  try {
    const res = await fetchImpl(new URL(`api/${encodeURIComponent(method)}`, baseUrl), {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
    if (!(res.headers.get('content-type') ?? '').includes('application/json')) {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `The Homeward server answered HTTP ${res.status} without a result.`,
        },
      };
    }
    return (await res.json()) as ApiResult<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'The council’s Homeward server cannot be reached. Check the network and try again.',
      },
    };
  }
}
