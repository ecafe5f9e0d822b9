import type { ActionInput, MeetingAction } from '../../../shared/domain/meeting';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { DomainError, invalid, notFound } from '../errors';
import { newId } from '../ids';
import {
  deleteAction,
  getAction,
  insertAction,
  isActionReviewedElsewhere,
  updateActionFields,
} from './actions';
import { londonToday, requireEditable } from './guard';
import { getItemRow } from './items';
import { getMeeting } from './queries';

/** The child an action concerns: as given, else the item's child, else the meeting's only child. */
function resolveChild(
  ctx: BackendContext,
  meetingId: string,
  itemChildId: string | null,
  given: string | null,
) {
  const childIds = getMeeting(ctx.db, meetingId)?.childIds ?? [];
  if (given !== null && !childIds.includes(given)) {
    throw invalid([
      { field: 'action.childId', message: 'The action’s child is not one of the meeting’s children.' },
    ]);
  }
  return given ?? itemChildId ?? (childIds.length === 1 ? (childIds[0] ?? null) : null);
}

function requireMeetingAction(ctx: BackendContext, meetingId: string, actionId: string): MeetingAction {
  const action = getAction(ctx.db, actionId, londonToday(ctx));
  if (!action || action.meetingId !== meetingId) throw notFound('The action');
  return action;
}

/** An action agreed under an agenda item; part of the minutes, so refused once they are approved. */
export function addAction(
  ctx: BackendContext,
  p: { meetingId: string; itemId: string; action: ActionInput },
): MeetingAction {
  return ctx.db.transaction(() => {
    requireEditable(ctx, p.meetingId);
    const item = getItemRow(ctx.db, p.meetingId, p.itemId);
    if (!item) throw notFound('The agenda item');
    const childId = resolveChild(ctx, p.meetingId, item.child_id, p.action.childId);
    const id = newId();
    insertAction(ctx.db, {
      id,
      meetingId: p.meetingId,
      itemId: p.itemId,
      childId,
      action: p.action,
      at: ctx.now().toISOString(),
    });
    audit(ctx, 'create', 'action', id, childId);
    return getAction(ctx.db, id, londonToday(ctx))!;
  })();
}

/** Edits an action as minuted, wording included. After approval only action tracking (actions.update) applies. */
export function editAction(
  ctx: BackendContext,
  p: { meetingId: string; actionId: string; action: ActionInput },
): MeetingAction {
  return ctx.db.transaction(() => {
    requireEditable(ctx, p.meetingId);
    const before = requireMeetingAction(ctx, p.meetingId, p.actionId);
    const item = getItemRow(ctx.db, p.meetingId, before.itemId);
    const childId = resolveChild(ctx, p.meetingId, item?.child_id ?? null, p.action.childId);
    const a = p.action;
    updateActionFields(
      ctx.db,
      p.actionId,
      {
        what: a.what,
        owner: a.owner,
        agency: a.agency,
        due_on: a.dueOn,
        status: a.status,
        child_id: childId,
      },
      ctx.now().toISOString(),
    );
    const changed: string[] = (['what', 'owner', 'agency', 'dueOn', 'status'] as const).filter(
      (k) => before[k] !== a[k],
    );
    if (before.childId !== childId) changed.push('childId');
    audit(ctx, 'update', 'action', p.actionId, childId, changed.join(',') || null);
    return getAction(ctx.db, p.actionId, londonToday(ctx))!;
  })();
}

export function removeAction(
  ctx: BackendContext,
  p: { meetingId: string; actionId: string },
): { id: string } {
  return ctx.db.transaction(() => {
    requireEditable(ctx, p.meetingId);
    const action = requireMeetingAction(ctx, p.meetingId, p.actionId);
    if (isActionReviewedElsewhere(ctx.db, p.actionId)) {
      throw new DomainError(
        'conflict',
        'This action is already being reviewed at a later meeting: mark it dropped instead of removing it.',
      );
    }
    deleteAction(ctx.db, p.actionId);
    audit(ctx, 'update', 'action', p.actionId, action.childId, 'removed');
    return { id: p.actionId };
  })();
}

/**
 * Action tracking: status, due date, owner and agency change as the work is done, even after the minutes are
 * approved (the action plan lives on; the minutes record what was agreed).
 */
export function trackAction(
  ctx: BackendContext,
  p: { id: string; status?: MeetingAction['status']; dueOn?: string | null; owner?: string; agency?: string },
): MeetingAction {
  return ctx.db.transaction(() => {
    const before = getAction(ctx.db, p.id, londonToday(ctx));
    if (!before) throw notFound('The action');
    const fields: Parameters<typeof updateActionFields>[2] = {};
    if (p.status !== undefined) fields.status = p.status;
    if (p.dueOn !== undefined) fields.due_on = p.dueOn;
    if (p.owner !== undefined) fields.owner = p.owner;
    if (p.agency !== undefined) fields.agency = p.agency;
    updateActionFields(ctx.db, p.id, fields, ctx.now().toISOString());
    const changed = (['status', 'dueOn', 'owner', 'agency'] as const).filter(
      (k) => p[k] !== undefined && p[k] !== before[k],
    );
    audit(ctx, 'update', 'action', p.id, before.childId, changed.join(',') || null);
    return getAction(ctx.db, p.id, londonToday(ctx))!;
  })();
}
