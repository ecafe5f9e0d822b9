import { sql } from 'kysely';
import type { Migration } from './types';

// Tamper evidence for the audit trail: each new row carries an HMAC over the row and the previous row's HMAC, keyed
// with a secret the database does not hold (audit/chain.ts). Rows written before this migration keep a null hash:
// `audit verify` reports them as written before the chain began.
export const migration0004: Migration = {
  version: 4,
  name: 'audit-chain',
  async up(m) {
    await sql`ALTER TABLE audit ADD COLUMN hash TEXT`.execute(m.db);
  },
};
