import type { RecordSeen } from '../../../shared/api/children';
import { auditIdsShowing } from '../audit/mergeLinks';
import type { Db } from '../db/schema';

/** How many rows the panel shows: the newest; the whole trail is for an investigator's export. */
const SEEN_LIMIT = 200;

const WHAT: Record<string, string> = {
  child: 'Child record',
  meeting: 'Meeting',
  chronology: 'Chronology (Word)',
  dashboard: 'Monthly dashboard',
  'children.list': 'Children list',
  'protocol.due': 'Due list',
  'protocol.child': 'Protocol status',
  'dailyReview.board': 'Daily Review board',
  'dashboard.month': 'Monthly dashboard',
  'meetings.list': 'Meetings list',
  'meetings.listForChild': 'The child’s meetings',
  'actions.list': 'Actions list',
  philomena: 'Philomena Protocol profile',
};

/** Every view and export naming the child, directly or through its links (merged or not yet), newest first. */
export async function listRecordSeen(db: Db, childId: string): Promise<RecordSeen[]> {
  const rows = await db
    .selectFrom('audit as a')
    .select(['a.id', 'a.at', 'a.user', 'a.account', 'a.action', 'a.entity', 'a.entity_id', 'a.detail'])
    .where('a.action', 'in', ['view', 'export'])
    .where((eb) => eb.or([eb('a.child_id', '=', childId), eb('a.id', 'in', auditIdsShowing(db, childId))]))
    .orderBy('a.id', 'desc')
    .limit(SEEN_LIMIT)
    .execute();
  return rows.map((r) => {
    // A file's name says what it was; otherwise the screen, and the kind of file when a document was exported.
    const kind = /\b(docx|csv|pack)\b/.exec(r.detail ?? '')?.[1];
    const screen = WHAT[r.entity] ?? r.entity;
    return {
      at: r.at,
      user: r.user,
      account: r.account,
      action: r.action === 'export' ? 'export' : 'view',
      what: r.entity === 'file' ? r.entity_id : kind ? `${screen} (${kind})` : screen,
      children: Number(/children=(\d+)/.exec(r.detail ?? '')?.[1] ?? 1),
    };
  });
}
