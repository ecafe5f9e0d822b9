import { appendOnly, createRefuseFunction, createTables } from '../ddl';
import type { Migration } from './types';

// Children, their missing episodes (with return interview and push/pull factors), settings and the audit trail.
// Instants are stored as UTC ISO text with milliseconds, so text order is time order.
export const migration0001: Migration = {
  version: 1,
  name: 'children-episodes-audit',
  async up(m) {
    await createTables(
      m,
      `
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE children (
      id TEXT PRIMARY KEY,
      given_name TEXT NOT NULL,
      family_name TEXT NOT NULL,
      date_of_birth TEXT NOT NULL,
      gender TEXT NOT NULL,
      case_reference TEXT NOT NULL UNIQUE,
      legal_status TEXT NOT NULL,
      placing_authority TEXT NOT NULL,
      host_authority TEXT,
      placement_type TEXT NOT NULL,
      allocated_worker TEXT,
      team TEXT,
      protocol_profile_id TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX children_by_name ON children (family_name, given_name);

    CREATE TABLE episodes (
      id TEXT PRIMARY KEY,
      child_id TEXT NOT NULL REFERENCES children (id),
      category TEXT NOT NULL CHECK (category IN ('missing', 'absent', 'away')),
      reported_at TEXT NOT NULL,
      last_seen_at TEXT,
      found_at TEXT,
      police_risk_at_report TEXT,
      police_risk_latest TEXT,
      police_reference TEXT,
      missing_from TEXT,
      where_found TEXT,
      return_method TEXT,
      ri_offered_at TEXT,
      ri_offered_by TEXT,
      ri_outcome TEXT,
      ri_not_offered_reason TEXT,
      ri_held_at TEXT,
      notes TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (found_at IS NULL OR found_at >= reported_at)
    ) STRICT;
    CREATE INDEX episodes_by_child ON episodes (child_id, reported_at);
    CREATE INDEX episodes_by_reported ON episodes (reported_at);
    -- At most one open episode per child, held by the database as well as by the checks on save.
    CREATE UNIQUE INDEX episodes_one_open ON episodes (child_id) WHERE found_at IS NULL;

    CREATE TABLE episode_factors (
      episode_id TEXT NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      direction TEXT NOT NULL CHECK (direction IN ('push', 'pull')),
      code TEXT NOT NULL,
      detail TEXT,
      PRIMARY KEY (episode_id, position)
    ) STRICT;

    CREATE TABLE audit (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      "user" TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      child_id TEXT,
      detail TEXT
    ) STRICT;
    CREATE INDEX audit_by_child ON audit (child_id, at);
    `,
    );
    // Append-only: a trail that can be edited is not a trail.
    await createRefuseFunction(m);
    await appendOnly(m, 'audit', 'audit is append-only');
  },
};
