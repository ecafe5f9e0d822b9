import type { BackendContext } from '../../context';
import type { ChildMarks } from '../../mutation';
import { authorityProfiles } from '../profiles';
import { allChildIds, childIdsForProfile } from './queries';
import { refreshChildren } from './refresh';

/** What an audit row says of a change: enough to tell whether the protocol engine reads what changed. */
export interface AuditedChange {
  action: string;
  entity: string;
  child_id: string | null;
  detail: string | null;
}

/**
 * Views and exports change nothing; a meeting's minutes, decisions and attendance are not what the engine reads of
 * a meeting (its kind, stage, status and time are), so a minute-taker's autosave does not re-evaluate 60 children.
 * Everything else naming a child (episodes and return interviews, details, meetings, actions, imports, risk
 * assessments, whose dates WG appendix a's due rule reads, the escalation log and the host authority's copy of the
 * minutes: shared/protocol/escalations.ts) does.
 */
export function changesProtocolFacts(row: AuditedChange): boolean {
  if (row.action === 'view' || row.action === 'export') return false;
  return !(row.entity === 'meeting' && /^(minutes|decisions|attendees)/.test(row.detail ?? ''));
}

/** Notes what an audited change means for the protocol state: a child, or (the default profile) every child. */
export function noteAudited(marks: ChildMarks, row: AuditedChange): void {
  if (row.entity === 'settings' && row.action === 'update' && /\bdefaultProfileId\b/.test(row.detail ?? ''))
    marks.everyChild = true;
  if (row.child_id !== null && changesProtocolFacts(row)) marks.children.add(row.child_id);
}

/** Re-evaluates what a mutation marked, inside its transaction, just before it commits. */
export async function refreshMarked(tx: BackendContext, marks: ChildMarks): Promise<void> {
  // A profile some authority maps to may now govern children who fell back to the default: evaluate everyone.
  const mapped = new Set(Object.values(marks.profiles.size > 0 ? await authorityProfiles(tx) : {}));
  if (marks.everyChild || [...marks.profiles].some((id) => mapped.has(id))) {
    await refreshChildren(tx, await allChildIds(tx.db), marks.created);
    return;
  }
  const ids = new Set(marks.children);
  for (const profileId of marks.profiles)
    for (const id of await childIdsForProfile(tx.db, profileId)) ids.add(id);
  await refreshChildren(tx, ids, marks.created);
}
