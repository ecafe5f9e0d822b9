import type { BackendContext } from './context';

/**
 * Runs `fn` in one transaction on either engine (House style: every write and its audit row commit together or not
 * at all). Handlers write through the `tx` context it passes; a mutation inside a mutation joins the outer one.
 * After commit, `onCommit` hears which tables changed, so team mode can tell other windows.
 */
export async function mutation<T>(
  ctx: BackendContext,
  fn: (tx: BackendContext & { changed: (table: string) => void }) => Promise<T>,
): Promise<T> {
  const changed = new Set<string>();
  const mark = (table: string) => void changed.add(table);
  if (ctx.db.isTransaction) return fn({ ...ctx, changed: mark });
  const result = await ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx, changed: mark }));
  if (changed.size > 0) ctx.onCommit?.(changed);
  return result;
}
