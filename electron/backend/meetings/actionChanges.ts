import {
  needsReason,
  REASON_MESSAGE,
  type ActionChange,
  type ActionChangeField,
  type ActionFieldChange,
} from '../../../shared/meetings/actionChanges';
import type { MeetingAction } from '../../../shared/domain/meeting';
import type { BackendContext } from '../context';
import type { Db } from '../db/schema';
import { invalid } from '../errors';
import { newId } from '../ids';
import { requireMeetingStatus } from './guard';

const CHUNK = 500;

type Tracked = Pick<MeetingAction, 'status' | 'owner' | 'agency' | 'dueOn'>;
export type TrackedChange = Partial<Tracked> & { reason?: string | undefined };

/**
 * Keeps a change to an agreed action, refusing it without a reason where one is needed (needsReason). What is kept:
 * every change once the minutes are approved (they no longer say what the action now is), and a drop at any time.
 * Before approval an edit of owner, agency or date is still the minutes being written, so it is not a "change".
 */
export async function recordActionChange(
  tx: BackendContext,
  before: MeetingAction,
  change: TrackedChange,
): Promise<void> {
  const meetingStatus = await requireMeetingStatus(tx, before.meetingId);
  const reason = change.reason?.trim() ?? '';
  if (needsReason(meetingStatus, change, before) && reason === '') {
    throw invalid([{ field: 'reason', message: REASON_MESSAGE }]);
  }
  const fields: ActionFieldChange[] = (['owner', 'agency', 'dueOn', 'status'] as const)
    .filter((k) => change[k] !== undefined && change[k] !== before[k])
    .map((k) => ({ field: k, from: before[k], to: change[k] ?? null }));
  const dropping = change.status === 'dropped' && before.status !== 'dropped';
  if (fields.length === 0 || (meetingStatus !== 'approved' && !dropping)) return;
  const at = tx.now().toISOString();
  const by = tx.user();
  const changeId = newId();
  await tx.db
    .insertInto('meeting_action_changes')
    .values(
      fields.map((f) => ({
        change_id: changeId,
        action_id: before.id,
        field: f.field,
        from_value: f.from,
        to_value: f.to,
        reason,
        changed_at: at,
        changed_by: by,
      })),
    )
    .execute();
}

const FIELD_ORDER: Record<ActionChangeField, number> = { owner: 0, agency: 1, dueOn: 2, status: 3 };

/** The changes to these actions, one per request, in the order they were made. */
export async function listActionChanges(db: Db, actionIds: readonly string[]): Promise<ActionChange[]> {
  const rows = [];
  for (let i = 0; i < actionIds.length; i += CHUNK) {
    rows.push(
      ...(await db
        .selectFrom('meeting_action_changes')
        .selectAll()
        .where('action_id', 'in', actionIds.slice(i, i + CHUNK))
        .orderBy('id')
        .execute()),
    );
  }
  // Chunks of actions each come in order; the whole list is put in order by the first row of each change.
  rows.sort((a, b) => a.id - b.id);
  const groups = new Map<string, ActionChange>();
  for (const r of rows) {
    const key = r.change_id;
    const group = groups.get(key) ?? {
      actionId: r.action_id,
      changes: [],
      reason: r.reason,
      changedAt: r.changed_at,
      changedBy: r.changed_by,
    };
    // The field was checked against ACTION_CHANGE_FIELDS by the table's CHECK when written.
    group.changes.push({ field: r.field as ActionChangeField, from: r.from_value, to: r.to_value });
    groups.set(key, group);
  }
  const out = [...groups.values()];
  for (const g of out) g.changes.sort((a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field]);
  return out;
}
