import { createTables } from '../ddl';
import type { Migration } from './types';

// Team mode's who-is-who (issue 10). Everything a server process needs to know about people lives here, not in
// one process's memory, so several processes behind one address share sign-ins, lock-outs and the setup code.
// Session tokens and setup codes are stored only as SHA-256 hashes: a copy of the database signs nobody in.
export const migration0006: Migration = {
  version: 6,
  name: 'accounts',
  async up(m) {
    await createTables(
      m,
      `
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('administrator', 'manager', 'chair', 'minute-taker', 'co-ordinator', 'read-only')),
        email TEXT,
        password_hash TEXT,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX accounts_email ON accounts (email) WHERE email IS NOT NULL;

      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id),
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_account ON sessions (account_id);

      CREATE TABLE sign_in_failures (
        account_id TEXT PRIMARY KEY REFERENCES accounts (id),
        failures INTEGER NOT NULL,
        locked_until TEXT
      ) STRICT;

      CREATE TABLE setup_codes (
        code_hash TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE child_access (
        child_id TEXT NOT NULL REFERENCES children (id),
        account_id TEXT NOT NULL REFERENCES accounts (id),
        PRIMARY KEY (child_id, account_id)
      ) STRICT;
      CREATE INDEX child_access_account ON child_access (account_id);
    `,
    );
  },
};
