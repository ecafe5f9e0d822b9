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
 * An episode's fields the protocol engine never reads (it reads category, the report and return instants, the police
 * gradings, the return interview and the trafficking concern: episodes/queries.ts selectEpisodeFacts). An update
 * that changed only these cannot change the child's answer, so it is not re-evaluated: a co-ordinator's edit of a
 * 500-episode child's notes was 12 of its 17 ms on the bench's county re-evaluating an answer it could not change.
 * Listed as the fields not read, so a field added later is re-evaluated until someone says otherwise here.
 */
const EPISODE_FIELDS_NOT_READ: ReadonlySet<string> = new Set([
  'lastSeenAt',
  'policeReference',
  'missingFrom',
  'whereFound',
  'returnMethod',
  'factors',
  'notes',
]);

/** An episode update's audit detail names the fields it changed (episodes/save.ts); none the engine reads. */
const episodeEditOfUnreadFields = (row: AuditedChange): boolean =>
  row.entity === 'episode' &&
  row.action === 'update' &&
  (row.detail ?? '').split(',').every((field) => field === '' || EPISODE_FIELDS_NOT_READ.has(field));

/**
 * Views and exports change nothing; a meeting's minutes, decisions and attendance are not what the engine reads of
 * a meeting (its kind, stage, status and time are), so a minute-taker's autosave does not re-evaluate 60 children;
 * nor are an episode's notes and the other fields above.
 * Everything else naming a child (episodes and return interviews, details, meetings, actions, imports, risk
 * assessments, whose dates WG appendix a's due rule reads, the escalation log and the host authority's copy of the
 * minutes: shared/protocol/escalations.ts) does.
 */
export function changesProtocolFacts(row: AuditedChange): boolean {
  if (row.action === 'view' || row.action === 'export') return false;
  if (episodeEditOfUnreadFields(row)) return false;
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
