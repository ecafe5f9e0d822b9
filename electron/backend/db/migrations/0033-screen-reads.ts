import { sql } from 'kysely';
import { createTables } from '../ddl';
import type { Migration } from './types';

// Issue 15's targets for two screens on the bench's county.
// - The Due screen filtered to return interviews. Its two kinds (an interview, and its steps) are two ranges of
//   due_items_by_kind, which 0029 made without visible_until, so every item of those kinds was looked up in the table
//   to test whether it is still shown (an interview leaves the screen 30 days after its deadline): 10,900 lookups to
//   show 100 of the 1,900 still shown, 20-50 ms. The same index with visible_until at its end holds every column the
//   page reads and filters by, so the filter is answered from the index alone (1.5 ms); the single-kind filters keep
//   reading it in order, as before.
// - The Daily Review board: what it reads of each child it can show (the stage, the return interviews to do, with the
//   fields it shows), in a table of its own. It parsed each such child's whole Due part (4 MB of JSON for its 1,275
//   children, most of it notifications the board never shows), and SQLite reached that column only through the
//   overflow pages of the header before it. Written with the state (state/refresh.ts); the stored states predate it,
//   so their engine is cleared and the first sweep re-evaluates them and writes it (as 0030 did). Until then, or for a
//   state written without it, the board reads the Due part as before.
export const migration0033: Migration = {
  version: 33,
  name: 'screen-reads',
  async up(m) {
    await sql`DROP INDEX due_items_by_kind`.execute(m.db);
    await sql`CREATE INDEX due_items_by_kind ON due_items
      (kind, (deadline_at IS NULL), deadline_at, child_name, item_key, child_id, position, visible_until)`.execute(
      m.db,
    );
    await createTables(
      m,
      `CREATE TABLE protocol_board (
        child_id TEXT PRIMARY KEY REFERENCES protocol_state (child_id) ON DELETE CASCADE,
        board_part TEXT NOT NULL
      ) STRICT;`,
    );
    await sql`UPDATE protocol_state SET engine = ''`.execute(m.db);
  },
};
