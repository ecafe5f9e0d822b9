import { DAY_MS, londonToday } from '../../../shared/time/london';
import { dateOfBirthProblem, type ChildInput } from '../../../shared/domain/child';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { DomainError, notFound } from '../errors';
import type { Handlers } from '../handler';
import { newId } from '../ids';
import { listEpisodesForChild } from '../episodes/queries';
import { findChildByCaseReference, getChild, insertChild, listChildSummaries, updateChild } from './queries';

/** The list is for finding a child, not for reading every record: past this, the user narrows the search. */
export const CHILD_LIST_LIMIT = 500;

function assertCaseReferenceFree(ctx: BackendContext, c: ChildInput, exceptId: string | null): void {
  const other = findChildByCaseReference(ctx.db, c.caseReference);
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
  'children.list' | 'children.get' | 'children.create' | 'children.update'
> = {
  'children.list': (q, ctx) =>
    listChildSummaries(ctx.db, {
      ...q,
      since: new Date(ctx.now().getTime() - 90 * DAY_MS).toISOString(),
      limit: CHILD_LIST_LIMIT,
    }),

  'children.get': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const child = getChild(ctx.db, id);
      if (!child) throw notFound('The child');
      audit(ctx, 'view', 'child', id, id);
      return { child, episodes: listEpisodesForChild(ctx.db, id) };
    })(),

  'children.create': (input, ctx) =>
    ctx.db.transaction(() => {
      assertBornByToday(ctx, input);
      assertCaseReferenceFree(ctx, input, null);
      const id = newId();
      insertChild(ctx.db, id, input, ctx.now().toISOString());
      audit(ctx, 'create', 'child', id, id);
      return getChild(ctx.db, id)!;
    })(),

  'children.update': ({ id, child }, ctx) =>
    ctx.db.transaction(() => {
      const before = getChild(ctx.db, id);
      if (!before) throw notFound('The child');
      assertBornByToday(ctx, child);
      assertCaseReferenceFree(ctx, child, id);
      updateChild(ctx.db, id, child, ctx.now().toISOString());
      audit(ctx, 'update', 'child', id, id, changedFields(before, child));
      return getChild(ctx.db, id)!;
    })(),
};
