import { Worker } from 'node:worker_threads';
import type { BackendOptions } from '../backend/backend';
import {
  backendClient,
  type BackendClient,
  type FromBackend,
  type ToBackend,
} from '../backend/worker/messages';

/**
 * Starts the backend in a worker thread (built as out/main/backend-worker.js beside the main bundle) and answers its
 * client once it has opened the database. The main process keeps only the window and the IPC checks.
 */
export function startBackendWorker(
  options: Pick<BackendOptions, 'dataDir' | 'databaseKey' | 'nativeBinding' | 'databaseUrl'>,
  entry: URL = new URL('./backend-worker.js', import.meta.url),
): Promise<BackendClient> {
  const worker = new Worker(entry, { workerData: options });
  // A thread that dies before it is ready (a missing file, a crash) is a failure to start, not a wait for ever.
  const died = new Promise<never>((_resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The backend's thread stopped (exit code ${code}).`)));
  });
  const client = backendClient({
    postMessage: (m: ToBackend) => worker.postMessage(m),
    on: (_event, listener: (m: FromBackend) => void) => worker.on('message', listener),
  });
  return Promise.race([client, died]);
}
