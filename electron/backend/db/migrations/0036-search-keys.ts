import { sql } from 'kysely';
import type { Migration } from './types';

// Issue 15: the children list's search on the bench county (20,000 children; 1,000 match "DEMO-012"). The key is
// matched anywhere in it (LIKE '%...%'), which no B-tree seeks, so every child's key is read either way; on SQLite
// that read was of the whole children table, each wide row decoded to reach its key (6 of the search's 8 ms in
// SQL). An index of the keys alone holds the same text in a fifth of the pages, and the search reads it instead
// (children/queries.ts), then only the matching rows. A prefix index would be read faster still, but would stop
// "neill" finding O'Neill or a case reference's digits finding it: the answers stay as they were.
// PostgreSQL already reads the keys through its trigram index (0030); a B-tree there would serve nothing and cost
// every write, so it is made on SQLite only.
export const migration0036: Migration = {
  version: 36,
  name: 'search-keys',
  async up(m) {
    if (m.engine !== 'sqlite') return;
    await sql`CREATE INDEX children_by_search_key ON children (search_key)`.execute(m.db);
  },
};
