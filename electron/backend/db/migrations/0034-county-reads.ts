import { sql } from 'kysely';
import type { Migration } from './types';

// Issue 15 at `--scale large` (100,000 children, 1,000,000 episodes; a 2 GB SQLite file against a 64 MiB page
// cache). What grew faster than the county was not the rows each screen counts but the table rows it looked up to
// count them: at 20,000 children nearly the whole file stays decrypted in the cache, at 100,000 each lookup is a page
// read and decrypted. So the indexes these reads use now hold every column they read, and are read alone:
// - the month's dashboard: the month's episodes by report (by category and police risk, the month's children for
//   repeat episodes, the episode ids for the factors, the found and interview columns for the placing authorities)
//   and by return (the interviews after them); each child's year of missing episodes by child (6.6 s, most of it
//   35,700 lookups per read, to 2.5 s);
// - the Due screen's counts: one pass over every stored item, 342,000 wide rows, now over a narrow index of the
//   columns counted (430 ms to 70-180 ms); the filter to return interviews reads its visible items from it as well.
// Same names as before where an index is widened, so each still serves the reads that used its first columns.
export const migration0034: Migration = {
  version: 34,
  name: 'county-reads',
  async up(m) {
    await sql`DROP INDEX episodes_by_reported_category`.execute(m.db);
    await sql`CREATE INDEX episodes_by_reported_category ON episodes
      (reported_at, category, child_id, id, police_risk_latest, police_risk_at_report, found_at, ri_held_at, ri_outcome)`.execute(
      m.db,
    );
    await sql`DROP INDEX episodes_by_found`.execute(m.db);
    await sql`CREATE INDEX episodes_by_found ON episodes
      (found_at, ri_held_at, ri_outcome, ri_offered_at, child_id, reported_at)`.execute(m.db);
    await sql`DROP INDEX episodes_by_child`.execute(m.db);
    await sql`CREATE INDEX episodes_by_child ON episodes (child_id, reported_at, category)`.execute(m.db);
    await sql`CREATE INDEX due_items_counted ON due_items (kind, escalation, overdue_from, visible_until)`.execute(
      m.db,
    );
  },
};
