import type { Handlers } from '../handler';
import { addAction, editAction, removeAction } from './actionEdits';
import { addAgendaItem, moveAgendaItem } from './agendaEdits';
import { addAttendee, editAttendee, removeAttendee } from './attendeeEdits';
import { saveItemDecisions, saveItemMinutes } from './minutes';

/** Run mode: the small focused saves the meeting screen makes while the meeting is held. */
export const runHandlers: Handlers<
  | 'meetings.saveItemMinutes'
  | 'meetings.saveItemDecisions'
  | 'meetings.addAttendee'
  | 'meetings.updateAttendee'
  | 'meetings.removeAttendee'
  | 'meetings.addAction'
  | 'meetings.updateAction'
  | 'meetings.removeAction'
  | 'meetings.addItem'
  | 'meetings.moveItem'
> = {
  'meetings.saveItemMinutes': (p, ctx) => saveItemMinutes(ctx, p),
  'meetings.saveItemDecisions': (p, ctx) => saveItemDecisions(ctx, p),
  'meetings.addAttendee': (p, ctx) => addAttendee(ctx, p),
  'meetings.updateAttendee': (p, ctx) => editAttendee(ctx, p),
  'meetings.removeAttendee': (p, ctx) => removeAttendee(ctx, p),
  'meetings.addAction': (p, ctx) => addAction(ctx, p),
  'meetings.updateAction': (p, ctx) => editAction(ctx, p),
  'meetings.removeAction': (p, ctx) => removeAction(ctx, p),
  'meetings.addItem': (p, ctx) => addAgendaItem(ctx, p),
  'meetings.moveItem': (p, ctx) => moveAgendaItem(ctx, p),
};
