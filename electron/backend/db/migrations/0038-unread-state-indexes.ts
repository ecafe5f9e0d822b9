import { sql } from 'kysely';
import type { Migration } from './types';

// Issue 15 / issue 9: since 0037 the Daily Review board chooses its children from protocol_board's own indexes
// (interview deadline, return, stage reached), so 0030's three indexes on the same instants in protocol_state are
// read by nothing (protocol/state/board.ts is their only reader, and it no longer names protocol_state). Each still
// cost every write of a child's state: three index entries per child in a save, 60,000 in the 20,000-child import.
// The columns stay: refresh.ts derives the board's row from them.
export const migration0038: Migration = {
  version: 38,
  name: 'unread-state-indexes',
  async up(m) {
    await sql`DROP INDEX protocol_state_by_interview_return`.execute(m.db);
    await sql`DROP INDEX protocol_state_by_interview_due`.execute(m.db);
    await sql`DROP INDEX protocol_state_by_stage_reached`.execute(m.db);
  },
};
