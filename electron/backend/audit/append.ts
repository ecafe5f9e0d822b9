import type { BackendContext } from '../context';
import { lockAuditChain } from '../db/dialect';
import { chainEnd, linkHash, recordHead, type ChainedFields } from './chain';

/** One row for the audit trail, with the children it showed (audit_children), waiting to be linked into the chain. */
export interface PendingAudit {
  row: ChainedFields & { account: string };
  /** The children a view or an export showed, one audit_children row each; empty for anything else. */
  children: readonly string[];
}

/** Rows per INSERT when many audit rows are written at once: well inside both engines' bound-parameter limits. */
const AUDIT_BATCH = 500;
/** Link rows per INSERT: two parameters each, well inside both engines' bound-parameter limits. */
const LINK_BATCH = 2000;

/**
 * Links `entries` onto the end of the chain, in order, in the caller's transaction. On PostgreSQL this takes the
 * chain's lock, which is held until commit: every writer of the trail in every server process waits for it. So a
 * mutation calls this last, just before it commits (mutation.ts), and the lock is held for the chain read and
 * the INSERTs below, not for the handler's work or the protocol-state refresh (issue 10: the lock held for the
 * whole transaction put every save and every audited read in one queue).
 */
export async function appendAudit(tx: BackendContext, entries: readonly PendingAudit[]): Promise<void> {
  if (entries.length === 0) return;
  await lockAuditChain(tx);
  let previous = await chainEnd(tx.db);
  const values = entries.map(({ row }) => {
    previous = linkHash(tx.auditKey, previous, row);
    return { ...row, hash: previous };
  });
  const ids: number[] = [];
  for (let i = 0; i < values.length; i += AUDIT_BATCH) {
    // Ids follow the VALUES order on both engines, so the chain reads in id order as it was linked.
    const inserted = await tx.db
      .insertInto('audit')
      .values(values.slice(i, i + AUDIT_BATCH))
      .returning('id')
      .execute();
    for (const r of inserted) ids.push(r.id);
  }
  ids.sort((a, b) => a - b);
  await recordHead(tx, tx.auditKey, ids.at(-1)!, previous!);
  const links = entries.flatMap((e, i) => e.children.map((child_id) => ({ audit_id: ids[i]!, child_id })));
  for (let i = 0; i < links.length; i += LINK_BATCH)
    await tx.db
      .insertInto('audit_children')
      .values(links.slice(i, i + LINK_BATCH))
      .execute();
}
