import { describe, expect, it } from 'vitest';
import { startBackendWorker } from '../../../electron/main/backendWorker';
import type { BackendClient } from '../../../electron/backend/worker/messages';
import { freshDatabase, sampleChild } from '../support/backend';
import { build903 } from '../../../electron/bin/bench/import';

const ENTRY = new URL('../support/worker-entry.mjs', import.meta.url);

async function workerBackend(): Promise<BackendClient> {
  const { dir, databaseUrl } = await freshDatabase();
  return startBackendWorker({ dataDir: dir, databaseUrl }, ENTRY);
}

describe('the backend in a worker thread', () => {
  it('answers calls over the message protocol as the backend does, refusals included', async () => {
    const backend = await workerBackend();
    try {
      const created = await backend.call('children.create', sampleChild());
      expect(created.ok).toBe(true);
      const list = await backend.call('children.list', {});
      expect(list.ok && (list.value as unknown[]).length).toBe(1);
      const refused = await backend.call('children.create', sampleChild({ givenName: '' }));
      expect(refused.ok || refused.error.issues?.map((i) => i.field)).toEqual(['givenName']);
      const unknown = await backend.call('no.such.method', {});
      expect(unknown.ok || unknown.error.code).toBe('not-found');
    } finally {
      await backend.close();
    }
  });

  it(
    'keeps the calling thread free while a long import runs in the worker',
    { timeout: 180_000 },
    async () => {
      const backend = await workerBackend();
      try {
        let turns = 0;
        let running = true;
        const spin = () => {
          turns++;
          if (running) setImmediate(spin);
        };
        setImmediate(spin);
        const imported = backend.call('importExport.import', {
          fileName: 'big.csv',
          content: build903(20_000),
        });
        const status = await backend.call('app.status', {});
        const turnsWhileImporting = turns;
        const result = await imported;
        running = false;
        expect(result.ok).toBe(true);
        expect(status.ok).toBe(true);
        // The event loop here went round while the worker imported: a backend in this thread would have held it.
        expect(turnsWhileImporting).toBeGreaterThan(10);
      } finally {
        await backend.close();
      }
    },
  );
});
