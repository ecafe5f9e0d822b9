import { sql } from 'kysely';
import { createTables } from '../ddl';
import type { Migration } from './types';

const ATTENDANCE = `'invited', 'attended', 'apologies', 'declined', 'no-response'`;

// What council minute templates carry that Homeward did not hold (issue 14): "no response" as its own attendance
// (never answered the invitation, which is not "did not attend" and not "not recorded"), and what the meeting agreed
// as a whole: comments on attendance, the overall risk level and why, a Strategy Meeting's outcome, and whether the
// chair sends the professionals' minutes to the child and family.
export const migration0009: Migration = {
  version: 9,
  name: 'minutes-content',
  async up(m) {
    if (m.engine === 'postgres') {
      await sql
        .raw(
          `ALTER TABLE meeting_attendees DROP CONSTRAINT meeting_attendees_status_check,
           ADD CONSTRAINT meeting_attendees_status_check CHECK (status IN (${ATTENDANCE}))`,
        )
        .execute(m.db);
    } else {
      // SQLite cannot change a CHECK in place: the table is rebuilt (nothing references it) with its indexes and
      // every column earlier migrations gave it (0007's revision).
      await createTables(
        m,
        `
        CREATE TABLE meeting_attendees_0009 (
          id TEXT PRIMARY KEY,
          meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          name TEXT NOT NULL,
          role TEXT NOT NULL,
          agency TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN (${ATTENDANCE})),
          is_chair INTEGER NOT NULL CHECK (is_chair IN (0, 1)),
          is_minute_taker INTEGER NOT NULL CHECK (is_minute_taker IN (0, 1)),
          revision INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        INSERT INTO meeting_attendees_0009 (id, meeting_id, position, name, role, agency, status, is_chair, is_minute_taker, revision)
          SELECT id, meeting_id, position, name, role, agency, status, is_chair, is_minute_taker, revision FROM meeting_attendees;
        DROP TABLE meeting_attendees;
        ALTER TABLE meeting_attendees_0009 RENAME TO meeting_attendees;
        CREATE INDEX meeting_attendees_by_meeting ON meeting_attendees (meeting_id, position);
        CREATE UNIQUE INDEX meeting_attendees_one_chair ON meeting_attendees (meeting_id) WHERE is_chair = 1;
        CREATE UNIQUE INDEX meeting_attendees_one_minute_taker ON meeting_attendees (meeting_id) WHERE is_minute_taker = 1;
      `,
      );
    }
    await createTables(
      m,
      `
      CREATE TABLE meeting_outcomes (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
        attendance_comments TEXT NOT NULL,
        risk_level TEXT CHECK (risk_level IS NULL OR risk_level IN ('low', 'medium', 'high')),
        risk_rationale TEXT NOT NULL,
        strategy_outcome TEXT CHECK (strategy_outcome IS NULL OR strategy_outcome IN ('section-47', 'police-investigation', 'no-further-action')),
        family_receives INTEGER NOT NULL CHECK (family_receives IN (0, 1)),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
    `,
    );
  },
};
