import { sql } from 'kysely';
import { createTables } from '../ddl';
import type { Migration } from './types';

// Issue 12. Why each child is on a meeting's list (a Daily Review's heading per child: "missing now for 31 h, high
// risk"), the children a chair took off today's review and why, and the role of the person who approved the
// minutes (approved_by already holds their name), so the minutes print "Approved by <name>, <role>" and never the
// computer account.
export const migration0021: Migration = {
  version: 21,
  name: 'review-children',
  async up(m) {
    await sql`ALTER TABLE meeting_children ADD COLUMN reason TEXT NOT NULL DEFAULT ''`.execute(m.db);
    await sql`ALTER TABLE meetings ADD COLUMN approved_by_role TEXT`.execute(m.db);
    await createTables(
      m,
      `CREATE TABLE meeting_child_removals (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES children (id),
        reason TEXT NOT NULL,
        removed_at TEXT NOT NULL,
        removed_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meeting_child_removals_by_meeting ON meeting_child_removals (meeting_id);`,
    );
  },
};
