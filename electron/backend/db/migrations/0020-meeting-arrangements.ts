import { createTables, refuseWhen } from '../ddl';
import type { Migration } from './types';

// Issue 12, the meeting as a chair runs it. A meeting arranged from another links back to it, and a meeting has at
// most one next meeting arranged from it: the unique index holds that whatever runs at once (two clicks, two
// windows). Items added during the meeting (any other business) and items moved keep the approved lock of 0002: an
// approved meeting's agenda takes no new item and no new order, refused in the database as well as in the handlers.
export const migration0020: Migration = {
  version: 20,
  name: 'meeting-arrangements',
  async up(m) {
    await createTables(
      m,
      `
      ALTER TABLE meetings ADD COLUMN previous_meeting_id TEXT REFERENCES meetings (id);
      CREATE UNIQUE INDEX meetings_one_next_meeting ON meetings (previous_meeting_id)
        WHERE previous_meeting_id IS NOT NULL;
    `,
    );
    const LOCKED = 'approved minutes are locked';
    await refuseWhen(
      m,
      'meeting_items_locked_insert',
      'INSERT',
      'meeting_items',
      "(SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'approved'",
      LOCKED,
    );
    await refuseWhen(
      m,
      'meeting_items_locked_position',
      'UPDATE OF position',
      'meeting_items',
      "(SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'",
      LOCKED,
    );
  },
};
