import { defineConfig } from 'vitest/config';

// Two projects. `sqlite`: every unit test, the backend on real SQLite files. `postgres`: the backend suite again on a
// real PostgreSQL cluster the run starts itself (test/unit/support/pg-global-setup.ts). No mocks on either.
// Domain logic in shared/ does not touch a database and runs once; so do the tests of SQLite's own file handling.
const BACKEND_SUITES = [
  'test/unit/backend/**/*.test.ts',
  'test/unit/meetings/**/*.test.ts',
  'test/unit/dashboard/**/*.test.ts',
  'test/unit/importExport/**/*.test.ts',
  // The Word builders and the demo generator are pure; only the exports that read the database run twice.
  'test/unit/exports/chronology-export.test.ts',
  'test/unit/exports/minutes-export.test.ts',
  'test/unit/exports/extract-export.test.ts',
  'test/unit/server/**/*.test.ts',
  'test/unit/copy/**/*.test.ts',
  'test/unit/trust/**/*.test.ts',
  'test/unit/protocolState/**/*.test.ts',
  'test/unit/returnInterviews/**/*.test.ts',
  'test/unit/philomena/**/*.test.ts',
  'test/unit/riskAssessments/**/*.test.ts',
  'test/unit/escalations/**/*.test.ts',
  'test/unit/statutoryReviews/**/*.test.ts',
];
const SQLITE_ONLY = [
  'test/unit/backend/migrations.test.ts',
  'test/unit/backend/sqlite-file.test.ts',
  'test/unit/backend/sqlite-rows.test.ts',
  'test/unit/backend/cli-data.test.ts',
];
// Copies onto a PostgreSQL server, and a server dropping its connections: nothing to run on SQLite alone.
const POSTGRES_ONLY = ['test/unit/copy/**/*.test.ts', 'test/unit/backend/pg-dropped-connection.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['test/unit/**/*.test.ts'], exclude: POSTGRES_ONLY },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: BACKEND_SUITES,
          exclude: SQLITE_ONLY,
          globalSetup: ['test/unit/support/pg-global-setup.ts'],
        },
      },
    ],
  },
});
