import { appendOnly, createTables } from '../ddl';
import type { Migration } from './types';

// Issue 11, what was left. The audit trail names the operating-system account (or, in team mode, the signed-in
// account) beside the display name, which is only a label anyone can change. A view or export of many children is
// one audit row with the children it showed in audit_children (append-only, like audit). Every record a person
// edits in a form carries a revision, +1 per update, so a save based on an older one is refused, not overwritten.
export const migration0007: Migration = {
  version: 7,
  name: 'trust',
  async up(m) {
    await createTables(
      m,
      `
      ALTER TABLE audit ADD COLUMN account TEXT;

      CREATE TABLE audit_children (
        audit_id INTEGER NOT NULL REFERENCES audit (id),
        child_id TEXT NOT NULL,
        PRIMARY KEY (audit_id, child_id)
      ) STRICT;
      CREATE INDEX audit_children_by_child ON audit_children (child_id, audit_id);

      ALTER TABLE children ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE episodes ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE meetings ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE meeting_actions ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE meeting_attendees ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
    `,
    );
    await appendOnly(m, 'audit_children', 'audit is append-only');
  },
};
