import { createHmac, hkdfSync } from 'node:crypto';
import type { Db } from '../db/schema';
import type { BackendContext } from '../context';

// The audit trail as a hash chain. Each row's `hash` is an HMAC-SHA256, keyed with the audit key, over the previous
// row's hash and the row's own fields; the chain's end (last id and hash) is kept in settings, signed the same way.
// Someone with write access to the database but not the key can delete, edit or reorder rows, or drop the
// append-only triggers, and `audit verify` finds the first place it happened. The key never lives in the database:
// on SQLite it is derived from the file's encryption key; on PostgreSQL it is HOMEWARD_AUDIT_KEY (or a key file on
// the server).

const GENESIS = 'homeward-audit-chain-v1';
export const HEAD_SETTING = 'auditChainHead';

export const deriveAuditKey = (databaseKey: string): string =>
  Buffer.from(hkdfSync('sha256', Buffer.from(databaseKey, 'hex'), 'homeward', 'audit-chain', 32)).toString(
    'hex',
  );

export interface ChainedFields {
  at: string;
  user: string;
  action: string;
  entity: string;
  entity_id: string;
  child_id: string | null;
  detail: string | null;
  /** Null on rows written before migration 0007; then left out of the link, so those rows still verify. */
  account?: string | null;
}

const mac = (key: string, text: string) =>
  createHmac('sha256', Buffer.from(key, 'hex')).update(text).digest('hex');

export const linkHash = (key: string, previous: string | null, r: ChainedFields): string =>
  mac(
    key,
    JSON.stringify([
      previous ?? GENESIS,
      r.at,
      r.user,
      r.action,
      r.entity,
      r.entity_id,
      r.child_id,
      r.detail,
      ...(r.account == null ? [] : [r.account]),
    ]),
  );

const headMac = (key: string, id: number, hash: string) => mac(key, `head:${id}:${hash}`);

/** The previous link, read inside the writing transaction (which holds the chain's lock on PostgreSQL). */
export async function chainEnd(db: Db): Promise<string | null> {
  const last = await db
    .selectFrom('audit')
    .select('hash')
    .where('hash', 'is not', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.hash ?? null;
}

/** The settings value that records the chain's end: its last id and hash, signed. */
export const headRecord = (key: string, id: number, hash: string): string =>
  JSON.stringify({ id, hash, mac: headMac(key, id, hash) });

export async function recordHead(ctx: BackendContext, key: string, id: number, hash: string): Promise<void> {
  const value = headRecord(key, id, hash);
  await ctx.db
    .insertInto('settings')
    .values({ key: HEAD_SETTING, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export type ChainReport =
  | { ok: true; rows: number; chained: number; beforeChain: number }
  | { ok: false; rows: number; brokenAtId: number | null; problem: string };

/**
 * Walks the trail in id order and reports ok or the first broken link. `fromId` lets the app check only the chain's
 * end at start (the whole walk is `npm run cli -- audit verify`).
 */
export async function verifyAuditChain(
  db: Db,
  key: string,
  options: { tail?: number } = {},
): Promise<ChainReport> {
  let previous: string | null = null;
  let rows = 0;
  let chained = 0;
  let beforeChain = 0;
  let lastId: number | null = null;
  let startId = 0;
  if (options.tail) {
    const from = await db
      .selectFrom('audit')
      .select(['id', 'hash'])
      .where('hash', 'is not', null)
      .orderBy('id', 'desc')
      .offset(options.tail)
      .limit(1)
      .executeTakeFirst();
    if (from) ({ id: startId, hash: previous } = from);
  }
  for (;;) {
    const page = await db
      .selectFrom('audit')
      .selectAll()
      .where('id', '>', lastId ?? startId)
      .orderBy('id')
      .limit(5000)
      .execute();
    if (page.length === 0) break;
    for (const r of page) {
      rows += 1;
      lastId = r.id;
      if (r.hash === null) {
        if (chained > 0)
          return {
            ok: false,
            rows,
            brokenAtId: r.id,
            problem: 'a row without its link after the chain began',
          };
        beforeChain += 1;
        continue;
      }
      if (linkHash(key, previous, r) !== r.hash) {
        return {
          ok: false,
          rows,
          brokenAtId: r.id,
          problem: 'this row was changed, or a row before it was removed or inserted',
        };
      }
      previous = r.hash;
      chained += 1;
    }
  }
  const head = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', HEAD_SETTING)
    .executeTakeFirst();
  if (chained > 0 || head) {
    const recorded = head ? (JSON.parse(head.value) as { id: number; hash: string; mac: string }) : null;
    if (!recorded || recorded.mac !== headMac(key, recorded.id, recorded.hash)) {
      return {
        ok: false,
        rows,
        brokenAtId: null,
        problem: 'the record of the chain’s end is missing or was altered',
      };
    }
    if (recorded.hash !== previous) {
      return {
        ok: false,
        rows,
        brokenAtId: recorded.id,
        problem: 'rows at the end of the trail were removed (the chain ends before its recorded end)',
      };
    }
  }
  return { ok: true, rows, chained, beforeChain };
}
