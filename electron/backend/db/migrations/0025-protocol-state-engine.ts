import { sql } from 'kysely';
import type { Migration } from './types';

// Which engine wrote each stored protocol state (protocol/state/engine.ts): a release whose engine or shipped
// profiles answer differently for the same record must not leave yesterday's answers standing until some clock
// passes. Rows from before this column say '', which no engine is, so the first sweep re-evaluates them.
export const migration0025: Migration = {
  version: 25,
  name: 'protocol-state-engine',
  async up(m) {
    await sql`ALTER TABLE protocol_state ADD COLUMN engine TEXT NOT NULL DEFAULT ''`.execute(m.db);
    // The sweep counts the rows this engine wrote before every Due list (state/queries.ts staleChildIds).
    await sql`CREATE INDEX protocol_state_by_engine ON protocol_state (engine)`.execute(m.db);
  },
};
