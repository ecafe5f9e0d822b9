import { sql } from 'kysely';
import type { Migration } from './types';

// Issue 14: council minute templates give "a section per agency for the information it brought". Held per
// attendee (the person who spoke for their agency), typed beside their attendance, so the minutes group it by agency
// and name who shared it. Existing rows brought nothing recorded: the empty text.
export const migration0019: Migration = {
  version: 19,
  name: 'agency-information',
  async up(m) {
    await sql`ALTER TABLE meeting_attendees ADD COLUMN information TEXT NOT NULL DEFAULT ''`.execute(m.db);
  },
};
