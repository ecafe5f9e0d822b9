import type { Child } from '../../../shared/domain/child';
import type {
  AttendeeInput,
  CreateMeetingInput,
  Meeting,
  MeetingAction,
  MeetingDetails,
  MeetingRecord,
} from '../../../shared/domain/meeting';
import { expandAgenda } from '../../../shared/meetings/agenda';
import { suggestInvitees } from '../../../shared/meetings/invitees';
import { PREVIOUS_ACTIONS_KEY } from '../../../shared/meetings/kinds';
import { toStoredInstant } from '../../../shared/time/london';
import { listChildrenByIds } from '../children/queries';
import type { BackendContext } from '../context';
import { DomainError, invalid, notFound } from '../errors';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { claimRevision } from '../revision';
import { listActions } from './actions';
import { insertAttendee, renameMarked } from './attendees';
import { auditMeeting, londonToday, requireEditable } from './guard';
import { insertItems, linkReviewedActions } from './items';
import { getMeeting, insertMeeting, updateMeetingDetails } from './queries';
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

/** The meeting's children in the order given, read in one query; a missing one is named by its place. */
async function requireChildren(ctx: BackendContext, childIds: readonly string[]): Promise<Child[]> {
  const found = new Map((await listChildrenByIds(ctx.db, childIds)).map((c) => [c.id, c]));
  return childIds.map((id, i) => {
    const child = found.get(id);
    if (!child) {
      throw new DomainError('not-found', 'A child named for the meeting was not found.', [
        { field: `childIds.${i}`, message: 'was not found' },
      ]);
    }
    return child;
  });
}

async function checkTrigger(
  ctx: BackendContext,
  trigger: readonly string[],
  childIds: readonly string[],
): Promise<void> {
  const owner = new Map<string, string>();
  for (let i = 0; i < trigger.length; i += 500) {
    const rows = await ctx.db
      .selectFrom('episodes')
      .select(['id', 'child_id'])
      .where('id', 'in', trigger.slice(i, i + 500))
      .execute();
    for (const r of rows) owner.set(r.id, r.child_id);
  }
  trigger.forEach((episodeId, i) => {
    const childId = owner.get(episodeId);
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
export interface CreateOptions {
  /** The meeting this one is arranged from (meetings.arrangeNext): held unique, one next meeting each. */
  previousMeetingId?: string;
  /** Invitees carried over from that meeting, in its order, instead of those suggested by role. */
  invitees?: readonly AttendeeInput[];
}

export async function createMeeting(
  ctx: BackendContext,
  input: CreateMeetingInput,
  options: CreateOptions = {},
): Promise<MeetingRecord> {
  return mutation(ctx, async (tx) => {
    const at = tx.now().toISOString();
    const today = londonToday(tx);
    const children = await requireChildren(tx, input.childIds);
    await checkTrigger(tx, input.trigger, input.childIds);
    await ensureTemplates(tx.db, at);
    const template = await getTemplate(tx.db, input.kind);
    if (!template) throw new Error(`no agenda template for ${input.kind}`);

    // Each child's open actions from earlier meetings, read for all the children at once.
    const openActions = new Map<string, MeetingAction[]>(input.childIds.map((childId) => [childId, []]));
    for (const a of await listActions(tx.db, { childIds: input.childIds, status: 'open' }, today)) {
      if (a.childId !== null) openActions.get(a.childId)?.push(a);
    }
    const withOpen = new Set(
      [...openActions].filter(([, list]) => list.length > 0).map(([childId]) => childId),
    );
    const items = expandAgenda(template.items, input.childIds, withOpen).map((i) => ({ ...i, id: newId() }));

    const id = newId();
    const details = normaliseDetails({ ...input, nextMeetingAt: null });
    await insertMeeting(tx.db, {
      ...details,
      id,
      kind: input.kind,
      stageLevel: input.stageLevel,
      childIds: input.childIds,
      triggerEpisodeIds: input.trigger,
      at,
      by: tx.user(),
      previousMeetingId: options.previousMeetingId ?? null,
    });
    await insertItems(tx.db, id, items);
    for (const item of items.filter((i) => i.key === PREVIOUS_ACTIONS_KEY)) {
      const forItem = item.childId === null ? input.childIds : [item.childId];
      await linkReviewedActions(
        tx.db,
        item.id,
        forItem.flatMap((childId) => (openActions.get(childId) ?? []).map((a) => a.id)),
      );
    }

    if (options.invitees) {
      for (const invitee of options.invitees) await insertAttendee(tx.db, id, newId(), invitee);
      await auditMeeting(tx, 'create', id);
      tx.changed('meetings');
      return await buildRecord(tx.db, id, today);
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
    await insertAttendee(tx.db, id, newId(), {
      ...attendee,
      role: 'chair',
      name: details.chairName ?? '',
      agency: chairAgency,
      isChair: true,
    });
    await insertAttendee(tx.db, id, newId(), {
      ...attendee,
      role: 'minute-taker',
      name: details.minuteTaker ?? '',
      isMinuteTaker: true,
    });
    for (const s of suggestInvitees(input.kind, children))
      await insertAttendee(tx.db, id, newId(), { ...attendee, ...s });

    await auditMeeting(tx, 'create', id);
    tx.changed('meetings');
    return await buildRecord(tx.db, id, today);
  });
}

const DETAIL_FIELDS = [
  'reason',
  'chairRole',
  'chairName',
  'minuteTaker',
  'scheduledAt',
  'venue',
  'dueBy',
  'nextMeetingAt',
] as const satisfies ReadonlyArray<keyof Meeting>;

/** A draft or held meeting's details; the marked chair and minute-taker rows follow a renamed chair or minute-taker. */
export async function updateMeeting(
  ctx: BackendContext,
  meetingId: string,
  baseRevision: number,
  details: MeetingDetails,
): Promise<Meeting> {
  return mutation(ctx, async (tx) => {
    await requireEditable(tx, meetingId);
    const before = await getMeeting(tx.db, meetingId);
    if (!before) throw notFound('The meeting');
    await claimRevision(tx, 'meetings', meetingId, baseRevision);
    const after = normaliseDetails(details);
    await updateMeetingDetails(tx.db, meetingId, after, tx.now().toISOString());
    await renameMarked(tx.db, meetingId, 'is_chair', before.chairName, after.chairName);
    await renameMarked(tx.db, meetingId, 'is_minute_taker', before.minuteTaker, after.minuteTaker);
    await auditMeeting(
      tx,
      'update',
      meetingId,
      DETAIL_FIELDS.filter((k) => before[k] !== after[k]).join(',') || null,
    );
    tx.changed('meetings');
    const updated = await getMeeting(tx.db, meetingId);
    if (!updated) throw notFound('The meeting');
    return updated;
  });
}
