import { sql } from 'kysely';
import type { AuditRow } from '../../../electron/backend/audit/audit';
import type { Backend } from '../../../electron/backend/backend';

// Tests read the database through the query layer, never through one engine's driver, so each runs on both.

/** The audit trail in order, optionally only one action. */
export async function auditRows(b: Backend, action?: string): Promise<AuditRow[]> {
  let q = b.context.db.selectFrom('audit').selectAll().orderBy('id');
  if (action) q = q.where('action', '=', action);
  return q.execute();
}

/** A row count, for "nothing changed" checks. */
export async function countRows(b: Backend, table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(
    b.context.db,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Every row of a table as JSON, ordered, for "the rejected call changed nothing" comparisons. */
export async function tableSnapshot(b: Backend, table: string, orderBy: string): Promise<string> {
  const { rows } = await sql`SELECT * FROM ${sql.table(table)} ORDER BY ${sql.ref(orderBy)}`.execute(
    b.context.db,
  );
  return JSON.stringify(rows);
}
