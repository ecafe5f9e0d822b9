import type { BackendContext } from '../context';
import { retryWhileBusy } from '../db/busy';
import type { Db } from '../db/schema';
import { appendAudit, type PendingAudit } from './append';

/**
 * Group commit for views (issue 10). Every audited read ends in a write to the audit chain, whose lock each server
 * process's writers take in turn: thirty people reading Due and boards were thirty transactions queueing for it.
 * Here the view rows of the reads one process answers at about the same time are linked in one transaction: while
 * one batch is being written, the views that arrive wait for it, then go together as the next. Each read answers
 * only after its batch has committed, so a look is still on the trail before the data is shown, and a crash loses
 * no look anyone saw. An idle server adds no delay: a lone view is written at once.
 */
interface Waiting {
  entries: readonly PendingAudit[];
  done: () => void;
  failed: (error: unknown) => void;
}

interface Writer {
  waiting: Waiting[];
  writing: boolean;
}

/** Rows per batch transaction: a long queue is written in several, so none holds the chain's lock for long. */
const BATCH_ROWS = 200;

// One writer per database (per backend), found by the database handle the backend opened.
const writers = new WeakMap<Db, Writer>();

/** Links these view rows into the chain in the next batch transaction; resolves once that batch has committed. */
export function commitViews(ctx: BackendContext, entries: readonly PendingAudit[]): Promise<void> {
  let writer = writers.get(ctx.db);
  if (!writer) writers.set(ctx.db, (writer = { waiting: [], writing: false }));
  const queued = new Promise<void>((done, failed) => writer.waiting.push({ entries, done, failed }));
  if (!writer.writing) void writeBatches(ctx, writer);
  return queued;
}

// `ctx` is the context of the read that started the writer: only its database, engine and audit key are used (each
// row carries its own person and instant), so later batches written with it are theirs as much as its.
async function writeBatches(ctx: BackendContext, writer: Writer): Promise<void> {
  writer.writing = true;
  try {
    while (writer.waiting.length > 0) {
      const batch = takeBatch(writer.waiting);
      const entries = batch.flatMap((w) => w.entries);
      try {
        await retryWhileBusy(
          () => ctx.db.transaction().execute((trx) => appendAudit({ ...ctx, db: trx }, entries)),
          ctx.onBusyRetry,
        );
        for (const w of batch) w.done();
      } catch (error) {
        // Nobody in a batch that was not written is shown what they asked for.
        for (const w of batch) w.failed(error);
      }
    }
  } finally {
    writer.writing = false;
  }
}

/** The oldest waiting reads, up to BATCH_ROWS rows (at least one read, however many rows it has). */
function takeBatch(waiting: Waiting[]): Waiting[] {
  let rows = 0;
  let n = 0;
  while (n < waiting.length && (n === 0 || rows + waiting[n]!.entries.length <= BATCH_ROWS)) {
    rows += waiting[n]!.entries.length;
    n += 1;
  }
  return waiting.splice(0, n);
}
