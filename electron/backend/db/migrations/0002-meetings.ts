import { appendOnly, createTables, refuseWhen } from '../ddl';
import type { Migration } from './types';

// Meetings about children who go missing: agenda templates (edited by an administrator, copied into each meeting),
// the meetings with their children, attendees, agenda items, minutes, decisions, actions and amendments.
// Approved minutes are locked here as well as in the handlers: triggers refuse a change to an approved meeting's
// minutes and decisions, and amendments are append-only like the audit trail.
export const migration0002: Migration = {
  version: 2,
  name: 'meetings',
  async up(m) {
    await createTables(
      m,
      `
    CREATE TABLE agenda_templates (
      kind TEXT PRIMARY KEY,
      revision INTEGER NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT
    ) STRICT;

    CREATE TABLE agenda_template_items (
      kind TEXT NOT NULL REFERENCES agenda_templates (kind) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      key TEXT NOT NULL,
      title TEXT NOT NULL,
      guidance TEXT NOT NULL,
      source TEXT NOT NULL,
      scope TEXT NOT NULL CHECK (scope IN ('general', 'each-child')),
      PRIMARY KEY (kind, position),
      UNIQUE (kind, key)
    ) STRICT;

    CREATE TABLE meetings (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      stage_level INTEGER CHECK (stage_level IS NULL OR stage_level BETWEEN 1 AND 3),
      status TEXT NOT NULL CHECK (status IN ('draft', 'in-progress', 'concluded', 'approved')),
      reason TEXT NOT NULL,
      chair_role TEXT NOT NULL,
      chair_name TEXT,
      minute_taker TEXT,
      scheduled_at TEXT NOT NULL,
      venue TEXT NOT NULL,
      due_by TEXT,
      next_meeting_at TEXT,
      started_at TEXT,
      concluded_at TEXT,
      approved_at TEXT,
      approved_by TEXT,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX meetings_by_scheduled ON meetings (scheduled_at);

    CREATE TABLE meeting_children (
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      child_id TEXT NOT NULL REFERENCES children (id),
      position INTEGER NOT NULL,
      PRIMARY KEY (meeting_id, child_id)
    ) STRICT;
    CREATE INDEX meeting_children_by_child ON meeting_children (child_id);

    CREATE TABLE meeting_triggers (
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      episode_id TEXT NOT NULL REFERENCES episodes (id),
      PRIMARY KEY (meeting_id, episode_id)
    ) STRICT;

    CREATE TABLE meeting_transitions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      from_status TEXT NOT NULL,
      to_status TEXT NOT NULL,
      at TEXT NOT NULL,
      by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX meeting_transitions_by_meeting ON meeting_transitions (meeting_id);

    CREATE TABLE meeting_items (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      key TEXT NOT NULL,
      title TEXT NOT NULL,
      guidance TEXT NOT NULL,
      source TEXT NOT NULL,
      child_id TEXT REFERENCES children (id),
      minutes TEXT NOT NULL DEFAULT '',
      -- Bumped by every save of the minutes: a save based on an older revision is refused (two windows typing).
      revision INTEGER NOT NULL DEFAULT 0,
      saved_at TEXT,
      -- Autosave runs every few hundred milliseconds; the audit trail gets one row per user per item per window.
      minutes_audited_at TEXT,
      minutes_audited_by TEXT,
      UNIQUE (meeting_id, position)
    ) STRICT;

    CREATE TABLE meeting_item_decisions (
      item_id TEXT NOT NULL REFERENCES meeting_items (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (item_id, position)
    ) STRICT;

    CREATE TABLE meeting_attendees (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      role TEXT NOT NULL,
      agency TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('invited', 'attended', 'apologies', 'declined')),
      is_chair INTEGER NOT NULL CHECK (is_chair IN (0, 1)),
      is_minute_taker INTEGER NOT NULL CHECK (is_minute_taker IN (0, 1))
    ) STRICT;
    CREATE INDEX meeting_attendees_by_meeting ON meeting_attendees (meeting_id, position);
    CREATE UNIQUE INDEX meeting_attendees_one_chair ON meeting_attendees (meeting_id) WHERE is_chair = 1;
    CREATE UNIQUE INDEX meeting_attendees_one_minute_taker ON meeting_attendees (meeting_id) WHERE is_minute_taker = 1;

    CREATE TABLE meeting_actions (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      item_id TEXT NOT NULL REFERENCES meeting_items (id) ON DELETE CASCADE,
      child_id TEXT REFERENCES children (id),
      what TEXT NOT NULL,
      owner TEXT NOT NULL,
      agency TEXT NOT NULL,
      due_on TEXT,
      status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX meeting_actions_by_meeting ON meeting_actions (meeting_id);
    CREATE INDEX meeting_actions_by_child ON meeting_actions (child_id, status);
    CREATE INDEX meeting_actions_by_status ON meeting_actions (status, due_on);

    -- The open actions carried into a later meeting's review of previous actions.
    CREATE TABLE meeting_item_reviewed_actions (
      item_id TEXT NOT NULL REFERENCES meeting_items (id) ON DELETE CASCADE,
      action_id TEXT NOT NULL REFERENCES meeting_actions (id),
      PRIMARY KEY (item_id, action_id)
    ) STRICT;
    CREATE INDEX meeting_item_reviewed_actions_by_action ON meeting_item_reviewed_actions (action_id);

    CREATE TABLE meeting_amendments (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id),
      item_id TEXT NOT NULL REFERENCES meeting_items (id),
      minutes TEXT NOT NULL,
      reason TEXT NOT NULL,
      amended_at TEXT NOT NULL,
      amended_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX meeting_amendments_by_item ON meeting_amendments (item_id, amended_at);
    `,
    );
    const LOCKED = 'approved minutes are locked';
    const approvedItem = (itemId: string) =>
      `(SELECT m.status FROM meetings m JOIN meeting_items i ON i.meeting_id = m.id WHERE i.id = ${itemId}) = 'approved'`;
    await refuseWhen(
      m,
      'meeting_items_locked',
      'UPDATE OF minutes, title, revision',
      'meeting_items',
      "(SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'",
      LOCKED,
    );
    await refuseWhen(
      m,
      'meeting_decisions_locked_insert',
      'INSERT',
      'meeting_item_decisions',
      approvedItem('NEW.item_id'),
      LOCKED,
    );
    await refuseWhen(
      m,
      'meeting_decisions_locked_delete',
      'DELETE',
      'meeting_item_decisions',
      approvedItem('OLD.item_id'),
      LOCKED,
    );
    await appendOnly(m, 'meeting_amendments', 'amendments are append-only');
  },
};
