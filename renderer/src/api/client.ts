import type { ApiInput, ApiMethod, ApiOutput, HomewardApi } from '../../../shared/api';
import type { ApiError } from '../../../shared/api/result';
import { createHttpApi, takeToken } from './httpAdapter';

declare global {
  interface Window {
    homeward?: HomewardApi;
  }
}

/** The preload's API in Electron; the HTTP adapter in browser mode. The renderer knows no other way in. */
function resolveApi(): HomewardApi | null {
  if (window.homeward) return window.homeward;
  const token = takeToken();
  return token ? createHttpApi(token) : null;
}

export const api: HomewardApi | null = resolveApi();

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
