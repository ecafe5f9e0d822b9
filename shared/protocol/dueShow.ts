import type { DueItem, DueItemKind } from './dueList';

/**
 * The Due screen's filters. The backend pages and counts by the same (protocol/state/dueQueries.ts says each in
 * SQL), so a filter shows every item of its kind however long the county's list is, not only those on the page.
 */
export const DUE_SHOWS = ['all', 'meeting', 'notification', 'escalation', 'return'] as const;
export type DueShow = (typeof DUE_SHOWS)[number];

export const RETURN_KINDS: readonly DueItemKind[] = ['return-interview', 'return-step'];

export function dueItemShows(show: DueShow, item: Pick<DueItem, 'kind' | 'escalationKey'>): boolean {
  switch (show) {
    case 'all':
      return true;
    case 'meeting':
    case 'notification':
      return item.kind === show;
    case 'escalation':
      return item.escalationKey !== null;
    case 'return':
      return RETURN_KINDS.includes(item.kind);
  }
}

/** How many items each filter shows, and how many of them all are overdue. */
export type DueCounts = Record<DueShow, number> & { overdue: number };

export const NO_DUE_COUNTS: DueCounts = {
  all: 0,
  meeting: 0,
  notification: 0,
  escalation: 0,
  return: 0,
  overdue: 0,
};

export function countDueItems(items: readonly DueItem[]): DueCounts {
  const counts = { ...NO_DUE_COUNTS };
  for (const item of items) {
    for (const show of DUE_SHOWS) if (dueItemShows(show, item)) counts[show] += 1;
    if (item.overdue) counts.overdue += 1;
  }
  return counts;
}

export function addDueCounts(a: DueCounts, b: DueCounts): DueCounts {
  const sum = { ...a };
  for (const key of Object.keys(sum) as Array<keyof DueCounts>) sum[key] += b[key];
  return sum;
}
