import type { Handlers } from '../handler';
import { notFound } from '../errors';
import { newId } from '../ids';
import { addAction, editAction, removeAction } from './actionEdits';
import { deleteAttendee, getAttendee, insertAttendee, listAttendees, updateAttendee } from './attendees';
import { auditMeeting, requireEditable } from './guard';
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
> = {
  'meetings.saveItemMinutes': (p, ctx) => saveItemMinutes(ctx, p),

  'meetings.saveItemDecisions': (p, ctx) => saveItemDecisions(ctx, p),

  'meetings.addAttendee': ({ meetingId, attendee }, ctx) =>
    ctx.db.transaction(() => {
      requireEditable(ctx, meetingId);
      insertAttendee(ctx.db, meetingId, newId(), attendee);
      auditMeeting(ctx, 'update', meetingId, 'attendees');
      return listAttendees(ctx.db, meetingId);
    })(),

  'meetings.updateAttendee': ({ meetingId, attendeeId, attendee }, ctx) =>
    ctx.db.transaction(() => {
      requireEditable(ctx, meetingId);
      if (!getAttendee(ctx.db, meetingId, attendeeId)) throw notFound('The attendee');
      updateAttendee(ctx.db, meetingId, attendeeId, attendee);
      auditMeeting(ctx, 'update', meetingId, 'attendees');
      return listAttendees(ctx.db, meetingId);
    })(),

  'meetings.removeAttendee': ({ meetingId, attendeeId }, ctx) =>
    ctx.db.transaction(() => {
      requireEditable(ctx, meetingId);
      if (!getAttendee(ctx.db, meetingId, attendeeId)) throw notFound('The attendee');
      deleteAttendee(ctx.db, meetingId, attendeeId);
      auditMeeting(ctx, 'update', meetingId, 'attendees');
      return listAttendees(ctx.db, meetingId);
    })(),

  'meetings.addAction': (p, ctx) => addAction(ctx, p),
  'meetings.updateAction': (p, ctx) => editAction(ctx, p),
  'meetings.removeAction': (p, ctx) => removeAction(ctx, p),
};
