import type { AgendaTemplateItem } from '../domain/meeting';
import { PREVIOUS_ACTIONS_KEY } from './kinds';

/** An agenda item as a new meeting gets it, before it has an id. */
export interface PlannedItem {
  key: string;
  title: string;
  guidance: string;
  source: string;
  /** The child the item is about; null for a general item of a meeting about several children (or none). */
  childId: string | null;
}

const PREVIOUS_ACTIONS_ITEM = {
  key: PREVIOUS_ACTIONS_KEY,
  title: 'Review of previous actions',
  guidance: 'The actions still open from earlier meetings about this child.',
  source: 'ST 13.16, ST 15.5',
};

/**
 * Copies a template into a meeting's agenda. Consecutive 'each-child' items form a section repeated for each child,
 * in the order the children were given (W-KC daily review, ST 15.5 weekly meeting); general items are asked once.
 * With one child, every item is about that child.
 *
 * A child with open actions from earlier meetings always gets a review of previous actions: when the template has
 * none (an administrator removed it, or the urgent care review's five points of ST 14.3), one is put first in the
 * child's section, or first on the agenda.
 */
export function expandAgenda(
  template: readonly AgendaTemplateItem[],
  childIds: readonly string[],
  childrenWithOpenActions: ReadonlySet<string>,
): PlannedItem[] {
  const only = childIds.length === 1 ? (childIds[0] ?? null) : null;
  const plain = (t: AgendaTemplateItem, childId: string | null): PlannedItem => ({
    key: t.key,
    title: t.title,
    guidance: t.guidance,
    source: t.source,
    childId,
  });

  const out: PlannedItem[] = [];
  let block: AgendaTemplateItem[] = [];
  const flush = () => {
    for (const childId of childIds) for (const t of block) out.push(plain(t, childId));
    block = [];
  };
  for (const t of template) {
    if (t.scope === 'each-child') {
      block.push(t);
      continue;
    }
    flush();
    out.push(plain(t, only));
  }
  flush();

  for (const childId of childIds) {
    if (!childrenWithOpenActions.has(childId)) continue;
    const covered = out.some(
      (i) => i.key === PREVIOUS_ACTIONS_KEY && (i.childId === childId || i.childId === null),
    );
    if (covered) continue;
    const sectionStart = only === null ? out.findIndex((i) => i.childId === childId) : -1;
    out.splice(Math.max(sectionStart, 0), 0, { ...PREVIOUS_ACTIONS_ITEM, childId });
  }
  return out;
}
