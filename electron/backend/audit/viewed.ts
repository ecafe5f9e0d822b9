import type { ApiMethod } from '../../../shared/api';
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

/** The handler, with its answer audited as a view when the method is one that shows children. */
export function withViewAudit<K extends ApiMethod>(method: K, handler: Handler<K>): Handler<K> {
  if (!VIEWED_METHODS.has(method)) return handler;
  return (args, ctx) =>
    mutation(ctx, async (tx) => {
      const answer = await handler(args, tx);
      await auditShown(tx, 'view', method, viewedRecord(args), await childrenShownIn(tx.db, answer));
      return answer;
    });
}
