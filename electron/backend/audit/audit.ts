import type { BackendContext } from '../context';

export type AuditAction = 'view' | 'create' | 'update' | 'export' | 'import' | 'approve' | 'amend';

/**
 * Appends one row to the audit trail. Called inside the same transaction as the change it records, so a change
 * without its audit row cannot be committed. `detail` never holds personal data: field names, not values.
 */
export function audit(
  ctx: BackendContext,
  action: AuditAction,
  entity: string,
  entityId: string,
  childId: string | null,
  detail: string | null = null,
): void {
  ctx.db
    .prepare(
      'INSERT INTO audit (at, user, action, entity, entity_id, child_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(ctx.now().toISOString(), ctx.user(), action, entity, entityId, childId, detail);
}

export interface AuditRow {
  id: number;
  at: string;
  user: string;
  action: string;
  entity: string;
  entity_id: string;
  child_id: string | null;
  detail: string | null;
}
