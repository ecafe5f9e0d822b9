import { sql } from 'kysely';
import { createTables } from '../ddl';
import type { Migration } from './types';

const RISKS = `'high', 'medium', 'low', 'no-apparent-risk'`;

// Issue 16. The police grading at report and each later change with its time (episodes kept only the first and the
// latest); the facts the protocol's prompts need: a trafficking concern on the episode (ST 10.4, 23.3) and whether
// the child is an unaccompanied asylum-seeking child (ST 23.3's 6-monthly review).
export const migration0015: Migration = {
  version: 15,
  name: 'gradings',
  async up(m) {
    await createTables(
      m,
      `
      CREATE TABLE episode_police_gradings (
        id TEXT PRIMARY KEY,
        episode_id TEXT NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
        police_risk TEXT NOT NULL CHECK (police_risk IN (${RISKS})),
        -- At report: the episode's reported time. A later change: when it was recorded in Homeward.
        graded_at TEXT NOT NULL,
        at_report INTEGER NOT NULL CHECK (at_report IN (0, 1)),
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX episode_police_gradings_by_episode ON episode_police_gradings (episode_id, graded_at);
      CREATE UNIQUE INDEX episode_police_gradings_one_at_report ON episode_police_gradings (episode_id) WHERE at_report = 1;
    `,
    );
    await sql`ALTER TABLE episodes ADD COLUMN trafficking_concern INTEGER NOT NULL DEFAULT 0 CHECK (trafficking_concern IN (0, 1))`.execute(
      m.db,
    );
    await sql`ALTER TABLE children ADD COLUMN unaccompanied_asylum_seeking INTEGER NOT NULL DEFAULT 0 CHECK (unaccompanied_asylum_seeking IN (0, 1))`.execute(
      m.db,
    );
    // Episodes already held: their grading at report and, where it differs, the latest at the episode's last update.
    await sql`
      INSERT INTO episode_police_gradings (id, episode_id, police_risk, graded_at, at_report, recorded_by)
      SELECT id || ':report', id, police_risk_at_report, reported_at, 1, 'migration 0015'
      FROM episodes WHERE police_risk_at_report IS NOT NULL`.execute(m.db);
    await sql`
      INSERT INTO episode_police_gradings (id, episode_id, police_risk, graded_at, at_report, recorded_by)
      SELECT id || ':latest', id, police_risk_latest, updated_at, 0, 'migration 0015'
      FROM episodes
      WHERE police_risk_latest IS NOT NULL
        AND (police_risk_at_report IS NULL OR police_risk_latest <> police_risk_at_report)`.execute(m.db);
  },
};
