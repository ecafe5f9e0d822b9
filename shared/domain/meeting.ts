import { z } from 'zod';
import { apiId, baseRevision } from '../api/text';
import type { ActionChange } from '../meetings/actionChanges';
import { KIND_RULES, PREVIOUS_ACTIONS_KEY } from '../meetings/kinds';
import { isoDate, isoInstant, type LegalStatus } from './child';

/**
 * The meetings held about children who go missing. Kind ids are the protocol engine's (shared/protocol/types.ts
 * MeetingKind), so a held meeting satisfies the requirement that called it.
 */
export const MEETING_KINDS = [
  'mim',
  'strategy',
  'daily-review',
  'urgent-care-review',
  'weekly-missing',
  'monthly-missing',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** draft -> in progress -> concluded -> minutes approved; approved minutes are locked (corrections are amendments). */
export const MEETING_STATUSES = ['draft', 'in-progress', 'concluded', 'approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  draft: 'Draft',
  'in-progress': 'In progress',
  concluded: 'Concluded',
  approved: 'Minutes approved',
};

/** MIM stage levels as the protocol engine counts them: 3 is escalation (ST 13.18-13.20, W-KC). */
export const STAGE_LEVELS = [1, 2, 3] as const;
export const STAGE_LABELS: Record<number, string> = { 1: 'Stage 1', 2: 'Stage 2', 3: 'Escalation' };

/** 'invited': nobody has recorded whether they came yet. 'no-response': they never answered the invitation. */
export const ATTENDANCE_STATUSES = ['invited', 'attended', 'apologies', 'declined', 'no-response'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * Who attends, in the protocols' words: a MIM's list (ST 13.21, EM), the urgent care review (ST 14.2), the weekly
 * meeting (ST 15.1), the monthly governance meeting (WG appendix f) and the IRO (WG 12, ST 14.4).
 */
export const ATTENDEE_ROLES = [
  'chair',
  'minute-taker',
  'child',
  'parent',
  'social-worker',
  'team-manager',
  'police',
  'carer',
  'education',
  'health',
  'return-interview-worker',
  'host-authority',
  'placing-authority',
  'iro',
  'missing-service',
  'missing-data-officer',
  'exploitation-coordinator',
  'social-care',
  'probation',
  'youth-offending',
  'drug-alcohol-service',
  'housing',
  'adult-services',
  'other',
] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];
export const ATTENDEE_ROLE_LABELS: Record<AttendeeRole, string> = {
  chair: 'Chair',
  'minute-taker': 'Minute-taker',
  child: 'The child',
  parent: 'Parent(s)',
  'social-worker': 'Child’s social worker',
  'team-manager': 'Team manager',
  police: 'Police officer or staff who knows the child best',
  carer: 'Residential worker / foster carer / fostering social worker',
  education: 'Education',
  health: 'Health',
  'return-interview-worker': 'Person who conducted the return interview',
  'host-authority': 'Host authority (missing children service)',
  'placing-authority': 'Placing authority',
  iro: 'Independent Reviewing Officer (IRO)',
  'missing-service': 'Commissioned missing service',
  'missing-data-officer': 'Missing data officer',
  'exploitation-coordinator': 'Child exploitation coordinator',
  'social-care': 'Social care',
  probation: 'Probation',
  'youth-offending': 'Youth offending service',
  'drug-alcohol-service': 'Young people’s drug and alcohol service',
  housing: 'Housing',
  'adult-services': 'Adult services',
  other: 'Other',
};

/** A template item is asked once ('general') or once for each child of a multi-child meeting ('each-child'). */
export const AGENDA_SCOPES = ['general', 'each-child'] as const;
export type AgendaScope = (typeof AGENDA_SCOPES)[number];

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'is required');
const optionalText = (max: number) => text(max).nullable().default(null);
export const entityId = apiId;

/** The protocol's due item is a working-day date or a clock's instant (shared/protocol RequiredMeeting.dueBy). */
const dateOrInstant = z
  .string()
  .refine(
    (s) => isoDate.safeParse(s).success || isoInstant.safeParse(s).success,
    'must be a date (YYYY-MM-DD) or a date and time',
  );

export const MAX_MINUTES_LENGTH = 200_000;

const meetingDetailsShape = {
  reason: requiredText(2000),
  chairRole: requiredText(100),
  chairName: optionalText(100),
  minuteTaker: optionalText(100),
  scheduledAt: isoInstant,
  venue: text(200).default(''),
  dueBy: dateOrInstant.nullable().default(null),
};

export const meetingDetailsSchema = z.object({
  ...meetingDetailsShape,
  nextMeetingAt: isoInstant.nullable().default(null),
});
export type MeetingDetails = z.infer<typeof meetingDetailsSchema>;

export const createMeetingSchema = z
  .object({
    kind: z.enum(MEETING_KINDS),
    stageLevel: z
      .number()
      .int('must be 1 (stage 1), 2 (stage 2) or 3 (escalation)')
      .min(1, 'must be 1 (stage 1), 2 (stage 2) or 3 (escalation)')
      .max(3, 'must be 1 (stage 1), 2 (stage 2) or 3 (escalation)')
      .nullable()
      .default(null),
    childIds: z.array(entityId).max(60, 'must list at most 60 children'),
    ...meetingDetailsShape,
    /** The episodes that called the meeting (the protocol's episodeIds). */
    trigger: z.array(entityId).max(200).default([]),
  })
  .superRefine((m, ctx) => {
    const rule = KIND_RULES[m.kind];
    if (rule.staged && m.stageLevel === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['stageLevel'],
        message: 'is required for a Missing Intervention Meeting',
      });
    }
    if (!rule.staged && m.stageLevel !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['stageLevel'],
        message: `is only for a Missing Intervention Meeting`,
      });
    }
    const n = m.childIds.length;
    if (rule.children === 'one' && n !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['childIds'],
        message: `must name exactly one child for a ${rule.label}`,
      });
    }
    if (rule.children === 'one-or-more' && n < 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['childIds'],
        message: `must name at least one child for a ${rule.label}`,
      });
    }
    if (new Set(m.childIds).size !== n) {
      ctx.addIssue({ code: 'custom', path: ['childIds'], message: 'names the same child twice' });
    }
  });
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

export const attendeeInputSchema = z.object({
  name: text(100).default(''),
  role: z.enum(ATTENDEE_ROLES),
  agency: text(200).default(''),
  status: z.enum(ATTENDANCE_STATUSES).default('invited'),
  isChair: z.boolean().default(false),
  isMinuteTaker: z.boolean().default(false),
  /**
   * What this attendee brought to the meeting for their agency, printed in the minutes' section per agency. Absent
   * in an update leaves what is stored, so a change of attendance never clears it.
   */
  information: text(4000).optional(),
});
export type AttendeeInput = z.infer<typeof attendeeInputSchema>;

export const actionInputSchema = z.object({
  what: requiredText(1000),
  owner: requiredText(100),
  agency: text(200).default(''),
  dueOn: isoDate.nullable().default(null),
  status: z.enum(ACTION_STATUSES).default('open'),
  /** The child it concerns; null means the item's child (or the meeting's only child). */
  childId: entityId.nullable().default(null),
  /**
   * Why the action was set, printed under it in the minutes and the action plan (issue 14). Absent in an update
   * leaves what is stored, so a client that does not know the field never clears it.
   */
  rationale: text(2000).optional(),
});
export type ActionInput = z.infer<typeof actionInputSchema>;

/** Action tracking goes on after the minutes are approved: only these fields (status, due date, owner). */
export const actionTrackingSchema = z
  .object({
    id: entityId,
    /** The action's revision the change was based on (see shared/api/text.ts baseRevision). */
    baseRevision,
    status: z.enum(ACTION_STATUSES).optional(),
    dueOn: isoDate.nullable().optional(),
    owner: requiredText(100).optional(),
    agency: text(200).optional(),
    /** Why: required to drop an action, and to change its owner, agency or due date once the minutes are approved. */
    reason: text(1000).optional(),
  })
  .refine(
    (a) => a.status !== undefined || a.dueOn !== undefined || a.owner !== undefined || a.agency !== undefined,
    {
      message: 'must change the status, due date, owner or agency',
      path: ['status'],
    },
  );

const decisionText = z.string().trim().min(1, 'is empty').max(4000, 'must be at most 4000 characters');

/**
 * A decision as meetings.saveItemDecisions takes it: its text alone (as before issue 14), or its text with why the
 * meeting decided it. A rationale left empty is none.
 */
export const decisionInputSchema = z
  .union([
    decisionText,
    z.object({
      decision: decisionText,
      rationale: text(4000)
        .nullable()
        .default(null)
        .transform((r) => r || null),
    }),
  ])
  // Made one shape after the union, so a refused text keeps its own words ("is empty") at its own place.
  .transform((d) => (typeof d === 'string' ? { decision: d, rationale: null } : d));
export type DecisionInput = z.input<typeof decisionInputSchema>;
export type ItemDecision = z.output<typeof decisionInputSchema>;

export const agendaTemplateItemSchema = z.object({
  /** Stable id of the item; 'previous-actions' is the item the open actions are carried into. */
  key: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
    .max(60, 'must be at most 60 characters'),
  title: requiredText(200),
  guidance: text(1000).default(''),
  /** Section reference in the protocol, e.g. "ST 14.3". */
  source: text(100).default(''),
  scope: z.enum(AGENDA_SCOPES).default('general'),
});
export type AgendaTemplateItem = z.infer<typeof agendaTemplateItemSchema>;

export const agendaTemplateUpdateSchema = z
  .object({
    kind: z.enum(MEETING_KINDS),
    items: z
      .array(agendaTemplateItemSchema)
      .min(1, 'must list at least one item')
      .max(60, 'must list at most 60 items'),
    baseRevision: z.number().int().min(0),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.items.forEach((item, i) => {
      if (seen.has(item.key))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'key'], message: 'is used twice' });
      seen.add(item.key);
    });
    // A multi-child meeting has one section per child (W-KC, ST 15.5): without an each-child item there is none.
    if (KIND_RULES[t.kind].children === 'one-or-more' && !t.items.some((i) => i.scope === 'each-child')) {
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: 'must keep at least one item asked for each child',
      });
    }
    if (t.items.filter((i) => i.key === PREVIOUS_ACTIONS_KEY).length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: 'must have one review of previous actions at most',
      });
    }
  });

// ---- What the API answers ----

export interface AgendaTemplate {
  kind: MeetingKind;
  label: string;
  revision: number;
  items: AgendaTemplateItem[];
  updatedAt: string;
  updatedBy: string | null;
}

/** A child as a meeting shows them: enough for the header, the pack and the distribution list. */
export interface MeetingChild {
  id: string;
  givenName: string;
  familyName: string;
  caseReference: string;
  dateOfBirth: string;
  legalStatus: LegalStatus;
  placingAuthority: string;
  hostAuthority: string | null;
  allocatedWorker: string | null;
  /** Why the child is on the meeting's list: a Daily Review's reasons from the board, or the chair's when added. */
  reason: string;
}

/** A child a chair took off a Daily Review before approval, with why: the minutes say so. */
export interface RemovedChild {
  childId: string;
  name: string;
  reason: string;
  removedAt: string;
  removedBy: string;
}

export interface Meeting extends MeetingDetails {
  id: string;
  /** +1 per update of the row (details, status); meetings.update sends the one it was based on. */
  revision: number;
  kind: MeetingKind;
  stageLevel: number | null;
  status: MeetingStatus;
  startedAt: string | null;
  concludedAt: string | null;
  approvedAt: string | null;
  /** The approver's name as they gave it (never a computer account); null until approval. */
  approvedBy: string | null;
  /** The approver's role as they gave it, or the signed-in account's role in team mode. */
  approvedByRole: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  childIds: string[];
  triggerEpisodeIds: string[];
}

export interface MeetingSummary {
  id: string;
  kind: MeetingKind;
  stageLevel: number | null;
  status: MeetingStatus;
  scheduledAt: string;
  startedAt: string | null;
  concludedAt: string | null;
  venue: string;
  chairRole: string;
  chairName: string | null;
  dueBy: string | null;
  children: Array<Pick<MeetingChild, 'id' | 'givenName' | 'familyName' | 'caseReference'>>;
}

export interface Attendee extends AttendeeInput {
  /** '' when nothing was recorded. */
  information: string;
  id: string;
  /** +1 per update of the row; meetings.updateAttendee sends the one it was based on. */
  revision: number;
  meetingId: string;
  position: number;
}

export interface MeetingAction {
  id: string;
  /** +1 per update of the row; meetings.updateAction and actions.update send the one they were based on. */
  revision: number;
  meetingId: string;
  itemId: string;
  childId: string | null;
  what: string;
  owner: string;
  agency: string;
  dueOn: string | null;
  status: ActionStatus;
  /** The London date it was set: the meeting's date when added during the meeting, else the day it was added. */
  setOn: string;
  /** Why it was set; '' when nothing was recorded. */
  rationale: string;
  /** Open and due before today (Europe/London) as of the backend's now. */
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
  meetingKind: MeetingKind;
  meetingScheduledAt: string;
}

export interface Amendment {
  id: string;
  itemId: string;
  minutes: string;
  reason: string;
  amendedAt: string;
  amendedBy: string;
}

export interface MeetingItem {
  id: string;
  position: number;
  key: string;
  title: string;
  guidance: string;
  source: string;
  /** The child this item is about; null for a general item of a multi-child meeting. */
  childId: string | null;
  /** The minutes as written (and, once approved, as approved: the original stays readable). */
  minutes: string;
  revision: number;
  savedAt: string | null;
  decisions: string[];
  /** Why the meeting decided each of `decisions`, index for index; null where none was recorded. */
  decisionRationales: Array<string | null>;
  actions: MeetingAction[];
  amendments: Amendment[];
  /** The latest amendment's text, else the minutes: what the Word export prints. */
  currentMinutes: string;
  /** For the review of previous actions: the open actions carried in when the meeting was created, as they are now. */
  reviewedActions: MeetingAction[];
}

export interface MeetingTransition {
  from: MeetingStatus;
  to: MeetingStatus;
  at: string;
  by: string;
}

export interface DistributionEntry {
  /** null for an agency inbox (a host authority's missing children service). */
  name: string | null;
  role: string | null;
  agency: string;
  /** Why they receive the minutes, with the section that says so. */
  reason: string;
}

/** A meeting arranged from another, or the one it was arranged from: enough to link to it and print it. */
export interface MeetingLink {
  id: string;
  kind: MeetingKind;
  status: MeetingStatus;
  scheduledAt: string;
  venue: string;
}

export interface MeetingRecord {
  meeting: Meeting;
  /** The meeting this one was arranged from (issue 12), whose open actions it reviews; null when none. */
  previousMeeting: MeetingLink | null;
  /** The next meeting arranged from this one: what the minutes' "Next meeting" prints; null when none. */
  nextMeeting: MeetingLink | null;
  children: MeetingChild[];
  attendees: Attendee[];
  items: MeetingItem[];
  distribution: DistributionEntry[];
  transitions: MeetingTransition[];
  /** Changes to its actions (and those it reviews) since they were agreed, oldest first. */
  actionChanges: ActionChange[];
  /** Children taken off the meeting (a Daily Review) before approval, oldest first. */
  removedChildren: RemovedChild[];
}
