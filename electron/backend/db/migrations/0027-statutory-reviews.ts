import { sql } from 'kysely';
import { createTables } from '../ddl';
import type { Migration } from './types';

// ST 17.4: "the allocated IRO is required to report the number of missing episodes and the adequacy of responses
// to these episodes following each statutory review of a child living out of area". Homeward held no review dates,
// so the rule could only be a note: a statutory (looked-after) review is now a record of its own, the day it was
// held and the IRO who chaired it. Reviews are facts of the past, added and listed; a slip is corrected by the
// audit trail's reader, not by editing the day the IRO's report runs from.
// EM: "the Placing Authority will notify the Host Authority's Missing Children lead when they are placing a child
// who is at risk of going missing and/or child sexual exploitation": the child's current placement gains whether
// the placing authority judged the child at risk when placing (0 for every child placed before this was asked).
export const migration0027: Migration = {
  version: 27,
  name: 'statutory-reviews',
  async up(m) {
    await createTables(
      m,
      `
      CREATE TABLE statutory_reviews (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children (id) ON DELETE CASCADE,
        held_on TEXT NOT NULL,
        iro_name TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX statutory_reviews_by_child ON statutory_reviews (child_id, held_on);
    `,
    );
    await sql`ALTER TABLE children ADD COLUMN placement_missing_risk INTEGER NOT NULL DEFAULT 0 CHECK (placement_missing_risk IN (0, 1))`.execute(
      m.db,
    );
  },
};
