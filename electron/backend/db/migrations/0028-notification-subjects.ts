import { sql } from 'kysely';
import { createTables } from '../ddl';
import type { Migration } from './types';

// A notification the protocol asks for was always about an episode. Two are not (issue 16): the IRO's report after
// a statutory review (ST 17.4) is about the review, and the EM notice before placing a child at risk is about the
// placement. A record now names either the episode or its subject (a statutory review's id, or the placement as
// "placement:YYYY-MM-DD"), never both; the same task still cannot be recorded twice. SQLite cannot drop a NOT NULL,
// so its table is rebuilt with the new column last (an old row's columns read as before); PostgreSQL alters it.
export const migration0028: Migration = {
  version: 28,
  name: 'notification-subjects',
  async up(m) {
    if (m.engine === 'postgres') {
      await createTables(
        m,
        `
        ALTER TABLE notifications_made ALTER COLUMN episode_id DROP NOT NULL;
        ALTER TABLE notifications_made ADD COLUMN subject_id TEXT;
        ALTER TABLE notifications_made ADD CONSTRAINT notifications_made_one_subject
          CHECK ((episode_id IS NULL) <> (subject_id IS NULL));
        ALTER TABLE notifications_made ADD CONSTRAINT notifications_made_subject_once
          UNIQUE (child_id, subject_id, rule_id, role);
      `,
      );
      return;
    }
    await createTables(
      m,
      `
      CREATE TABLE notifications_made_next (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children (id) ON DELETE CASCADE,
        episode_id TEXT REFERENCES episodes (id) ON DELETE CASCADE,
        rule_id TEXT NOT NULL,
        role TEXT NOT NULL,
        told_who TEXT NOT NULL,
        told_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        subject_id TEXT,
        CHECK ((episode_id IS NULL) <> (subject_id IS NULL)),
        UNIQUE (episode_id, rule_id, role),
        UNIQUE (child_id, subject_id, rule_id, role)
      ) STRICT;
    `,
    );
    await sql`INSERT INTO notifications_made_next
      (id, child_id, episode_id, rule_id, role, told_who, told_at, recorded_at, recorded_by)
      SELECT id, child_id, episode_id, rule_id, role, told_who, told_at, recorded_at, recorded_by
      FROM notifications_made`.execute(m.db);
    await sql`DROP TABLE notifications_made`.execute(m.db);
    await sql`ALTER TABLE notifications_made_next RENAME TO notifications_made`.execute(m.db);
    await sql`CREATE INDEX notifications_made_by_child ON notifications_made (child_id)`.execute(m.db);
  },
};
