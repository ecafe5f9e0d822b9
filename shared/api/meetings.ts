import { z } from 'zod';
import { isoInstant } from '../domain/child';
import {
  ACTION_STATUSES,
  actionInputSchema,
  actionTrackingSchema,
  agendaTemplateUpdateSchema,
  attendeeInputSchema,
  createMeetingSchema,
  decisionInputSchema,
  entityId,
  MAX_MINUTES_LENGTH,
  MEETING_KINDS,
  MEETING_STATUSES,
  meetingDetailsSchema,
  type AgendaTemplate,
  type Amendment,
  type Attendee,
  type Meeting,
  type MeetingAction,
  type MeetingItem,
  type MeetingRecord,
  type MeetingSummary,
} from '../domain/meeting';
import type { MeetingPack } from '../meetings/pack';
import { baseRevision } from './text';

const meetingId = entityId;
const itemId = entityId;

export const meetingsSchemas = {
  /** The agenda templates, one per kind (seeded from the protocols' agendas the first time). */
  'agendaTemplates.list': z.object({}),
  /** Replaces a kind's items; refused when baseRevision is stale. Meetings already created keep their agendas. */
  'agendaTemplates.update': agendaTemplateUpdateSchema,

  /** Creates a draft meeting: agenda copied from the template, invitees suggested by role. */
  'meetings.create': createMeetingSchema,
  /** Everything for run mode and the Word export. Audited as a view. */
  'meetings.get': z.object({ meetingId }),
  /** Upcoming (draft, in progress; soonest first), recent (concluded, approved; latest first) or all. */
  'meetings.list': z.object({
    when: z.enum(['upcoming', 'recent', 'all']).default('all'),
    kind: z.enum(MEETING_KINDS).nullable().default(null),
    limit: z.number().int().min(1).max(500).default(100),
  }),
  'meetings.listForChild': z.object({ childId: entityId }),
  /** The pack for each child: episodes since the last meeting, interviews, factors, risk changes, open actions. */
  'meetings.pack': z.object({ meetingId }),
  /** The meeting's details (when, where, chair, reason, next meeting). Refused once the minutes are approved. */
  'meetings.update': z.object({ meetingId, baseRevision, details: meetingDetailsSchema }),
  /** draft -> in-progress -> concluded -> approved; `at` records when it started or ended when not now. */
  'meetings.transition': z.object({
    meetingId,
    to: z.enum(MEETING_STATUSES),
    at: isoInstant.nullable().default(null),
  }),
  /** Autosave of one item's minutes: one small UPDATE; refused with 'conflict' when baseRevision is stale. */
  'meetings.saveItemMinutes': z.object({
    meetingId,
    itemId,
    minutes: z.string().max(MAX_MINUTES_LENGTH, `must be at most ${MAX_MINUTES_LENGTH} characters`),
    baseRevision: z.number().int().min(0),
  }),
  /** Replaces the decisions recorded under an item, each its text or its text and rationale (why). */
  'meetings.saveItemDecisions': z.object({
    meetingId,
    itemId,
    decisions: z.array(decisionInputSchema).max(100, 'must list at most 100 decisions'),
  }),
  'meetings.addAttendee': z.object({ meetingId, attendee: attendeeInputSchema }),
  'meetings.updateAttendee': z.object({
    meetingId,
    attendeeId: entityId,
    baseRevision,
    attendee: attendeeInputSchema,
  }),
  'meetings.removeAttendee': z.object({ meetingId, attendeeId: entityId }),
  'meetings.addAction': z.object({ meetingId, itemId, action: actionInputSchema }),
  /** Edits an action as minuted (its wording too); refused once approved, when only actions.update applies. */
  'meetings.updateAction': z.object({
    meetingId,
    actionId: entityId,
    baseRevision,
    action: actionInputSchema,
  }),
  'meetings.removeAction': z.object({ meetingId, actionId: entityId }),
  /** A correction to approved minutes: the original stays readable; who, when and why are kept. */
  'meetings.amend': z.object({
    meetingId,
    itemId,
    minutes: z.string().max(MAX_MINUTES_LENGTH, `must be at most ${MAX_MINUTES_LENGTH} characters`),
    reason: z.string().trim().min(1, 'is required').max(1000, 'must be at most 1000 characters'),
  }),

  /**
   * Arranges the next meeting from this one (in progress or concluded): kind, stage, children, chair, minute-taker
   * and invitees carried over; its date, time and venue given. One next meeting per meeting: a second is refused.
   */
  'meetings.arrangeNext': z.object({
    meetingId,
    scheduledAt: isoInstant,
    venue: z.string().trim().max(200, 'must be at most 200 characters').default(''),
  }),
  /** Adds an agenda item during the meeting (any other business), before the section's "next meeting" item. */
  'meetings.addItem': z.object({
    meetingId,
    title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    /** The child's section it goes in; null for the meeting as a whole (one child's meeting: that child). */
    childId: entityId.nullable().default(null),
  }),
  /** Moves an item one place up or down within its section; its minutes, decisions and actions go with it. */
  'meetings.moveItem': z.object({ meetingId, itemId, direction: z.enum(['up', 'down']) }),

  /** Actions across meetings; `overdue` keeps open actions due before today (Europe/London). */
  'actions.list': z.object({
    childId: entityId.nullable().default(null),
    meetingId: entityId.nullable().default(null),
    status: z.enum(ACTION_STATUSES).nullable().default(null),
    overdue: z.boolean().default(false),
    limit: z.number().int().min(1).max(2000).default(500),
  }),
  /** Action tracking (status, due date, owner, agency): allowed after approval, since it is not the minutes. */
  'actions.update': actionTrackingSchema,
};

/** An item's decisions as stored: the text of each, and why, index for index (as MeetingItem holds them). */
export interface DecisionsSaved {
  decisions: string[];
  decisionRationales: Array<string | null>;
}

export interface MinutesSaved {
  savedAt: string;
  revision: number;
}

export interface MeetingsOutputs {
  'agendaTemplates.list': AgendaTemplate[];
  'agendaTemplates.update': AgendaTemplate;
  'meetings.create': MeetingRecord;
  'meetings.get': MeetingRecord;
  'meetings.list': MeetingSummary[];
  'meetings.listForChild': MeetingSummary[];
  'meetings.pack': MeetingPack;
  'meetings.update': Meeting;
  'meetings.transition': Meeting;
  'meetings.saveItemMinutes': MinutesSaved;
  'meetings.saveItemDecisions': DecisionsSaved;
  /** The attendee methods answer the whole list: marking a chair unmarks the previous one. */
  'meetings.addAttendee': Attendee[];
  'meetings.updateAttendee': Attendee[];
  'meetings.removeAttendee': Attendee[];
  'meetings.addAction': MeetingAction;
  'meetings.updateAction': MeetingAction;
  'meetings.removeAction': { id: string };
  'meetings.amend': Amendment;
  /** The next meeting, as meetings.get answers it. */
  'meetings.arrangeNext': MeetingRecord;
  /** The agenda in its new order. */
  'meetings.addItem': MeetingItem[];
  'meetings.moveItem': MeetingItem[];
  'actions.list': MeetingAction[];
  'actions.update': MeetingAction;
}
