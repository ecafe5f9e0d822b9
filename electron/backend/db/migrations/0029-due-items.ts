import { sql } from 'kysely';
import { createTables } from '../ddl';
import type { Migration } from './types';

// The Due list's items, one row per item of each child's stored protocol state (issue 15): the columns the Due
// screen filters, counts and sorts by, so a page of the most urgent items and the counts are index reads rather than
// a parse of every child's stored answer. Derived like protocol_state, and written with it (state/refresh.ts); the
// item's words are made again from the stored answer as of the request, since "overdue by 5 h" changes by the hour.
// Instants are ISO text in UTC, which sorts as time does. Rows from before this table are made by the first sweep,
// since ENGINE_REVISION 3 makes every stored state stale.
export const migration0029: Migration = {
  version: 29,
  name: 'due-items',
  async up(m) {
    await createTables(
      m,
      `CREATE TABLE due_items (
        child_id TEXT NOT NULL REFERENCES protocol_state (child_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        item_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        escalation INTEGER NOT NULL CHECK (escalation IN (0, 1)),
        child_name TEXT NOT NULL,
        deadline_at TEXT,
        overdue_from TEXT,
        visible_until TEXT,
        PRIMARY KEY (child_id, position)
      ) STRICT;
      -- The Due list's own order (shared/protocol/dueList.ts compareDueItems): no deadline last, then the deadline,
      -- the child's name and the item's key; a page is the first rows of this index that pass the filters.
      CREATE INDEX due_items_in_order ON due_items
        ((deadline_at IS NULL), deadline_at, child_name, item_key, child_id, position);
      -- A filter by kind reads its own rows already in that order.
      CREATE INDEX due_items_by_kind ON due_items
        (kind, (deadline_at IS NULL), deadline_at, child_name, item_key, child_id, position);`,
    );
    // The order compares names and keys as JavaScript does (by code point, near enough): PostgreSQL's default
    // collation follows the server's locale (en_GB sorts "Mc" and "Mac" together, ignores punctuation), so these
    // two columns sort bytewise there as they do in SQLite.
    if (m.engine === 'postgres') {
      await sql`ALTER TABLE due_items ALTER COLUMN child_name TYPE TEXT COLLATE "C"`.execute(m.db);
      await sql`ALTER TABLE due_items ALTER COLUMN item_key TYPE TEXT COLLATE "C"`.execute(m.db);
    }
  },
};
