import { sql } from 'kysely';
import type { Migration } from './types';

// Issue 15's targets for the Daily Review board and the children list's search, on the bench county.
// - protocol_state: the latest return and the latest deadline among each child's return interviews still to do
//   (on the Due list's look-back), with indexes on them and on the stage's reached instant. The board then reads the
//   few children it can show (an interview returned in the last 24 hours or due in the last 30 days, a stage reached
//   since the last Daily Review) rather than parsing every active child's stored answer. The stored rows predate the
//   columns: their engine is cleared, so the first sweep re-evaluates them and fills the columns (as 0025 did).
// - children.search_key: the search matches it with LIKE '%...%', which no B-tree serves; 0016's trigram index was
//   on lower(case_reference), an expression the query never names, so PostgreSQL scanned the table. The trigram
//   index is now on the column the query reads (where the server ships pg_trgm), and the unused one is dropped.
// - episodes: the dashboard's 12-month trend counts each month from one index range holding what it counts
//   (found_at with ri_held_at; reported_at with category, which takes the place of 0001's reported_at index), and
//   the month's return interviews and placed children read a month of found_at rather than the whole table.
export const migration0030: Migration = {
  version: 30,
  name: 'board-reads',
  async up(m) {
    await sql`ALTER TABLE protocol_state ADD COLUMN return_interview_returned_at TEXT`.execute(m.db);
    await sql`ALTER TABLE protocol_state ADD COLUMN return_interview_due_by TEXT`.execute(m.db);
    await sql`CREATE INDEX protocol_state_by_interview_return ON protocol_state (return_interview_returned_at)`.execute(
      m.db,
    );
    await sql`CREATE INDEX protocol_state_by_interview_due ON protocol_state (return_interview_due_by)`.execute(
      m.db,
    );
    await sql`CREATE INDEX protocol_state_by_stage_reached ON protocol_state (stage_reached_at)`.execute(
      m.db,
    );
    await sql`UPDATE protocol_state SET engine = ''`.execute(m.db);
    await sql`CREATE INDEX episodes_by_found ON episodes (found_at, ri_held_at)`.execute(m.db);
    await sql`CREATE INDEX episodes_by_reported_category ON episodes (reported_at, category)`.execute(m.db);
    await sql`DROP INDEX episodes_by_reported`.execute(m.db);
    if (m.engine === 'postgres') {
      const available = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'pg_trgm'`.execute(m.db);
      if ((available.rows[0]?.n ?? 0) > 0) {
        await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(m.db);
        await sql`DROP INDEX IF EXISTS children_case_reference_trgm`.execute(m.db);
        await sql`CREATE INDEX children_search_key_trgm ON children USING gin (search_key gin_trgm_ops)`.execute(
          m.db,
        );
      }
    }
  },
};
