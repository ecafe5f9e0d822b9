import type { Handlers } from '../handler';
import { trackAction } from './actionEdits';
import { listActions } from './actions';
import { londonToday } from './guard';
import { readTemplates, updateTemplate } from './templates';

/** What lives on after a meeting: its actions; and the agenda templates new meetings are made from. */
export const trackingHandlers: Handlers<
  'actions.list' | 'actions.update' | 'agendaTemplates.list' | 'agendaTemplates.update'
> = {
  'actions.list': ({ childId, meetingId, status, overdue, limit }, ctx) => {
    const today = londonToday(ctx);
    return listActions(
      ctx.db,
      { childId, meetingId, status, overdueBefore: overdue ? today : null, limit },
      today,
    );
  },

  'actions.update': (p, ctx) => trackAction(ctx, p),

  'agendaTemplates.list': (_input, ctx) => readTemplates(ctx),

  'agendaTemplates.update': (p, ctx) => updateTemplate(ctx, p),
};
