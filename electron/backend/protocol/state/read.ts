import type { ChildEvaluation, DueEvaluation } from '../../../../shared/protocol';
import type { BackendContext } from '../../context';
import { mutation } from '../../mutation';
import { listActiveStates, readState, staleChildIds, type StoredState } from './queries';
import { refreshChildren } from './refresh';
import { parseDuePart, parseHeader, type StoredHeader } from './storedText';

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
  /** What the Due list and the board read of the answer on the Due list's look-back, as of now. */
  evaluation: DueEvaluation;
}

/** The stored Due part; a row written before it was always stored (null) has the same answer in its header. */
export const dueOf = (dueEvaluation: string | null, evaluation: string | null): DueEvaluation =>
  dueEvaluation === null ? parseHeader(evaluation ?? 'null').evaluation : parseDuePart(dueEvaluation);

const active = (s: StoredState): ActiveChild => ({
  childId: s.childId,
  childName: s.childName,
  caseReference: s.caseReference,
  evaluation: dueOf(s.dueEvaluation, s.evaluation),
});

/**
 * The children in the look-back with something due (and, for the board, with a stage reached), as of the context's
 * now, after a sweep. In the order of the children table, as the full evaluation read them.
 */
export async function activeChildren(ctx: BackendContext, withStage: boolean): Promise<ActiveChild[]> {
  await sweep(ctx);
  return (await listActiveStates(ctx.db, ctx.engine, withStage)).map(active);
}

/**
 * The child header's answer as of now, from the stored state (re-evaluated first if it no longer holds), with the
 * answer on the Due list's look-back, from which the child page lists its items so that it and Due agree.
 */
export async function storedHeader(
  ctx: BackendContext,
  childId: string,
): Promise<(StoredHeader & { dueEvaluation: DueEvaluation }) | undefined> {
  const now = ctx.now().toISOString();
  let row = await readState(ctx.db, childId);
  const holds =
    row !== undefined && row.evaluated_at <= now && (row.next_change_at === null || row.next_change_at > now);
  if (!holds) {
    await mutation(ctx, (tx) => refreshChildren(tx, [childId]));
    row = await readState(ctx.db, childId);
  }
  if (row === undefined) return undefined;
  const header = parseHeader(row.evaluation);
  const dueEvaluation = row.due_evaluation === null ? header.evaluation : parseDuePart(row.due_evaluation);
  return { ...header, evaluation: asOfNow(header.evaluation, now), dueEvaluation };
}
