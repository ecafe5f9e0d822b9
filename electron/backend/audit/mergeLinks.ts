import type { Kysely } from 'kysely';
import type { Database, Db } from '../db/schema';

/** Links moved per transaction: about 0.06 s on SQLite, so a backlog never holds its one connection for long. */
const MERGE_BATCH = 10_000;

/**
 * Moves the views' links from audit_children_recent into audit_children, sorted by child so the entries of many
 * views land together on each child's index page (migration 0040). Run by the backend's sweep timer, never in a
 * view's own transaction. Rows up to the newest audit id seen at the start are moved; a view committing meanwhile
 * took its id under the chain's lock after every committed one, so its rows are newer and wait for the next merge
 * (and the table's trigger refuses deleting any row audit_children does not hold). In transactions of about
 * `batch` links, whole views each, with other requests let in between: 100,000 links in one held SQLite's single
 * connection for 0.6 s. Returns how many were moved.
 */
export async function mergeViewLinks(db: Kysely<Database>, batch = MERGE_BATCH): Promise<number> {
  const top = await db
    .selectFrom('audit_children_recent')
    .select((eb) => eb.fn.max('audit_id').as('newest'))
    .executeTakeFirst();
  if (top?.newest == null) return 0;
  const ceiling = Number(top.newest);
  let moved = 0;
  for (;;) {
    const { upTo, count } = await db.transaction().execute(async (trx) => {
      // The audit id of the batch-th oldest link, or the ceiling when fewer are left: every link of that view goes.
      const cut = await trx
        .selectFrom('audit_children_recent')
        .select('audit_id')
        .where('audit_id', '<=', ceiling)
        .orderBy('audit_id')
        .offset(batch - 1)
        .limit(1)
        .executeTakeFirst();
      const upTo = cut === undefined ? ceiling : Math.min(ceiling, Number(cut.audit_id));
      await trx
        .insertInto('audit_children')
        .columns(['audit_id', 'child_id'])
        .expression(
          trx
            .selectFrom('audit_children_recent')
            .select(['audit_id', 'child_id'])
            .where('audit_id', '<=', upTo)
            .orderBy('child_id')
            .orderBy('audit_id'),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
      const done = await trx
        .deleteFrom('audit_children_recent')
        .where('audit_id', '<=', upTo)
        .executeTakeFirst();
      return { upTo, count: Number(done.numDeletedRows) };
    });
    moved += count;
    if (upTo >= ceiling) return moved;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The ids of the audit rows whose links name this child: the merged index and the links not yet merged. */
export function auditIdsShowing(db: Db, childId: string) {
  return db
    .selectFrom('audit_children')
    .select('audit_id')
    .where('child_id', '=', childId)
    .union(db.selectFrom('audit_children_recent').select('audit_id').where('child_id', '=', childId));
}
