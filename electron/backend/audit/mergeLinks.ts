import type { Kysely } from 'kysely';
import type { Database, Db } from '../db/schema';

/**
 * Moves the views' links from audit_children_recent into audit_children, in one transaction, sorted by child so
 * the entries of many views land together on each child's index page (migration 0040). Run by the backend's sweep
 * timer, never in a view's own transaction. Rows up to the newest audit id seen are moved; a view committing
 * meanwhile took its id under the chain's lock after every committed one, so its rows are newer and wait for the
 * next merge (and the table's trigger refuses deleting any row audit_children does not hold). Returns how many.
 */
export async function mergeViewLinks(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const top = await trx
      .selectFrom('audit_children_recent')
      .select((eb) => eb.fn.max('audit_id').as('newest'))
      .executeTakeFirst();
    if (top?.newest == null) return 0;
    const newest = Number(top.newest);
    await trx
      .insertInto('audit_children')
      .columns(['audit_id', 'child_id'])
      .expression(
        trx
          .selectFrom('audit_children_recent')
          .select(['audit_id', 'child_id'])
          .where('audit_id', '<=', newest)
          .orderBy('child_id')
          .orderBy('audit_id'),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
    const done = await trx
      .deleteFrom('audit_children_recent')
      .where('audit_id', '<=', newest)
      .executeTakeFirst();
    return Number(done.numDeletedRows);
  });
}

/** The ids of the audit rows whose links name this child: the merged index and the links not yet merged. */
export function auditIdsShowing(db: Db, childId: string) {
  return db
    .selectFrom('audit_children')
    .select('audit_id')
    .where('child_id', '=', childId)
    .union(db.selectFrom('audit_children_recent').select('audit_id').where('child_id', '=', childId));
}
