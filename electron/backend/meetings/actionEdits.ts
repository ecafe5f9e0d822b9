import type { ActionInput, MeetingAction } from '../../../shared/domain/meeting';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { DomainError, invalid, notFound } from '../errors';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { claimRevision } from '../revision';
import {
  deleteAction,
  getAction,
  insertAction,
  isActionReviewedElsewhere,
  updateActionFields,
} from './actions';
import { londonToday as londonTodayOf } from '../../../shared/time/london';
import { londonToday, requireEditable } from './guard';
import { recordActionChange } from './actionChanges';
import { getItemRow } from './items';
import { getMeeting } from './queries';

/** The child an action concerns: as given, else the item's child, else the meeting's only child. */
async function resolveChild(
  ctx: BackendContext,
  meetingId: string,
  itemChildId: string | null,
  given: string | null,
): Promise<string | null> {
  const childIds = (await getMeeting(ctx.db, meetingId))?.childIds ?? [];
  if (given !== null && !childIds.includes(given)) {
    throw invalid([
      { field: 'action.childId', message: 'The action’s child is not one of the meeting’s children.' },
    ]);
  }
  return given ?? itemChildId ?? (childIds.length === 1 ? (childIds[0] ?? null) : null);
}

async function requireMeetingAction(
  ctx: BackendContext,
  meetingId: string,
  actionId: string,
): Promise<MeetingAction> {
  const action = await getAction(ctx.db, actionId, londonToday(ctx));
  if (!action || action.meetingId !== meetingId) throw notFound('The action');
  return action;
}

/** The action as it now stands, just written in this transaction. */
async function reread(ctx: BackendContext, id: string): Promise<MeetingAction> {
  const action = await getAction(ctx.db, id, londonToday(ctx));
  if (!action) throw notFound('The action');
  return action;
}

/**
 * The date an action is set: the meeting's own date when it is added during or after the meeting (a minute-taker
 * typing up the actions the next morning still records the meeting's), else the day it was added.
 */
async function dateSet(ctx: BackendContext, meetingId: string, at: string): Promise<string> {
  const meeting = await getMeeting(ctx.db, meetingId);
  const held = meeting && meeting.status !== 'draft' ? (meeting.startedAt ?? meeting.scheduledAt) : null;
  return londonTodayOf(new Date(held ?? at));
}

/** An action agreed under an agenda item; part of the minutes, so refused once they are approved. */
export async function addAction(
  ctx: BackendContext,
  p: { meetingId: string; itemId: string; action: ActionInput },
): Promise<MeetingAction> {
  return mutation(ctx, async (tx) => {
    await requireEditable(tx, p.meetingId);
    const item = await getItemRow(tx.db, p.meetingId, p.itemId);
    if (!item) throw notFound('The agenda item');
    const childId = await resolveChild(tx, p.meetingId, item.child_id, p.action.childId);
    const id = newId();
    const at = tx.now().toISOString();
    await insertAction(tx.db, {
      id,
      meetingId: p.meetingId,
      itemId: p.itemId,
      childId,
      action: p.action,
      at,
      setOn: await dateSet(tx, p.meetingId, at),
    });
    await audit(tx, 'create', 'action', id, childId);
    tx.changed('meeting_actions');
    return reread(tx, id);
  });
}

/** Edits an action as minuted, wording included. After approval only action tracking (actions.update) applies. */
export async function editAction(
  ctx: BackendContext,
  p: { meetingId: string; actionId: string; baseRevision: number; action: ActionInput },
): Promise<MeetingAction> {
  return mutation(ctx, async (tx) => {
    await requireEditable(tx, p.meetingId);
    const before = await requireMeetingAction(tx, p.meetingId, p.actionId);
    await claimRevision(tx, 'meeting_actions', p.actionId, p.baseRevision);
    const item = await getItemRow(tx.db, p.meetingId, before.itemId);
    const childId = await resolveChild(tx, p.meetingId, item?.child_id ?? null, p.action.childId);
    const a = p.action;
    await updateActionFields(
      tx.db,
      p.actionId,
      {
        what: a.what,
        owner: a.owner,
        agency: a.agency,
        due_on: a.dueOn,
        status: a.status,
        child_id: childId,
        ...(a.rationale !== undefined ? { rationale: a.rationale } : {}),
      },
      tx.now().toISOString(),
    );
    const changed: string[] = (['what', 'owner', 'agency', 'dueOn', 'status'] as const).filter(
      (k) => before[k] !== a[k],
    );
    if (a.rationale !== undefined && a.rationale !== before.rationale) changed.push('rationale');
    if (before.childId !== childId) changed.push('childId');
    await audit(tx, 'update', 'action', p.actionId, childId, changed.join(',') || null);
    tx.changed('meeting_actions');
    return reread(tx, p.actionId);
  });
}

export async function removeAction(
  ctx: BackendContext,
  p: { meetingId: string; actionId: string },
): Promise<{ id: string }> {
  return mutation(ctx, async (tx) => {
    await requireEditable(tx, p.meetingId);
    const action = await requireMeetingAction(tx, p.meetingId, p.actionId);
    if (await isActionReviewedElsewhere(tx.db, p.actionId)) {
      throw new DomainError(
        'conflict',
        'This action is already being reviewed at a later meeting: mark it dropped instead of removing it.',
      );
    }
    await deleteAction(tx.db, p.actionId);
    await audit(tx, 'update', 'action', p.actionId, action.childId, 'removed');
    tx.changed('meeting_actions');
    return { id: p.actionId };
  });
}

/**
 * Action tracking: status, due date, owner and agency change as the work is done, even after the minutes are
 * approved (the action plan lives on; the minutes record what was agreed).
 */
export async function trackAction(
  ctx: BackendContext,
  p: {
    id: string;
    baseRevision: number;
    status?: MeetingAction['status'];
    dueOn?: string | null;
    owner?: string;
    agency?: string;
    reason?: string;
  },
): Promise<MeetingAction> {
  return mutation(ctx, async (tx) => {
    const before = await getAction(tx.db, p.id, londonToday(tx));
    if (!before) throw notFound('The action');
    await claimRevision(tx, 'meeting_actions', p.id, p.baseRevision);
    await recordActionChange(tx, before, p);
    const fields: Parameters<typeof updateActionFields>[2] = {};
    if (p.status !== undefined) fields.status = p.status;
    if (p.dueOn !== undefined) fields.due_on = p.dueOn;
    if (p.owner !== undefined) fields.owner = p.owner;
    if (p.agency !== undefined) fields.agency = p.agency;
    await updateActionFields(tx.db, p.id, fields, tx.now().toISOString());
    const changed = (['status', 'dueOn', 'owner', 'agency'] as const).filter(
      (k) => p[k] !== undefined && p[k] !== before[k],
    );
    await audit(tx, 'update', 'action', p.id, before.childId, changed.join(',') || null);
    tx.changed('meeting_actions');
    return reread(tx, p.id);
  });
}
