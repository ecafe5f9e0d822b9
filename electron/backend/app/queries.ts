import type { Db } from '../db/schema';

/** How many children or episodes the database holds (the status bar; "Load demo data" only into an empty one). */
export async function countRows(db: Db, table: 'children' | 'episodes'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
