import { sql } from 'kysely';
import { createTables } from '../ddl';
import type { Migration } from './types';

// The Missing From Care Risk Assessment and Action Plan (issue 17; WG appendix a) as a record of its own: one row per
// version, so a review is a new assessment and the one before stays readable. The grid's answers (pattern and
// history, concerns and vulnerabilities, current circumstances), the plan's contacts and addresses, and who agreed
// it are JSON text validated against shared/domain/riskAssessment.ts on every save; the overall level and the date
// are columns, since the Due list, the meeting pack and the protocol engine read them. The plan's actions are rows
// of their own (owner, agency, due, status), since Due lists the open ones.
// The child gains the placement's start date and whether it was planned or an emergency: the appendix makes the
// assessment due "at pre placement planning meeting" for a planned placement and "within 3 working days" otherwise.
export const migration0017: Migration = {
  version: 17,
  name: 'risk-assessments',
  async up(m) {
    await createTables(
      m,
      `
      CREATE TABLE risk_assessments (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        assessed_on TEXT NOT NULL,
        overall_level TEXT NOT NULL CHECK (overall_level IN ('high', 'medium', 'low')),
        pattern TEXT NOT NULL,
        concerns TEXT NOT NULL,
        circumstances TEXT NOT NULL,
        plan TEXT NOT NULL,
        agreements TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        UNIQUE (child_id, version)
      ) STRICT;
      CREATE TABLE risk_plan_actions (
        id TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES risk_assessments (id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES children (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        owner TEXT NOT NULL,
        agency TEXT NOT NULL,
        due_on TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped'))
      ) STRICT;
      CREATE INDEX risk_plan_actions_by_assessment ON risk_plan_actions (assessment_id, position);
      CREATE INDEX risk_plan_actions_open ON risk_plan_actions (status, child_id);
    `,
    );
    await sql`ALTER TABLE children ADD COLUMN placement_started_on TEXT`.execute(m.db);
    await sql`ALTER TABLE children ADD COLUMN placement_arrangement TEXT CHECK (placement_arrangement IS NULL OR placement_arrangement IN ('planned', 'emergency'))`.execute(
      m.db,
    );
  },
};
