import { createTables } from '../ddl';
import type { Migration } from './types';

// Issue 12: an action's owner, agency and due date go on changing after the minutes are approved, and an action can
// be dropped; each such change is kept with who made it, when and why, so the meeting and the action plan can say
// what was agreed and what it became. One row per field changed; a request's rows share its change_id, instant and
// reason, and the numbering keeps the order they were made in.
export const migration0011: Migration = {
  version: 11,
  name: 'action-changes',
  async up(m) {
    await createTables(
      m,
      `
      CREATE TABLE meeting_action_changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        change_id TEXT NOT NULL,
        action_id TEXT NOT NULL REFERENCES meeting_actions (id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN ('owner', 'agency', 'dueOn', 'status')),
        from_value TEXT,
        to_value TEXT,
        reason TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meeting_action_changes_by_action ON meeting_action_changes (action_id, id);
    `,
    );
  },
};
