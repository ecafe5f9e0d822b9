import type { ApiInput, ApiMethod, ApiOutput, HomewardApi } from '../../../shared/api';
import type { ApiError } from '../../../shared/api/result';
import { isQueryMethod } from '../../../shared/api/invalidation';
import { isQueued, openOutboxDb, Outbox } from '../offline/outbox';
import {
  createHttpApi,
  createLiveTransport,
  takeToken,
  UNREACHABLE,
  type LiveTransport,
} from './httpAdapter';
import { afterCommand } from './invalidate';

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
function resolveApi(): { api: HomewardApi; connection: Connection; live: LiveTransport | null } {
  if (window.homeward) return { api: window.homeward, connection: 'local', live: null };
  const token = takeToken();
  return token
    ? { api: createHttpApi(token), connection: 'local', live: createLiveTransport(token) }
    : { api: createHttpApi(null), connection: 'team', live: createLiveTransport(null) };
}

const resolved = resolveApi();
export const api: HomewardApi | null = resolved.api;
/** The live channel (change events, presence) over HTTP; null in the desktop app's own window. */
export const liveTransport: LiveTransport | null = resolved.live;
export const connection: Connection = resolved.connection;

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/**
 * The saves kept while the server cannot be reached (see offline/outbox.ts for which and why). Browser mode only:
 * the desktop app's backend is in the same machine and is always reached.
 */
export const outbox: Outbox | null =
  api && liveTransport && typeof indexedDB !== 'undefined'
    ? new Outbox({
        db: openOutboxDb(),
        send: (method, input) => api.call(method as ApiMethod, input as ApiInput<ApiMethod>),
        unreachable: (r) => !r.ok && r.error.code === 'internal' && r.error.message === UNREACHABLE,
      })
    : null;

/**
 * Calls a method and returns its value, or throws an ApiCallError carrying the backend's message and issues.
 * `onKept`: a queued save that could not reach the server was kept to send later (its answer comes when it is sent).
 */
export async function call<K extends ApiMethod>(
  method: K,
  input: ApiInput<K>,
  onKept?: () => void,
): Promise<ApiOutput<K>> {
  if (!api) throw new ApiCallError({ code: 'forbidden', message: 'Not connected to Homeward.' });
  const result = (
    outbox && isQueued(method) ? await outbox.submit(method, input, onKept) : await api.call(method, input)
  ) as Awaited<ReturnType<typeof api.call<K>>>;
  if (!result.ok) throw new ApiCallError(result.error);
  // A command that succeeded: what it makes stale refetches (the map in shared/api/invalidation.ts).
  if (!isQueryMethod(method)) afterCommand(method);
  return result.value;
}
