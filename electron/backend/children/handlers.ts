import { DAY_MS, londonToday } from '../../../shared/time/london';
import { dateOfBirthProblem, type ChildInput } from '../../../shared/domain/child';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { DomainError, notFound } from '../errors';
import type { Handlers } from '../handler';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { claimRevision } from '../revision';
import { listEpisodesForChild } from '../episodes/queries';
import { listRecordSeen } from './seenBy';
import { findChildByCaseReference, getChild, insertChild, listChildSummaries, updateChild } from './queries';

/** The list is for finding a child, not for reading every record: past this, the user narrows the search. */
export const CHILD_LIST_LIMIT = 500;

async function assertCaseReferenceFree(ctx: BackendContext, c: ChildInput, exceptId: string | null) {
  const other = await findChildByCaseReference(ctx.db, c.caseReference);
  if (other && other.id !== exceptId) {
    throw new DomainError('conflict', `Case reference ${c.caseReference} is already used by another child.`, [
      { field: 'caseReference', message: 'is already used by another child' },
    ]);
  }
}

/** The shared rule (shared/domain/child.ts), so a script or an old window cannot save "Age -4" either. */
function assertBornByToday(ctx: BackendContext, c: ChildInput): void {
  const problem = dateOfBirthProblem(c.dateOfBirth, londonToday(ctx.now()));
  if (problem)
    throw new DomainError('invalid', `Date of birth ${problem}.`, [
      { field: 'dateOfBirth', message: problem },
    ]);
}

const changedFields = (before: object, after: object): string =>
  Object.keys(after)
    .filter((k) => (before as Record<string, unknown>)[k] !== (after as Record<string, unknown>)[k])
    .join(',');

export const childrenHandlers: Handlers<
  'children.list' | 'children.get' | 'children.create' | 'children.update' | 'children.seenBy'
> = {
  'children.seenBy': async ({ childId }, ctx) => {
    if (!(await getChild(ctx.db, childId))) throw notFound('The child');
    return listRecordSeen(ctx.db, childId);
  },

  'children.list': (q, ctx) =>
    listChildSummaries(ctx.db, {
      ...q,
      since: new Date(ctx.now().getTime() - 90 * DAY_MS).toISOString(),
      limit: CHILD_LIST_LIMIT,
      engine: ctx.engine,
    }),

  'children.get': ({ id }, ctx) =>
    mutation(ctx, async (tx) => {
      const child = await getChild(tx.db, id);
      if (!child) throw notFound('The child');
      await audit(tx, 'view', 'child', id, id);
      return { child, episodes: await listEpisodesForChild(tx.db, id) };
    }),

  'children.create': (input, ctx) =>
    mutation(ctx, async (tx) => {
      assertBornByToday(tx, input);
      await assertCaseReferenceFree(tx, input, null);
      const id = newId();
      await insertChild(tx.db, id, input, tx.now().toISOString());
      tx.changed('children');
      await audit(tx, 'create', 'child', id, id);
      return (await getChild(tx.db, id))!;
    }),

  'children.update': ({ id, baseRevision, child }, ctx) =>
    mutation(ctx, async (tx) => {
      const before = await getChild(tx.db, id);
      if (!before) throw notFound('The child');
      await claimRevision(tx, 'children', id, baseRevision);
      assertBornByToday(tx, child);
      await assertCaseReferenceFree(tx, child, id);
      await updateChild(tx.db, id, child, tx.now().toISOString());
      tx.changed('children');
      await audit(tx, 'update', 'child', id, id, changedFields(before, child));
      return (await getChild(tx.db, id))!;
    }),
};
