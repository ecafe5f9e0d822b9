import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The backend's worker thread is its own entry, loaded by electron/main/backendWorker.ts.
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          'backend-worker': resolve(import.meta.dirname, 'electron/main/backendWorkerEntry.ts'),
        },
        // Native: loaded at run time through the driver's nativeBinding (see electron/main/sqlite-binding.ts); pg
        // has an optional native binding a bundler would try to resolve.
        external: ['better-sqlite3-multiple-ciphers', 'pg'],
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
