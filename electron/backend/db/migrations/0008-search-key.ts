import { sql } from 'kysely';
import { childSearchKey } from '../../../../shared/text/searchKey';
import type { Migration } from './types';

interface ChildNames {
  id: string;
  given_name: string;
  family_name: string;
  case_reference: string;
}

// A normalised search key with each child (shared/text/searchKey.ts), so "oneill" and "O’Neill" find O'Neill on
// both engines without accent- or apostrophe-folding SQL. Every save writes it; this fills it for existing rows.
export const migration0008: Migration = {
  version: 8,
  name: 'children-search-key',
  async up(m) {
    await sql`ALTER TABLE children ADD COLUMN search_key TEXT NOT NULL DEFAULT ''`.execute(m.db);
    const rows =
      await sql<ChildNames>`SELECT id, given_name, family_name, case_reference FROM children`.execute(m.db);
    for (const r of rows.rows) {
      const key = childSearchKey({
        givenName: r.given_name,
        familyName: r.family_name,
        caseReference: r.case_reference,
      });
      await sql`UPDATE children SET search_key = ${key} WHERE id = ${r.id}`.execute(m.db);
    }
  },
};
