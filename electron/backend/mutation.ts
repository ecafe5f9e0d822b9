import { appendAudit, type PendingAudit } from './audit/append';
import { commitViews } from './audit/groupCommit';
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

/** What an open mutation's transaction gathers before it commits. */
interface OpenMutation {
  marks: ChildMarks;
  /** Its audit rows, in the order audit() was called: linked into the chain just before commit. */
  audit: PendingAudit[];
  /** Its views: linked after commit with other reads' views, in one batch (audit/groupCommit.ts). */
  views: PendingAudit[];
}

// The open transaction's marks and audit rows, found again by a mutation joining it or by audit() inside it.
const open = new WeakMap<Db, OpenMutation>();

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
  const state = open.get(ctx.db);
  if (state) noteAudited(state.marks, row);
}

/**
 * Queues audit rows in the open mutation's transaction, to be linked into the chain just before it commits (so the
 * chain's lock is held only then: audit/append.ts). False when `ctx` is not in a transaction mutation() opened (the
 * copy to a server opens its own), and the caller must write the row itself.
 */
export function queueAudit(ctx: BackendContext, entries: readonly PendingAudit[]): boolean {
  const state = ctx.db.isTransaction ? open.get(ctx.db) : undefined;
  if (!state) return false;
  for (const e of entries) (e.row.action === 'view' ? state.views : state.audit).push(e);
  return true;
}

/**
 * Runs `fn` in one transaction on either engine (House style: every write and its audit row commit together or not
 * at all). Handlers write through the `tx` context it passes; a mutation inside a mutation joins the outer one.
 * Before commit, the children marked as changed are re-evaluated and their protocol state stored in the same
 * transaction (issue 15), so no screen ever reads a state older than the record; then the audit rows audit() queued
 * are linked into the chain, the last thing before commit. After commit, `onCommit` hears which tables changed, so
 * team mode can tell other windows, and the views audit() queued are committed with other reads' (groupCommit.ts)
 * before the result is returned.
 * A transaction refused because the database was busy (SQLITE_BUSY, PostgreSQL 40001 / 40P01) was rolled back
 * whole, so the whole mutation runs again, a bounded number of times (db/busy.ts).
 */
export interface MutationOptions {
  /**
   * A read and what it keeps up to date (the sweep of stale protocol states), seen as of one moment: on PostgreSQL
   * REPEATABLE READ, where READ COMMITTED lets each statement see what others committed since the last. The Due
   * screen reads its page and then the page's children's answers; a save between them made the two disagree (the
   * load test's co-ordinators). A state the sweep writes that someone else changed meanwhile is a serialization
   * failure, retried whole (db/busy.ts). Only views may be audited in one: a change's audit row is chained from the
   * chain's end read under its lock, which this snapshot would show as it was before.
   */
  snapshot?: boolean;
}

export async function mutation<T>(
  ctx: BackendContext,
  fn: (tx: MutationContext) => Promise<T>,
  options: MutationOptions = {},
): Promise<T> {
  let changed = new Set<string>();
  let views: PendingAudit[] = [];
  const mark = (table: string) => void changed.add(table);
  const joined = ctx.db.isTransaction ? open.get(ctx.db) : undefined;
  if (ctx.db.isTransaction) {
    const marks = joined?.marks ?? {
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
    const begin = ctx.db.transaction();
    return (options.snapshot ? begin.setIsolationLevel('repeatable read') : begin).execute(async (trx) => {
      const state: OpenMutation = {
        marks: { children: new Set(), profiles: new Set(), everyChild: false, created: new Map() },
        audit: [],
        views: [],
      };
      views = state.views;
      open.set(trx, state);
      const tx = withMarks({ ...ctx, db: trx }, state.marks, mark);
      const value = await fn(tx);
      await refreshMarked(tx, state.marks);
      if (options.snapshot && state.audit.length > 0)
        throw new Error('A read seen as of one moment cannot chain the audit rows of a change.');
      // Last, so the audit chain's lock is held from here to commit only.
      await appendAudit(tx, state.audit);
      return value;
    });
  }, ctx.onBusyRetry);
  if (changed.size > 0) ctx.onCommit?.(changed);
  // A view is on the trail before its answer is returned: committed in the next batch of views (none is lost in a
  // crash before anyone saw the data), not in this transaction, which then never waits for the chain's lock.
  if (views.length > 0) await commitViews(ctx, views);
  return result;
}
