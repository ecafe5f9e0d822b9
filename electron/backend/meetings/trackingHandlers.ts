import { audit } from '../audit/audit';
import { DomainError } from '../errors';
import type { Handlers } from '../handler';
import { trackAction } from './actionEdits';
import { listActions } from './actions';
import { londonToday } from './guard';
import { ensureTemplates, getTemplate, listTemplates, replaceTemplate } from './templates';

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

  'agendaTemplates.list': (_input, ctx) =>
    ctx.db.transaction(() => {
      ensureTemplates(ctx.db, ctx.now().toISOString());
      return listTemplates(ctx.db);
    })(),

  'agendaTemplates.update': ({ kind, items, baseRevision }, ctx) =>
    ctx.db.transaction(() => {
      const at = ctx.now().toISOString();
      ensureTemplates(ctx.db, at);
      const current = getTemplate(ctx.db, kind)!;
      if (current.revision !== baseRevision) {
        throw new DomainError(
          'conflict',
          `This agenda template was changed by someone else (now revision ${current.revision}). Reload it and make your change again.`,
          [{ field: 'baseRevision', message: 'is out of date' }],
        );
      }
      replaceTemplate(ctx.db, kind, items, at, ctx.user());
      audit(ctx, 'update', 'agenda-template', kind, null, 'items');
      return getTemplate(ctx.db, kind)!;
    })(),
};
