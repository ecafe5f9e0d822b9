import { sql } from 'kysely';
import { createTables } from '../ddl';
import type { Migration } from './types';

// Each child's protocol state, kept as the record changes (issue 15): the engine's answer for the child as of
// `evaluated_at`, good until `next_change_at` (the next instant the answer changes by time alone; null when only an
// edit can change it). Due, the board, the child header and the dashboard read it instead of evaluating the county.
// `evaluation` is the engine's whole answer on the child's whole history (the header); `due_evaluation` the answer
// on the Due list's look-back when that differs (null when it is the same). Rows are derived: a lost row is made
// again by the sweep, so nothing here is a record of its own.
export const migration0016: Migration = {
  version: 16,
  name: 'protocol-state',
  async up(m) {
    await createTables(
      m,
      `CREATE TABLE protocol_state (
        child_id TEXT PRIMARY KEY REFERENCES children (id) ON DELETE CASCADE,
        profile_id TEXT NOT NULL,
        evaluated_at TEXT NOT NULL,
        next_change_at TEXT,
        in_look_back INTEGER NOT NULL CHECK (in_look_back IN (0, 1)),
        has_due INTEGER NOT NULL CHECK (has_due IN (0, 1)),
        stage_level INTEGER NOT NULL,
        stage_reached_at TEXT,
        child_name TEXT NOT NULL,
        case_reference TEXT NOT NULL,
        evaluation TEXT NOT NULL,
        due_evaluation TEXT
      ) STRICT;
      CREATE INDEX protocol_state_by_next_change ON protocol_state (next_change_at);
      -- Due, the board and the dashboard's counts read only these three columns to choose rows: covering, so the
      -- large JSON columns are read only for the rows chosen.
      CREATE INDEX protocol_state_active ON protocol_state (in_look_back, has_due, stage_level);
      CREATE INDEX protocol_state_by_profile ON protocol_state (profile_id);`,
    );
    // PostgreSQL's "search by case reference" is a LIKE with a leading wildcard on lower(case_reference), which no
    // B-tree serves: a trigram index does, where the server ships pg_trgm (a trusted extension since PostgreSQL 13).
    if (m.engine === 'postgres') {
      const available = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'pg_trgm'`.execute(m.db);
      if ((available.rows[0]?.n ?? 0) > 0) {
        await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(m.db);
        await sql`CREATE INDEX children_case_reference_trgm ON children
                    USING gin (lower(case_reference) gin_trgm_ops)`.execute(m.db);
      }
    }
  },
};
