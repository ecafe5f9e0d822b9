import type { BackendContext } from './context';
import { retryWhileBusy } from './db/busy';

/**
 * Runs `fn` in one transaction on either engine (House style: every write and its audit row commit together or not
 * at all). Handlers write through the `tx` context it passes; a mutation inside a mutation joins the outer one.
 * After commit, `onCommit` hears which tables changed, so team mode can tell other windows.
 * A transaction refused because the database was busy (SQLITE_BUSY, PostgreSQL 40001 / 40P01) was rolled back
 * whole, so the whole mutation runs again, a bounded number of times (db/busy.ts).
 */
export async function mutation<T>(
  ctx: BackendContext,
  fn: (tx: BackendContext & { changed: (table: string) => void }) => Promise<T>,
): Promise<T> {
  let changed = new Set<string>();
  const mark = (table: string) => void changed.add(table);
  if (ctx.db.isTransaction) return fn({ ...ctx, changed: mark });
  const result = await retryWhileBusy(() => {
    // A retried attempt starts from nothing: what a rolled-back attempt marked was never committed.
    changed = new Set<string>();
    return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx, changed: mark }));
  }, ctx.onBusyRetry);
  if (changed.size > 0) ctx.onCommit?.(changed);
  return result;
}
