import type { Meeting } from '../../../shared/domain/meeting';
import { getChild } from '../children/queries';
import type { Handlers } from '../handler';
import { notFound } from '../errors';
import { renameMarked } from './attendees';
import { createMeeting, normaliseDetails } from './create';
import { auditMeeting, londonToday, requireEditable } from './guard';
import { amendMinutes, transitionMeeting } from './lifecycle';
import { buildPack } from './pack';
import { getMeeting, listMeetingSummaries, updateMeetingDetails, type SummaryQuery } from './queries';
import { buildRecord } from './record';

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

const LIST_ORDER: Record<'upcoming' | 'recent' | 'all', Pick<SummaryQuery, 'where' | 'order'>> = {
  upcoming: { where: ["m.status IN ('draft', 'in-progress')"], order: 'm.scheduled_at, m.id' },
  recent: {
    where: ["m.status IN ('concluded', 'approved')"],
    order: 'coalesce(m.started_at, m.scheduled_at) DESC, m.id',
  },
  all: { where: [], order: 'm.scheduled_at DESC, m.id' },
};

export const meetingHandlers: Handlers<
  | 'meetings.create'
  | 'meetings.get'
  | 'meetings.list'
  | 'meetings.listForChild'
  | 'meetings.pack'
  | 'meetings.update'
  | 'meetings.transition'
  | 'meetings.amend'
> = {
  'meetings.create': (input, ctx) => createMeeting(ctx, input),

  'meetings.get': ({ meetingId }, ctx) =>
    ctx.db.transaction(() => {
      const record = buildRecord(ctx.db, meetingId, londonToday(ctx));
      auditMeeting(ctx, 'view', meetingId);
      return record;
    })(),

  'meetings.list': ({ when, kind, limit }, ctx) => {
    const { where, order } = LIST_ORDER[when];
    const params: Record<string, string> = {};
    const clauses = [...where];
    if (kind) {
      clauses.push('m.kind = @kind');
      params.kind = kind;
    }
    return listMeetingSummaries(ctx.db, { where: clauses, params, order, limit });
  },

  'meetings.listForChild': ({ childId }, ctx) => {
    if (!getChild(ctx.db, childId)) throw notFound('The child');
    return listMeetingSummaries(ctx.db, {
      where: ['m.id IN (SELECT meeting_id FROM meeting_children WHERE child_id = @childId)'],
      params: { childId },
      order: 'm.scheduled_at DESC, m.id',
      limit: 1000,
    });
  },

  'meetings.pack': ({ meetingId }, ctx) =>
    ctx.db.transaction(() => {
      const pack = buildPack(ctx, meetingId);
      auditMeeting(ctx, 'view', meetingId, 'pack');
      return pack;
    })(),

  'meetings.update': ({ meetingId, details }, ctx) =>
    ctx.db.transaction(() => {
      requireEditable(ctx, meetingId);
      const before = getMeeting(ctx.db, meetingId)!;
      const after = normaliseDetails(details);
      updateMeetingDetails(ctx.db, meetingId, after, ctx.now().toISOString());
      renameMarked(ctx.db, meetingId, 'is_chair', before.chairName, after.chairName);
      renameMarked(ctx.db, meetingId, 'is_minute_taker', before.minuteTaker, after.minuteTaker);
      auditMeeting(
        ctx,
        'update',
        meetingId,
        DETAIL_FIELDS.filter((k) => before[k] !== after[k]).join(',') || null,
      );
      return getMeeting(ctx.db, meetingId)!;
    })(),

  'meetings.transition': (p, ctx) => transitionMeeting(ctx, p),

  'meetings.amend': (p, ctx) => amendMinutes(ctx, p),
};
