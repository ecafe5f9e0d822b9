import type { ApiResult } from '../../../shared/api';
import type { Connection, ConnectionInfo } from '../../../shared/api/connection';
import type { Backend } from '../backend';
import type { BackendContext } from '../context';

// The backend answering from a worker thread (issue 15: the window never freezes): the main process only passes
// messages, so a long import, export or sweep runs beside it rather than in it. Structured-clone messages, one
// request id each; the worker answers every request, in whatever order they finish.

export type ToBackend =
  | { type: 'call'; id: number; method: string; payload: unknown }
  /** The desktop app's choice of this computer or a server, read (store: null) or kept in the local database. */
  | { type: 'connection'; id: number; store: Connection | null }
  | { type: 'close'; id: number };

export type FromBackend =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'connection'; id: number; info: ConnectionInfo | null; message?: string }
  | { type: 'closed'; id: number };

/** The two ends of a worker's channel (a Worker in the main process, parentPort in the worker). */
export interface Port<In, Out> {
  postMessage(message: Out): void;
  on(event: 'message', listener: (message: In) => void): unknown;
}

/** What the Electron side keeps in the local database besides the API (electron/main/connectionStore.ts). */
export interface LocalStore {
  load(ctx: BackendContext): Promise<ConnectionInfo>;
  store(ctx: BackendContext, connection: Connection): Promise<void>;
}

/** In the worker: answers each call with the backend's result (never throws: backend.call does not). */
export function serveBackend(port: Port<ToBackend, FromBackend>, backend: Backend, local?: LocalStore): void {
  port.on('message', (message) => {
    if (message.type === 'call') {
      void backend.call(message.method, message.payload).then((result) => {
        port.postMessage({ type: 'result', id: message.id, result });
      });
    } else if (message.type === 'connection') {
      const { id, store } = message;
      const answer = async (): Promise<ConnectionInfo | null> => {
        if (!local) return null;
        if (store) await local.store(backend.context, store);
        return local.load(backend.context);
      };
      answer().then(
        (info) => port.postMessage({ type: 'connection', id, info }),
        (error: unknown) =>
          port.postMessage({
            type: 'connection',
            id,
            info: null,
            message: error instanceof Error ? error.message : 'unknown error',
          }),
      );
    } else {
      void backend.close().finally(() => port.postMessage({ type: 'closed', id: message.id }));
    }
  });
  port.postMessage({ type: 'ready' });
}

export interface BackendClient {
  call(method: string, payload: unknown): Promise<ApiResult<unknown>>;
  /** The connection choice as kept; with `store`, keeps it first (audited like any setting). */
  connection(store?: Connection): Promise<ConnectionInfo>;
  close(): Promise<void>;
}

/**
 * In the main process: waits for the worker's backend to open (or fail, with its message), then sends calls and
 * matches the answers by id.
 */
export function backendClient(port: Port<FromBackend, ToBackend>): Promise<BackendClient> {
  let next = 0;
  const waiting = new Map<number, (m: FromBackend) => void>();
  return new Promise((resolve, reject) => {
    port.on('message', (message) => {
      if (message.type === 'ready') resolve(client);
      else if (message.type === 'failed') reject(new Error(message.message));
      else {
        waiting.get(message.id)?.(message);
        waiting.delete(message.id);
      }
    });
    const send = (make: (id: number) => ToBackend) =>
      new Promise<FromBackend>((answer) => {
        const id = ++next;
        waiting.set(id, answer);
        port.postMessage(make(id));
      });
    const client: BackendClient = {
      call: async (method, payload) => {
        const answer = await send((id) => ({ type: 'call', id, method, payload }));
        if (answer.type !== 'result') throw new Error('The backend answered out of turn.');
        return answer.result;
      },
      connection: async (store) => {
        const answer = await send((id) => ({ type: 'connection', id, store: store ?? null }));
        if (answer.type !== 'connection') throw new Error('The backend answered out of turn.');
        if (!answer.info) throw new Error(answer.message ?? 'The backend keeps no connection choice.');
        return answer.info;
      },
      close: async () => {
        await send((id) => ({ type: 'close', id }));
      },
    };
  });
}
