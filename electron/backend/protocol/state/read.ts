import type { ChildEvaluation } from '../../../../shared/protocol';
import type { BackendContext } from '../../context';
import { mutation } from '../../mutation';
import { listActiveStates, readState, staleChildIds, type StoredState } from './queries';
import { refreshChildren, type StoredHeader } from './refresh';

/**
 * Re-evaluates the children whose stored state no longer holds at the context's now (their next change has come,
 * or they have none yet), in one transaction. Due, the board and the dashboard call it before they read, the
 * backend at start and on a timer, so each answer is as of the request's own instant.
 */
export async function sweep(ctx: BackendContext): Promise<number> {
  const stale = await staleChildIds(ctx.db, ctx.now().toISOString());
  if (stale.length === 0) return 0;
  return mutation(ctx, (tx) => refreshChildren(tx, stale));
}

/** A stored answer seen as of `asOf`: the same as evaluating now, since nothing in it changes before its next change. */
const asOfNow = (evaluation: ChildEvaluation, asOf: string): ChildEvaluation => ({ ...evaluation, asOf });

export interface ActiveChild {
  childId: string;
  childName: string;
  caseReference: string;
  /** The answer on the Due list's look-back, as of now. */
  evaluation: ChildEvaluation;
}

const active = (s: StoredState, asOf: string): ActiveChild => ({
  childId: s.childId,
  childName: s.childName,
  caseReference: s.caseReference,
  evaluation: asOfNow(
    s.dueEvaluation === null
      ? (JSON.parse(s.evaluation) as StoredHeader).evaluation
      : (JSON.parse(s.dueEvaluation) as ChildEvaluation),
    asOf,
  ),
});

/**
 * The children in the look-back with something due (and, for the board, with a stage reached), as of the context's
 * now, after a sweep. In the order of the children table, as the full evaluation read them.
 */
export async function activeChildren(ctx: BackendContext, withStage: boolean): Promise<ActiveChild[]> {
  await sweep(ctx);
  const asOf = ctx.now().toISOString();
  return (await listActiveStates(ctx.db, ctx.engine, withStage)).map((s) => active(s, asOf));
}

/**
 * The child header's answer as of now, from the stored state (re-evaluated first if it no longer holds), with the
 * answer on the Due list's look-back, from which the child page lists its items so that it and Due agree.
 */
export async function storedHeader(
  ctx: BackendContext,
  childId: string,
): Promise<(StoredHeader & { dueEvaluation: ChildEvaluation }) | undefined> {
  const now = ctx.now().toISOString();
  let row = await readState(ctx.db, childId);
  const holds =
    row !== undefined && row.evaluated_at <= now && (row.next_change_at === null || row.next_change_at > now);
  if (!holds) {
    await mutation(ctx, (tx) => refreshChildren(tx, [childId]));
    row = await readState(ctx.db, childId);
  }
  if (row === undefined) return undefined;
  const header = JSON.parse(row.evaluation) as StoredHeader;
  const dueEvaluation =
    row.due_evaluation === null ? header.evaluation : (JSON.parse(row.due_evaluation) as ChildEvaluation);
  return {
    ...header,
    evaluation: asOfNow(header.evaluation, now),
    dueEvaluation: asOfNow(dueEvaluation, now),
  };
}
