import { sql } from 'kysely';
import { createTables } from '../ddl';
import type { Migration } from './types';

// Issue 17 (W-CP 5.0) and issue 16 ("Escalations"). The escalation log: a dated entry per escalation, from whom, to
// whom, about what, its outcome and when; added by hand or by recording one of the protocol's own escalations as
// escalated (due_key names which, so the same escalation cannot be logged twice and leaves Due once logged).
// W-CP 7.0: a return interview refused, by whom and why, on the return interview record. EM: the minutes of a
// meeting sent to the host authority, tracked until received. The stored protocol state is derived: it is emptied
// so that every child is evaluated again, with the escalations, by the next sweep.
export const migration0018: Migration = {
  version: 18,
  name: 'escalations',
  async up(m) {
    await createTables(
      m,
      `
      CREATE TABLE escalations (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children (id) ON DELETE CASCADE,
        episode_id TEXT REFERENCES episodes (id) ON DELETE SET NULL,
        due_key TEXT,
        from_who TEXT NOT NULL,
        to_who TEXT NOT NULL,
        about TEXT NOT NULL,
        section TEXT,
        escalated_at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        outcome_at TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        UNIQUE (child_id, due_key)
      ) STRICT;
      CREATE INDEX escalations_by_child ON escalations (child_id, escalated_at);
      CREATE TABLE meeting_host_minutes (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
        sent_at TEXT,
        sent_to TEXT NOT NULL,
        received_at TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;
    `,
    );
    await sql`ALTER TABLE return_interviews ADD COLUMN refused_by TEXT`.execute(m.db);
    await sql`ALTER TABLE return_interviews ADD COLUMN refused_at TEXT`.execute(m.db);
    await sql`ALTER TABLE return_interviews ADD COLUMN refusal_reason TEXT NOT NULL DEFAULT ''`.execute(m.db);
    await sql`DELETE FROM protocol_state`.execute(m.db);
  },
};
