import type { ApiInput, ApiMethod, ApiOutput, HomewardApi } from '../../../shared/api';
import type { ApiError } from '../../../shared/api/result';
import { createHttpApi, takeToken } from './httpAdapter';

declare global {
  interface Window {
    homeward?: HomewardApi;
  }
}

/** local: Electron or browser mode on this computer; team: a council's server, signed in with a cookie. */
export type Connection = 'local' | 'team';

/**
 * The preload's API in Electron; the HTTP adapter in browser mode (with its token); otherwise the page came from a
 * team server and speaks to the same origin with its session cookie. The renderer knows no other way in.
 */
function resolveApi(): { api: HomewardApi; connection: Connection } {
  if (window.homeward) return { api: window.homeward, connection: 'local' };
  const token = takeToken();
  return token
    ? { api: createHttpApi(token), connection: 'local' }
    : { api: createHttpApi(null), connection: 'team' };
}

const resolved = resolveApi();
export const api: HomewardApi | null = resolved.api;
export const connection: Connection = resolved.connection;

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** Calls a method and returns its value, or throws an ApiCallError carrying the backend's message and issues. */
export async function call<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  if (!api) throw new ApiCallError({ code: 'forbidden', message: 'Not connected to Homeward.' });
  const result = await api.call(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
