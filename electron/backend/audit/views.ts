import { createHash } from 'node:crypto';
import type { BackendContext } from '../context';
import type { Db } from '../db/schema';
import { audit } from './audit';

// Every answer that shows children's personal data leaves a trace naming the children it showed: one audit row for
// the view or export, and one audit_children row per child, in the transaction that read them. A list of 20,000
// children is one audit row and 20,000 link rows in multi-row INSERTs, not 20,000 chained rows.

/** Link rows per INSERT: two parameters each, well inside both engines' bound-parameter limits. */
const LINK_BATCH = 2000;

/**
 * Records that `entity` (a method or an export) showed these children. The audit row carries the count and a digest
 * of the sorted ids, so a link row removed later no longer matches the chained row; with exactly one child the
 * row also names it in child_id, as a single view always has. Nothing is written for a view that showed nobody;
 * an export is recorded even when empty.
 */
export async function auditShown(
  ctx: BackendContext,
  action: 'view' | 'export',
  entity: string,
  entityId: string,
  childIds: Iterable<string>,
  detail: string | null = null,
): Promise<void> {
  const ids = [...new Set(childIds)].sort();
  if (ids.length === 0 && action === 'view') return;
  const digest = createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16);
  const text = [`children=${ids.length}`, `ids=${digest}`, detail].filter(Boolean).join(' ');
  await audit(ctx, action, entity, entityId, ids.length === 1 ? ids[0]! : null, text, ids);
}

/** Candidate ids in an answer: every string under a key `id`, `…Id` or `…Ids` (children, episodes, meetings…). */
export function idsIn(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) idsIn(v, out);
  } else if (value && typeof value === 'object') {
    // for...in rather than Object.entries: a Due list is tens of thousands of objects, and the pairs were garbage.
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const v = record[key];
      if (typeof v === 'string' && (key === 'id' || key.endsWith('Id'))) {
        out.add(v);
      } else if (Array.isArray(v) && key.endsWith('Ids')) {
        for (const x of v) if (typeof x === 'string') out.add(x);
      } else {
        idsIn(v, out);
      }
    }
  }
  return out;
}

/** Which of the candidate ids are children (episodes, meetings and items share the id space but not the table). */
export async function childIdsAmong(db: Db, candidates: Iterable<string>): Promise<string[]> {
  const all = [...candidates];
  const found: string[] = [];
  // A county's Due list names a good share of all children (and more episodes): one read of every child's id then
  // costs less than the many lookups, and finds the same ids.
  if (all.length > LINK_BATCH) {
    const { n } = await db
      .selectFrom('children')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (all.length * 4 > Number(n)) {
      const wanted = new Set(all);
      for (const r of await db.selectFrom('children').select('id').execute())
        if (wanted.has(r.id)) found.push(r.id);
      return found;
    }
  }
  for (let i = 0; i < all.length; i += LINK_BATCH) {
    const rows = await db
      .selectFrom('children')
      .select('id')
      .where('id', 'in', all.slice(i, i + LINK_BATCH))
      .execute();
    for (const r of rows) found.push(r.id);
  }
  return found;
}

/** The children an answer shows, found by its ids: for the methods whose answers are lists and boards. */
export const childrenShownIn = (db: Db, answer: unknown): Promise<string[]> =>
  childIdsAmong(db, idsIn(answer));
