import { createTables } from '../ddl';
import type { Migration } from './types';

// Issue 16: a notification the protocol asks for (EM, ST 6, ST 14.1, WG 10, the clocks' "inform the Assistant
// Director") is a task until someone records who was told and when. One row per episode, rule and role told: the
// same task cannot be recorded twice. recorded_by is the person the audit row names too.
export const migration0014: Migration = {
  version: 14,
  name: 'notifications',
  async up(m) {
    await createTables(
      m,
      `
      CREATE TABLE notifications_made (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children (id) ON DELETE CASCADE,
        episode_id TEXT NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
        rule_id TEXT NOT NULL,
        role TEXT NOT NULL,
        told_who TEXT NOT NULL,
        told_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        UNIQUE (episode_id, rule_id, role)
      ) STRICT;
      CREATE INDEX notifications_made_by_child ON notifications_made (child_id);
    `,
    );
  },
};
