import type { BackendContext } from '../context';
import { lockAuditChain } from '../db/dialect';
import { markChildChanged, mutation } from '../mutation';
import { chainEnd, linkHash, recordHead } from './chain';

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
 * Appends one row to the audit trail, linked to the row before it (audit/chain.ts). Called inside the same
 * transaction as the change it records (a mutation's `tx`), so a change without its audit row cannot be committed.
 * `detail` never holds personal data: field names, not values.
 */
export function audit(
  ctx: BackendContext,
  action: AuditAction,
  entity: string,
  entityId: string,
  childId: string | null,
  detail: string | null = null,
): Promise<number> {
  return mutation(ctx, async (tx) => {
    await lockAuditChain(tx);
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
    const hash = linkHash(tx.auditKey, await chainEnd(tx.db), row);
    const { id } = await tx.db
      .insertInto('audit')
      .values({ ...row, hash })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordHead(tx, tx.auditKey, id, hash);
    // A change to a child's record re-evaluates the child's protocol state before this transaction commits.
    markChildChanged(tx, row);
    return id;
  });
}

/** Rows per INSERT when many audit rows are written at once: well inside both engines' bound-parameter limits. */
const AUDIT_BATCH = 500;

/**
 * Appends many rows to the audit trail, chained as audit() chains them, in multi-row INSERTs: the import writes one
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
    await lockAuditChain(tx);
    const at = tx.now().toISOString();
    const user = tx.user();
    const account = tx.account();
    let previous = await chainEnd(tx.db);
    const values = rows.map((r) => {
      const row = {
        at,
        user,
        account,
        action: r.action,
        entity: r.entity,
        entity_id: r.entityId,
        child_id: r.childId,
        detail: r.detail,
      };
      previous = linkHash(tx.auditKey, previous, row);
      return { ...row, hash: previous };
    });
    let lastId = 0;
    for (let i = 0; i < values.length; i += AUDIT_BATCH) {
      // Ids follow the VALUES order on both engines, so the chain reads in id order as it was linked.
      const ids = await tx.db
        .insertInto('audit')
        .values(values.slice(i, i + AUDIT_BATCH))
        .returning('id')
        .execute();
      lastId = Math.max(lastId, ...ids.map((r) => r.id));
    }
    await recordHead(tx, tx.auditKey, lastId, previous!);
    for (const r of values) markChildChanged(tx, r);
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
