import type { BackendContext } from './context';
import { retryWhileBusy } from './db/busy';
import type { Child } from '../../shared/domain/child';
import type { EpisodeFacts } from '../../shared/protocol/types';
import type { Db } from './db/schema';
import { noteAudited, refreshMarked, type AuditedChange } from './protocol/state/marks';

/** What a mutation has said it changed about children's records, so their protocol state follows in the same tx. */
export interface ChildMarks {
  children: Set<string>;
  /** Protocol profiles saved or deleted: the children they govern are re-evaluated. */
  profiles: Set<string>;
  /** Settings that choose profiles (the default, the authorities' profiles) changed: every child is re-evaluated. */
  everyChild: boolean;
  /** Children this transaction created, with their whole record: evaluated from it, with nothing read back. */
  created: Map<string, CreatedChild>;
}

/** A child created in the transaction and everything the protocol engine reads of it: its episodes, no more. */
export interface CreatedChild {
  child: Child;
  /** In reported order, as the engine's read gives them. */
  episodes: EpisodeFacts[];
}

export type MutationContext = BackendContext & {
  changed: (table: string) => void;
  /** This child's record changed (episode, return interview, meeting held, action, details): re-evaluate it. */
  childChanged: (childId: string) => void;
  /** A protocol profile changed: re-evaluate the children it governs. */
  profileChanged: (profileId: string) => void;
  /** Which profile applies to whom may have changed for anyone: re-evaluate every child. */
  everyChildChanged: () => void;
  /**
   * This child was created in this transaction and `created` is all the engine reads of it (no meeting, notice,
   * assessment or review can name a child made moments ago): its state is evaluated from it with nothing read back
   * (the import's 20,000 new children). Told once its record is complete; it also marks the child changed.
   */
  childCreated: (created: CreatedChild) => void;
};

// The open transaction's marks, found again by a mutation joining it or by audit() inside it.
const open = new WeakMap<Db, ChildMarks>();

const withMarks = (
  ctx: BackendContext,
  marks: ChildMarks,
  mark: (table: string) => void,
): MutationContext => ({
  ...ctx,
  changed: mark,
  childChanged: (id) => void marks.children.add(id),
  profileChanged: (id) => void marks.profiles.add(id),
  everyChildChanged: () => void (marks.everyChild = true),
  childCreated: (created) => {
    marks.children.add(created.child.id);
    marks.created.set(created.child.id, created);
  },
});

/**
 * audit() calls this for every row it writes in a transaction: a row naming a child whose change the protocol engine
 * reads marks the child, so no handler has to remember to (protocol/state/marks.ts says which changes those are).
 */
export function markChildChanged(ctx: BackendContext, row: AuditedChange): void {
  const marks = open.get(ctx.db);
  if (marks) noteAudited(marks, row);
}

/**
 * Runs `fn` in one transaction on either engine (House style: every write and its audit row commit together or not
 * at all). Handlers write through the `tx` context it passes; a mutation inside a mutation joins the outer one.
 * Before commit, the children marked as changed are re-evaluated and their protocol state stored in the same
 * transaction (issue 15), so no screen ever reads a state older than the record. After commit, `onCommit` hears
 * which tables changed, so team mode can tell other windows.
 * A transaction refused because the database was busy (SQLITE_BUSY, PostgreSQL 40001 / 40P01) was rolled back
 * whole, so the whole mutation runs again, a bounded number of times (db/busy.ts).
 */
export async function mutation<T>(ctx: BackendContext, fn: (tx: MutationContext) => Promise<T>): Promise<T> {
  let changed = new Set<string>();
  const mark = (table: string) => void changed.add(table);
  const joined = ctx.db.isTransaction ? open.get(ctx.db) : undefined;
  if (ctx.db.isTransaction) {
    const marks = joined ?? {
      children: new Set<string>(),
      profiles: new Set<string>(),
      everyChild: false,
      created: new Map<string, CreatedChild>(),
    };
    return fn(withMarks(ctx, marks, mark));
  }
  const result = await retryWhileBusy(() => {
    // A retried attempt starts from nothing: what a rolled-back attempt marked was never committed.
    changed = new Set<string>();
    return ctx.db.transaction().execute(async (trx) => {
      const marks: ChildMarks = {
        children: new Set(),
        profiles: new Set(),
        everyChild: false,
        created: new Map(),
      };
      open.set(trx, marks);
      const tx = withMarks({ ...ctx, db: trx }, marks, mark);
      const value = await fn(tx);
      await refreshMarked(tx, marks);
      return value;
    });
  }, ctx.onBusyRetry);
  if (changed.size > 0) ctx.onCommit?.(changed);
  return result;
}
