import { createTables } from '../ddl';
import type { Migration } from './types';

// Issue 14: council minute templates print "decisions with their rationale" and, "for each action the date it was
// set and why". A rationale is '' when the meeting recorded none (every row before this migration), like an
// attendee's information (0019). An action's set_on is the London date it was set (the meeting's date when added during the meeting); rows from
// before this migration are NULL and read as the day they were added, which is what the minutes printed until now.
export const migration0026: Migration = {
  version: 26,
  name: 'decision-rationale',
  async up(m) {
    await createTables(
      m,
      `
      ALTER TABLE meeting_item_decisions ADD COLUMN rationale TEXT NOT NULL DEFAULT '';
      ALTER TABLE meeting_actions ADD COLUMN set_on TEXT;
      ALTER TABLE meeting_actions ADD COLUMN rationale TEXT NOT NULL DEFAULT '';
    `,
    );
  },
};
