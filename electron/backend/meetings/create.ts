import type { Child } from '../../../shared/domain/child';
import type { CreateMeetingInput, MeetingDetails, MeetingRecord } from '../../../shared/domain/meeting';
import { expandAgenda } from '../../../shared/meetings/agenda';
import { suggestInvitees } from '../../../shared/meetings/invitees';
import { PREVIOUS_ACTIONS_KEY } from '../../../shared/meetings/kinds';
import { toStoredInstant } from '../../../shared/time/london';
import { getChild } from '../children/queries';
import type { BackendContext } from '../context';
import { DomainError, invalid } from '../errors';
import { newId } from '../ids';
import { listActions } from './actions';
import { insertAttendee } from './attendees';
import { auditMeeting, londonToday } from './guard';
import { insertItems, linkReviewedActions } from './items';
import { insertMeeting } from './queries';
import { buildRecord } from './record';
import { ensureTemplates, getTemplate } from './templates';

const isDateOnly = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Instants arrive with any offset; stored as UTC so that text order is time order. A due date stays a date. */
export const normaliseDetails = (d: MeetingDetails): MeetingDetails => ({
  ...d,
  scheduledAt: toStoredInstant(d.scheduledAt),
  dueBy: d.dueBy === null || isDateOnly(d.dueBy) ? d.dueBy : toStoredInstant(d.dueBy),
  nextMeetingAt: d.nextMeetingAt === null ? null : toStoredInstant(d.nextMeetingAt),
});

function requireChildren(ctx: BackendContext, childIds: readonly string[]): Child[] {
  return childIds.map((id, i) => {
    const child = getChild(ctx.db, id);
    if (!child) {
      throw new DomainError('not-found', 'A child named for the meeting was not found.', [
        { field: `childIds.${i}`, message: 'was not found' },
      ]);
    }
    return child;
  });
}

function checkTrigger(ctx: BackendContext, trigger: readonly string[], childIds: readonly string[]): void {
  const owner = ctx.db.prepare('SELECT child_id FROM episodes WHERE id = ?').pluck();
  trigger.forEach((episodeId, i) => {
    const childId = owner.get(episodeId) as string | undefined;
    if (childId === undefined || !childIds.includes(childId)) {
      throw invalid([
        { field: `trigger.${i}`, message: 'A trigger episode is not an episode of the meeting’s children.' },
      ]);
    }
  });
}

/**
 * Creates a draft meeting. The agenda is copied from the kind's template (so later template edits leave it alone),
 * with a section per child for a multi-child meeting; each child's open actions from earlier meetings are carried
 * into the review of previous actions; invitees are suggested by role from the protocol (ST 13.21, ST 14.2, EM,
 * WG 12) with names left for the user.
 */
export function createMeeting(ctx: BackendContext, input: CreateMeetingInput): MeetingRecord {
  return ctx.db.transaction(() => {
    const at = ctx.now().toISOString();
    const today = londonToday(ctx);
    const children = requireChildren(ctx, input.childIds);
    checkTrigger(ctx, input.trigger, input.childIds);
    ensureTemplates(ctx.db, at);
    const template = getTemplate(ctx.db, input.kind);
    if (!template) throw new Error(`no agenda template for ${input.kind}`);

    const openActions = new Map(
      input.childIds.map((childId) => [childId, listActions(ctx.db, { childId, status: 'open' }, today)]),
    );
    const withOpen = new Set(
      [...openActions].filter(([, list]) => list.length > 0).map(([childId]) => childId),
    );
    const items = expandAgenda(template.items, input.childIds, withOpen).map((i) => ({ ...i, id: newId() }));

    const id = newId();
    const details = normaliseDetails({ ...input, nextMeetingAt: null });
    insertMeeting(ctx.db, {
      ...details,
      id,
      kind: input.kind,
      stageLevel: input.stageLevel,
      childIds: input.childIds,
      triggerEpisodeIds: input.trigger,
      at,
      by: ctx.user(),
    });
    insertItems(ctx.db, id, items);
    for (const item of items.filter((i) => i.key === PREVIOUS_ACTIONS_KEY)) {
      const forItem = item.childId === null ? input.childIds : [item.childId];
      linkReviewedActions(
        ctx.db,
        item.id,
        forItem.flatMap((childId) => (openActions.get(childId) ?? []).map((a) => a.id)),
      );
    }

    const attendee = {
      name: '',
      agency: '',
      status: 'invited' as const,
      isChair: false,
      isMinuteTaker: false,
    };
    // The local authority chairs (ST 13.17; EM: the placing authority convenes).
    const chairAgency = children.length === 1 ? (children[0]?.placingAuthority ?? '') : '';
    insertAttendee(ctx.db, id, newId(), {
      ...attendee,
      role: 'chair',
      name: details.chairName ?? '',
      agency: chairAgency,
      isChair: true,
    });
    insertAttendee(ctx.db, id, newId(), {
      ...attendee,
      role: 'minute-taker',
      name: details.minuteTaker ?? '',
      isMinuteTaker: true,
    });
    for (const s of suggestInvitees(input.kind, children))
      insertAttendee(ctx.db, id, newId(), { ...attendee, ...s });

    auditMeeting(ctx, 'create', id);
    return buildRecord(ctx.db, id, today);
  })();
}
