import { parentPort, workerData } from 'node:worker_threads';
import { createBackend, type BackendOptions } from '../backend/backend';
import { serveBackend, type FromBackend, type Port, type ToBackend } from '../backend/worker/messages';
import { loadConnection, storeConnection } from './connectionStore';

// The worker thread's entry (no Electron here): opens the backend with the options the main process passed (plain
// data: folders, the key, the native binding's path) and serves it over the thread's port, with the desktop app's
// connection choice, which lives in the same local database.
const port = parentPort as Port<ToBackend, FromBackend> | null;
if (port) {
  createBackend(workerData as BackendOptions).then(
    (backend) => serveBackend(port, backend, { load: loadConnection, store: storeConnection }),
    // The class and message only: they name a folder or a key problem, never a child.
    (error: unknown) =>
      port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : 'unknown error' }),
  );
}
