import { buildDueList, type DueEvaluation, type DueItem } from '../../../../shared/protocol';
import { isIsoDate } from '../../../../shared/protocol/london';
import { DAY_MS } from '../../../../shared/time/london';
import type { DueItemsTable } from '../../db/schema';
import { RETURN_ITEMS_STALE_AFTER_DAYS } from '../evaluate';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The stored rows of one child's Due items (migration 0029), in the child's own list order. Which items there are
 * and their deadlines do not depend on the instant the list is read at (only their words do), so the rows hold
 * until the child's state next changes, as the state itself does. `asOf` only words the items, which are not kept.
 */
export function dueItemRows(
  childId: string,
  childName: string,
  due: DueEvaluation,
  asOf: string,
): DueItemsTable[] {
  const interviewDeadline = new Map(due.returnInterviews.map((r) => [r.episodeId, r.deadlineAt]));
  return buildDueList([{ childId, childName, evaluation: due }], asOf).map((item, position) => ({
    child_id: childId,
    position,
    item_key: item.key,
    kind: item.kind,
    escalation: item.escalationKey === null ? 0 : 1,
    child_name: childName,
    deadline_at: item.deadlineAt === null ? null : iso(item.deadlineAt),
    overdue_from: overdueFrom(item),
    visible_until: visibleUntil(item, interviewDeadline),
  }));
}

// dueList.ts deadlineFields: a date is overdue from the start of the next London day (its deadline), an instant
// once it has passed (a millisecond after).
function overdueFrom(item: DueItem): string | null {
  if (item.dueBy === null || item.deadlineAt === null) return null;
  return iso(isIsoDate(item.dueBy) ? item.deadlineAt : item.deadlineAt + 1);
}

// evaluate.ts withoutStaleReturns and isStaleReturnItem: a return interview and its steps leave the Due screen 30
// days after the interview's deadline, and a step also 30 days after its own.
function visibleUntil(item: DueItem, interviewDeadline: ReadonlyMap<string, number>): string | null {
  if (item.kind !== 'return-interview' && item.kind !== 'return-step') return null;
  const interview = interviewDeadline.get(item.episodeIds[0] ?? '');
  const last = Math.min(interview ?? Infinity, item.deadlineAt ?? Infinity);
  return Number.isFinite(last) ? iso(last + RETURN_ITEMS_STALE_AFTER_DAYS * DAY_MS) : null;
}
