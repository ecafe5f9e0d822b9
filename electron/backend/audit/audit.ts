import type { BackendContext } from '../context';
import { markChildChanged, mutation, queueAudit } from '../mutation';
import { appendAudit } from './append';

export type AuditAction =
  | 'view'
  | 'create'
  | 'update'
  | 'export'
  | 'import'
  | 'approve'
  | 'amend'
  // Team mode: an attempt to open a restricted record by someone it is not restricted to.
  | 'refused';

/**
 * Adds one row to the audit trail, linked to the row before it (audit/chain.ts). Called inside the same
 * transaction as the change it records (a mutation's `tx`), so a change without its audit row cannot be committed.
 * The row is linked into the chain when that transaction is about to commit (audit/append.ts), so the chain's lock
 * is not held while the rest of the handler runs; it carries the instant and person of the request either way.
 * `detail` never holds personal data: field names, not values. `children` are the children a view or an export
 * showed (audit/views.ts), one audit_children row each.
 */
export function audit(
  ctx: BackendContext,
  action: AuditAction,
  entity: string,
  entityId: string,
  childId: string | null,
  detail: string | null = null,
  children: readonly string[] = [],
): Promise<void> {
  return mutation(ctx, async (tx) => {
    const row = {
      at: tx.now().toISOString(),
      user: tx.user(),
      account: tx.account(),
      action,
      entity,
      entity_id: entityId,
      child_id: childId,
      detail,
    };
    // A change to a child's record re-evaluates the child's protocol state before this transaction commits: marked
    // now, so the refresh that runs before the row is written sees it.
    markChildChanged(tx, row);
    const entry = [{ row, children }];
    if (!queueAudit(tx, entry)) await appendAudit(tx, entry);
  });
}

/**
 * Adds many rows to the audit trail, chained as audit() chains them, in multi-row INSERTs: the import writes one
 * per child it changed (20,000 for a large file) and the demo one per child, which one INSERT and one chain read
 * each would turn into seconds. In the caller's transaction, with the same instant and user on every row.
 */
export function auditMany(
  ctx: BackendContext,
  rows: ReadonlyArray<{
    action: AuditAction;
    entity: string;
    entityId: string;
    childId: string | null;
    detail: string | null;
  }>,
): Promise<void> {
  if (rows.length === 0) return Promise.resolve();
  return mutation(ctx, async (tx) => {
    const at = tx.now().toISOString();
    const user = tx.user();
    const account = tx.account();
    const entries = rows.map((r) => ({
      row: {
        at,
        user,
        account,
        action: r.action,
        entity: r.entity,
        entity_id: r.entityId,
        child_id: r.childId,
        detail: r.detail,
      },
      children: [],
    }));
    for (const e of entries) markChildChanged(tx, e.row);
    if (!queueAudit(tx, entries)) await appendAudit(tx, entries);
  });
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
  hash: string | null;
  account: string | null;
}
