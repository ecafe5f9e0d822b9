import { sql } from 'kysely';
import type { Migration } from './types';

// Two indexes for reads that every Due list, board and dashboard request makes (issue 15, measured on the bench
// county): without them each is a pass over a whole table.
// - episodes graded high, by found_at: the board's high-risk children (W-KC) are those graded high on an episode
//   open now or found in the last 24 hours. Partial, so only a query that says "graded high" in these words (the
//   board's) uses it: a plain found_at index would draw the dashboard's year-long found_at ranges into index
//   lookups, which cost twice a pass over the table.
// - protocol_state (evaluated_at): the sweep's "a state evaluated after now" (a clock set back) is then the
//   index's last entry rather than a scan.
export const migration0024: Migration = {
  version: 24,
  name: 'state-indexes',
  async up(m) {
    await sql`CREATE INDEX episodes_high_by_found ON episodes (found_at)
                WHERE coalesce(police_risk_latest, police_risk_at_report) = 'high'`.execute(m.db);
    await sql`CREATE INDEX protocol_state_by_evaluated ON protocol_state (evaluated_at)`.execute(m.db);
  },
};
