import { createTables, refuseWhen } from '../ddl';
import type { Migration } from './types';

// Issue 15. A view wrote one audit_children row per child it showed into the index by child (child_id, audit_id):
// once a child had been shown a few times its entries filled a page of their own, so a list of 500 dirtied up to
// 500 index pages, written to the WAL and encrypted at commit (32 of a list's 40 ms on a much-viewed copy). A view's
// links now go here, in audit id order with no index by child, so one view's rows share a few pages; the sweep
// moves them into audit_children in bulk, sorted by child (audit/mergeLinks.ts), many entries landing per page.
// Readers take the union of both tables. A row may be deleted here only once audit_children holds it: the links
// stay append-only as a whole, only moved from the queue to the index.
export const migration0040: Migration = {
  version: 40,
  name: 'recent-view-links',
  async up(m) {
    await createTables(
      m,
      `
      CREATE TABLE audit_children_recent (
        audit_id INTEGER NOT NULL REFERENCES audit (id),
        child_id TEXT NOT NULL
      ) STRICT;
    `,
    );
    await refuseWhen(
      m,
      'audit_children_recent_no_update',
      'UPDATE',
      'audit_children_recent',
      'TRUE',
      'audit is append-only',
    );
    await refuseWhen(
      m,
      'audit_children_recent_no_loss',
      'DELETE',
      'audit_children_recent',
      'NOT EXISTS (SELECT 1 FROM audit_children c WHERE c.audit_id = OLD.audit_id AND c.child_id = OLD.child_id)',
      'audit is append-only',
    );
  },
};
