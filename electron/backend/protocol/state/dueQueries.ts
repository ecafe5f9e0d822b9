import { sql, type ExpressionBuilder } from 'kysely';
import { NO_DUE_COUNTS, type DueCounts, type DueShow } from '../../../../shared/protocol';
import { RETURN_KINDS } from '../../../../shared/protocol/dueShow';
import { bulkInsert } from '../../db/bulkInsert';
import type { Database, Db, DueItemsTable } from '../../db/schema';
import { STATE_BATCH } from './queries';

/** Replaces the stored Due items of these children (in the caller's transaction, after their states are written). */
export async function writeDueItems(
  db: Db,
  childIds: readonly string[],
  rows: readonly DueItemsTable[],
): Promise<void> {
  if (childIds.length > 0) await db.deleteFrom('due_items').where('child_id', 'in', childIds).execute();
  // Multi-row INSERTs of one text per batch size (db/bulkInsert.ts): an import can store many children's items.
  await bulkInsert(db, 'due_items', rows as unknown as ReadonlyArray<Record<string, unknown>>);
}

/**
 * What the stored Due items of these children were made from: unchanged, they need no writing again. With when the
 * state was evaluated and until when it holds, so that its look-back answer can be taken again (lookBack.ts).
 */
export async function storedDueParts(db: Db, childIds: readonly string[]) {
  const rows = await db
    .selectFrom('protocol_state')
    .select([
      'child_id',
      'engine',
      'has_due',
      'child_name',
      'due_evaluation',
      'evaluated_at',
      'next_change_at',
    ])
    .where('child_id', 'in', childIds)
    .execute();
  return new Map(rows.map((r) => [r.child_id, r]));
}

export interface DueQuery {
  show: DueShow;
  /** The request's instant, as stored (ISO, UTC). */
  now: string;
  /** Restricted children the caller is not named on: not in their list, not in their counts. */
  hidden: readonly string[];
}

type Where = ExpressionBuilder<Database, 'due_items'>;

// What the Due screen shows now: an interview more than 30 days past its deadline has left it (evaluate.ts).
const shown = (eb: Where, q: DueQuery) => {
  const visible = eb.or([eb('visible_until', 'is', null), eb('visible_until', '>=', q.now)]);
  return q.hidden.length === 0 ? visible : eb.and([visible, eb('child_id', 'not in', q.hidden)]);
};

// shared/protocol/dueShow.ts dueItemShows, in SQL.
const showing = (eb: Where, show: DueShow) => {
  switch (show) {
    case 'all':
      return eb.lit(true);
    case 'meeting':
    case 'notification':
      return eb('kind', '=', show);
    case 'escalation':
      return eb('escalation', '=', 1);
    case 'return':
      return eb('kind', 'in', RETURN_KINDS);
  }
};

/** How many items each filter shows and how many are overdue, in one pass over the stored items. */
export async function dueCounts(db: Db, q: Omit<DueQuery, 'show'>): Promise<DueCounts> {
  const when = (eb: Where, condition: ReturnType<typeof showing>) =>
    eb.fn.sum<number | string>(eb.case().when(condition).then(1).else(0).end());
  const row = await db
    .selectFrom('due_items')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('all'),
      when(eb, showing(eb, 'meeting')).as('meeting'),
      when(eb, showing(eb, 'notification')).as('notification'),
      when(eb, showing(eb, 'escalation')).as('escalation'),
      when(eb, showing(eb, 'return')).as('return'),
      when(eb, eb('overdue_from', '<=', q.now)).as('overdue'),
    ])
    .where((eb) => shown(eb, { ...q, show: 'all' }))
    .executeTakeFirst();
  if (!row) return { ...NO_DUE_COUNTS };
  // PostgreSQL answers count and sum as bigint text, and sum over no rows as null.
  const n = (v: number | string | null) => Number(v ?? 0);
  return {
    all: n(row.all),
    meeting: n(row.meeting),
    notification: n(row.notification),
    escalation: n(row.escalation),
    return: n(row.return),
    overdue: n(row.overdue),
  };
}

/**
 * The first `limit` items the filter shows, in the Due list's order (compareDueItems: no deadline last, then the
 * deadline, the child's name, the key; the child and place keep equal rows as the list would), as the child and
 * the item's place in the child's stored list. Every item when there is no limit.
 */
export async function duePage(
  db: Db,
  q: DueQuery,
  limit: number | undefined,
): Promise<Array<{ child_id: string; position: number; item_key: string }>> {
  let query = db
    .selectFrom('due_items')
    .select(['child_id', 'position', 'item_key'])
    .where((eb) => eb.and([shown(eb, q), showing(eb, q.show)]))
    .orderBy(sql`(deadline_at IS NULL)`)
    .orderBy('deadline_at')
    .orderBy('child_name')
    .orderBy('item_key')
    .orderBy('child_id')
    .orderBy('position');
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

/** The stored Due part of these children's answers, with the name the list shows. */
export async function dueEvaluationsOf(
  db: Db,
  childIds: readonly string[],
): Promise<
  Array<{ child_id: string; child_name: string; due_evaluation: string | null; evaluation: string | null }>
> {
  const rows = [];
  for (let i = 0; i < childIds.length; i += STATE_BATCH) {
    const batch = childIds.slice(i, i + STATE_BATCH);
    rows.push(...(await evaluationsOf(db, batch)));
  }
  return rows;
}

function evaluationsOf(db: Db, childIds: readonly string[]) {
  return db
    .selectFrom('protocol_state')
    .select((eb) => [
      'child_id',
      'child_name',
      'due_evaluation',
      // The header is most of the stored text: read only where the Due part is missing (state/read.ts dueOf).
      eb.case().when('due_evaluation', 'is', null).then(eb.ref('evaluation')).end().as('evaluation'),
    ])
    .where('child_id', 'in', childIds)
    .execute();
}
