import { createTables } from '../ddl';
import type { Migration } from './types';

// Ready for a shared server: the council's letterhead lives in the database (not on one machine's disk), and a
// day's Daily Review is one meeting by constraint, so two clicks at once on two machines cannot make two.
export const migration0003: Migration = {
  version: 3,
  name: 'shared-server',
  async up(m) {
    await createTables(
      m,
      `
      CREATE TABLE stored_files (
        name TEXT PRIMARY KEY,
        content BLOB NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE meetings ADD COLUMN review_day TEXT;
      CREATE UNIQUE INDEX meetings_one_review_a_day ON meetings (review_day) WHERE review_day IS NOT NULL;
    `,
    );
  },
};
