import { sql } from 'kysely';
import type { Migration } from './types';

// Issue 15: the Due screen filtered to return interviews. Its two kinds (an interview, and its steps) are two ranges
// of due_items_by_kind, which 0029 made without visible_until, so every item of those kinds was looked up in the
// table to test whether it is still shown (an interview leaves the screen 30 days after its deadline): on the bench's
// county 10,900 lookups to show 100 of the 1,900 still shown, 20-50 ms. The same index with visible_until at its end
// holds every column the page reads and filters by, so the filter is answered from the index alone (1.5 ms); the
// single-kind filters keep reading it in order, as before.
export const migration0033: Migration = {
  version: 33,
  name: 'due-kind-covering',
  async up(m) {
    await sql`DROP INDEX due_items_by_kind`.execute(m.db);
    await sql`CREATE INDEX due_items_by_kind ON due_items
      (kind, (deadline_at IS NULL), deadline_at, child_name, item_key, child_id, position, visible_until)`.execute(
      m.db,
    );
  },
};
