import { defineConfig } from 'vitest/config';

// Backend and domain tests run in plain Node against real better-sqlite3 files (no Electron, no mocks).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
