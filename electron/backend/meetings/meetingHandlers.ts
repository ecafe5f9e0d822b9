import { getChild } from '../children/queries';
import type { Handlers } from '../handler';
import { notFound } from '../errors';
import { arrangeNextMeeting } from './arrange';
import { createMeeting, updateMeeting } from './create';
import { amendMinutes, transitionMeeting } from './lifecycle';
import { viewPack } from './pack';
import { listMeetingSummaries, type SummaryQuery } from './queries';
import { viewRecord } from './record';

/** Each list the Meetings screen offers: which states, in which order (typed, never SQL text). */
const LIST_ORDER: Record<'upcoming' | 'recent' | 'all', Pick<SummaryQuery, 'statuses' | 'order'>> = {
  upcoming: { statuses: ['draft', 'in-progress'], order: 'scheduled' },
  recent: { statuses: ['concluded', 'approved'], order: 'held-latest-first' },
  all: { order: 'scheduled-latest-first' },
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
  | 'meetings.arrangeNext'
> = {
  'meetings.create': (input, ctx) => createMeeting(ctx, input),

  'meetings.get': ({ meetingId }, ctx) => viewRecord(ctx, meetingId),

  'meetings.list': ({ when, kind, limit }, ctx) =>
    listMeetingSummaries(ctx.db, { ...LIST_ORDER[when], kind, limit }),

  'meetings.listForChild': async ({ childId }, ctx) => {
    if (!(await getChild(ctx.db, childId))) throw notFound('The child');
    return listMeetingSummaries(ctx.db, { childId, order: 'scheduled-latest-first', limit: 1000 });
  },

  'meetings.pack': ({ meetingId }, ctx) => viewPack(ctx, meetingId),

  'meetings.update': ({ meetingId, baseRevision, details }, ctx) =>
    updateMeeting(ctx, meetingId, baseRevision, details),

  'meetings.transition': (p, ctx) => transitionMeeting(ctx, p),

  'meetings.amend': (p, ctx) => amendMinutes(ctx, p),

  'meetings.arrangeNext': (p, ctx) => arrangeNextMeeting(ctx, p),
};
