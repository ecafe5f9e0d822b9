import { sql } from 'kysely';
import type { BackendContext } from '../context';
import { lockAuditChain } from '../db/dialect';
import { chainEnd, headRecord, HEAD_SETTING, linkHash, recordHead, type ChainedFields } from './chain';

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
 * mutation calls this last, just before it commits (mutation.ts), and the lock is held for the chain read and one
 * write, not for the handler's work or the protocol-state refresh (issue 10: the lock held for the whole
 * transaction put every save and every audited read in one queue).
 */
export async function appendAudit(tx: BackendContext, entries: readonly PendingAudit[]): Promise<void> {
  if (entries.length === 0) return;
  await lockAuditChain(tx);
  if (tx.engine === 'postgres') return appendOnPostgres(tx, entries);
  let previous = await chainEnd(tx.db);
  const values = entries.map(({ row }) => {
    previous = linkHash(tx.auditKey, previous, row);
    return { ...row, hash: previous };
  });
  const ids: number[] = [];
  for (let i = 0; i < values.length; i += AUDIT_BATCH) {
    // Ids follow the VALUES order on SQLite, so the chain reads in id order as it was linked.
    const inserted = await tx.db
      .insertInto('audit')
      .values(values.slice(i, i + AUDIT_BATCH))
      .returning('id')
      .execute();
    for (const r of inserted) ids.push(r.id);
  }
  ids.sort((a, b) => a - b);
  await recordHead(tx, tx.auditKey, ids.at(-1)!, previous!);
  await insertLinks(tx, entries, ids);
}

// The links go to audit_children_recent, in audit id order, so a view's rows share a few pages; the sweep merges
// them into the index by child in bulk (mergeLinks.ts, migration 0040).
async function insertLinks(tx: BackendContext, entries: readonly PendingAudit[], ids: readonly number[]) {
  const links = entries.flatMap((e, i) => e.children.map((child_id) => ({ audit_id: ids[i]!, child_id })));
  for (let i = 0; i < links.length; i += LINK_BATCH)
    await tx.db
      .insertInto('audit_children_recent')
      .values(links.slice(i, i + LINK_BATCH))
      .execute();
}

/**
 * PostgreSQL, under the lock: one statement reads the chain's end and takes the rows' ids from the table's own
 * sequence (taken under the lock, so id order is chain order), and one more writes the rows, their links and the
 * chain's new end together. Two round trips and the commit, where one each for the chain read, the INSERT, the
 * head and the links made five: every round trip under the lock is one every other writer waits through.
 */
async function appendOnPostgres(tx: BackendContext, entries: readonly PendingAudit[]): Promise<void> {
  const { rows } = await sql<{ hash: string | null; ids: number[] }>`
    SELECT
      (SELECT hash FROM audit WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1) AS hash,
      ARRAY(
        SELECT nextval(pg_get_serial_sequence('audit', 'id'))::integer FROM generate_series(1, ${entries.length})
      ) AS ids
  `.execute(tx.db);
  const { ids } = rows[0]!;
  let previous = rows[0]!.hash;
  const values = entries.map(({ row }, i) => {
    previous = linkHash(tx.auditKey, previous, row);
    return { id: ids[i]!, ...row, hash: previous };
  });
  const head = headRecord(tx.auditKey, ids.at(-1)!, previous!);
  const links = entries.flatMap((e, i) => e.children.map((child_id) => ({ audit_id: ids[i]!, child_id })));
  if (values.length > AUDIT_BATCH || links.length > LINK_BATCH) {
    // An import's thousands of rows: in batches, as on SQLite (the lock is held the longer, once).
    for (let i = 0; i < values.length; i += AUDIT_BATCH)
      await tx.db
        .insertInto('audit')
        .values(values.slice(i, i + AUDIT_BATCH))
        .execute();
    await recordHead(tx, tx.auditKey, ids.at(-1)!, previous!);
    return insertLinks(tx, entries, ids);
  }
  let write = tx.db.with('rows', (db) => db.insertInto('audit').values(values));
  if (links.length > 0)
    write = write.with('links', (db) => db.insertInto('audit_children_recent').values(links));
  await write
    .insertInto('settings')
    .values({ key: HEAD_SETTING, value: head })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: head }))
    .execute();
}
