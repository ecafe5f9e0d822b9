import type { ApiMethod, ApiOutput } from '../../../shared/api';
import type { Db } from '../db/schema';
import type { Handler } from '../handler';
import { mutation } from '../mutation';
import { auditShown, childrenShownIn } from './views';

/**
 * The read methods whose answers carry children's names: each answer is audited as a view of the children it
 * holds, in the transaction that read them. (children.get, meetings.get and meetings.pack audit their own view of
 * one record; writes audit the record they change.) test/unit/trust/every-method.test.ts walks the whole contract
 * and fails for a method missing here that shows a child.
 */
export const VIEWED_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'children.list',
  'protocol.due',
  'protocol.child',
  'dailyReview.board',
  'dashboard.month',
  'meetings.list',
  'meetings.listForChild',
  'actions.list',
]);

/** The record a view was of, when it was of one (never the search text: that may be a child's name). */
function viewedRecord(args: unknown): string {
  if (args && typeof args === 'object') {
    for (const key of ['childId', 'meetingId', 'month', 'day']) {
      const v = (args as Record<string, unknown>)[key];
      if (typeof v === 'string') return v;
    }
  }
  return '';
}

/**
 * Answers whose every id is a child's, read from the children table in the transaction being audited: the children
 * they show are those ids, with no lookup to tell children from episodes or meetings (a read of 500 ids, a tenth of
 * the children list's own time on the bench county). Any other answer's ids are looked up (childrenShownIn).
 */
const CHILDREN_BY_ID: Partial<Record<ApiMethod, (answer: unknown) => string[]>> = {
  'children.list': (answer) => (answer as ApiOutput<'children.list'>).map((c) => c.id),
  // "Every child above once" (shared/api/dashboard.ts), restricted ones taken out with the rest (accounts/redact.ts).
  // Its ids looked up as candidates were 110 ms at 100,000 children: the board's episodes and actions made them
  // enough to read every child's id.
  'dailyReview.board': (answer) => (answer as ApiOutput<'dailyReview.board'>).childIds,
};

const shownIn = (method: ApiMethod, db: Db, answer: unknown): Promise<string[]> => {
  const ids = CHILDREN_BY_ID[method];
  return ids ? Promise.resolve(ids(answer)) : childrenShownIn(db, answer);
};

/** The handler, with its answer audited as a view when the method is one that shows children. */
export function withViewAudit<K extends ApiMethod>(method: K, handler: Handler<K>): Handler<K> {
  if (!VIEWED_METHODS.has(method)) return handler;
  return (args, ctx) =>
    mutation(
      ctx,
      async (tx) => {
        const answer = await handler(args, tx);
        await auditShown(tx, 'view', method, viewedRecord(args), await shownIn(method, tx.db, answer));
        return answer;
      },
      // Every part of the answer as of one moment (mutation.ts), as a screen of figures and lists must be.
      { snapshot: true },
    );
}
