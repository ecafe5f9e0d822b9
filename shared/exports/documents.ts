/**
 * The view models of the Word documents Homeward exports: minutes, an action plan on its own, a child's chronology.
 *
 * Everything is already resolved for display: names, roles, agencies and labels are the words the document prints
 * ("Missing", "High", "Accepted"), so the builders make no decisions about wording. Times stay ISO strings so the
 * builders format them the one way the documents use (UK style, Europe/London, e.g. "Tue 6 Jan 2026, 14:30").
 *
 * Pure types: no Node, no docx. The backend maps the database to these; the renderer may show the same models.
 */

import type { DocumentEscalation } from './escalationLog';

/** An instant as ISO 8601 with an offset or Z, e.g. "2026-01-06T14:30:00Z". Printed in Europe/London time. */
export type IsoInstant = string;

/** A calendar date as YYYY-MM-DD, e.g. "2011-03-04". Printed as "4 Mar 2011" (or "Fri 4 Mar 2011" for due dates). */
export type IsoDate = string;

/** Who the document comes from; printed under the title of the built-in layout (a letterhead replaces it). */
export interface DocumentIssuer {
  /** e.g. "Exampleshire County Council". */
  organisation: string;
  /** e.g. "Children's Services, Missing from Home and Care Team"; null to leave out. */
  service: string | null;
}

/** A child the document is about. */
export interface DocumentChild {
  /** As the child is known in the record, e.g. "Sample Child-Alpha". */
  name: string;
  caseReference: string;
  dateOfBirth: IsoDate;
  /** Display label, e.g. "Child in care"; null to leave out. */
  legalStatus: string | null;
  /** The authority that placed the child, e.g. "Exampleshire County Council"; null when not known. */
  placingAuthority: string | null;
  /**
   * The authority the child lives in when placed out of area. When set, the minutes' distribution list must include
   * this agency: the builder refuses minutes that would leave the host authority out.
   */
  hostAuthority: string | null;
  /** e.g. "Worker A. Example (Social worker)"; null when none is allocated. */
  allocatedWorker: string | null;
  /** As recorded, e.g. "Female"; left out when absent. Homeward does not hold it yet. */
  gender?: string | null;
  /** e.g. "Foster placement, Exampletown"; left out when absent. Homeward does not hold it yet. */
  placement?: string | null;
  /** e.g. "Example Academy, Year 9"; left out when absent. Homeward does not hold it yet. */
  school?: string | null;
}

/** A person named in a role, e.g. the chair. */
export interface DocumentPerson {
  name: string;
  /** e.g. "Team Manager"; null to leave out. */
  role: string | null;
  /** e.g. "Exampleshire Children's Services"; null to leave out. */
  agency: string | null;
}

/**
 * How someone invited took part. 'not-recorded' is its own state: nobody recorded whether they came, which is not the
 * same as 'did-not-attend' (recorded as absent without apologies) or 'no-response' (never answered the invitation).
 */
export type DocumentAttendance =
  'attended' | 'apologies' | 'declined' | 'did-not-attend' | 'no-response' | 'not-recorded';

export interface DocumentAttendee {
  name: string;
  role: string;
  agency: string;
  attendance: DocumentAttendance;
}

/** One recipient of the minutes. An agency-only entry (a team inbox) has name null. */
export interface DistributionRecipient {
  name: string | null;
  agency: string;
  /** Why they receive it, e.g. "Host authority" or "Attendee"; null to leave out. */
  reason: string | null;
  /**
   * What they are sent when not everyone gets the same, e.g. "Full minutes" or "Extract: Otherborough Council's
   * children"; null or absent when everyone receives the full minutes.
   */
  receives?: string | null;
}

/** A decision, with why it was made when the meeting recorded that. */
export interface DocumentDecision {
  decision: string;
  /** Why the meeting decided it (meetings.saveItemDecisions); null when none was recorded. */
  rationale: string | null;
}

/** A change made to an agenda item's minutes after approval: the text as amended, by whom, when and why. */
export interface ItemAmendment {
  amendedAt: IsoInstant;
  amendedBy: string;
  reason: string;
  /** The item's minutes as this amendment left them. */
  minutes: string;
}

/** An action agreed at an earlier meeting, as it stands at this one. */
export interface PreviousAction {
  action: string;
  owner: string;
  agency: string;
  dueOn: IsoDate | null;
  /** "Done", "Outstanding", "Overdue" or "Dropped". */
  status: string;
  /** Why it was dropped, from the change that dropped it; null when none was recorded (the minutes say so). */
  droppedReason?: string | null;
  /** e.g. "Missing Intervention Meeting, 6 Jan 2026". */
  agreedAt: string;
  child: string | null;
}

/** The risk the meeting agreed, with the police grading beside it. */
export interface RiskSummary {
  /** The child it concerns, by name: only printed when the document covers more than one child. */
  child: string | null;
  /** e.g. "High", agreed by the meeting; null when the meeting did not record one (Homeward does not hold it yet). */
  agreedLevel: string | null;
  /** Why, in the meeting's words; null to leave out. */
  rationale: string | null;
  /** The latest police grading, e.g. "Medium (latest episode, 12 Dec 2025)"; null when never graded. */
  policeGrading: string | null;
}

/** What one agency brought to the meeting. Homeward does not hold these yet. */
export interface AgencyInformation {
  agency: string;
  /** e.g. "Officer D. Example"; null to leave out. */
  sharedBy: string | null;
  information: string;
}

/** Why the meeting was called. */
export interface MeetingReason {
  /** What the chair typed when calling the meeting. */
  statement: string;
  /** The protocol's reason, e.g. "Three missing episodes in 90 days (ST 13.17)"; null when not held separately. */
  protocolReason: string | null;
  /** The episodes that called the meeting, oldest first; empty when none was linked. */
  triggeringEpisodes: DocumentEpisode[];
}

/**
 * A child's whole history of episodes, so a reader can see what the listed episodes are a part of. Counts are of
 * episodes reported up to `asOf`.
 */
export interface EpisodeHistory {
  /** The child it concerns, by name: only printed when the document covers more than one child. */
  child: string | null;
  asOf: IsoInstant;
  /** The start of the period the minutes list, and why it starts there. */
  listedSince: IsoInstant;
  /** e.g. "the last Missing Intervention Meeting" or "90 days before this meeting (no earlier meeting of this kind)". */
  listedSinceReason: string;
  listed: number;
  total: number;
  last90Days: number;
  last12Months: number;
  /** Longest ended episode in minutes; null when none has ended. */
  longestMinutes: number | null;
  /** Episodes graded high risk by the police (latest grading). */
  highRisk: number;
  firstReportedAt: IsoInstant | null;
}

/** Where a return interview stands as the app shows it (72 elapsed hours from return: W-CP 7.0, WG 9, ST 13.9). */
export interface DocumentReturnInterview {
  state: 'not-returned' | 'held' | 'declined' | 'not-engaged' | 'not-offered' | 'due' | 'overdue';
  offeredAt: IsoInstant | null;
  heldAt: IsoInstant | null;
  /** Held within 72 hours of the return; null when not held. */
  within72Hours: boolean | null;
  /** For 'due' and 'overdue'. */
  dueBy: IsoInstant | null;
  /** The child accepted an interview not yet held. */
  accepted: boolean;
  /** Why it was not offered, or declined, as recorded. */
  reason: string | null;
}

export interface AgendaItem {
  title: string;
  /** The template's key: 'previous-actions' and 'next-meeting' print more than what was typed. */
  key?: string;
  /** The child a multi-child meeting's item is about, by name; null or absent for a general item. */
  child?: string | null;
  /**
   * What was said, as typed by the minute-taker. Paragraphs are separated by a blank line; a single line break stays a
   * line break within the paragraph.
   */
  minutes: string;
  /** Decisions recorded under this item, each one sentence or more; empty when none. */
  decisions: Array<string | DocumentDecision>;
  /** The minutes as approved, when amended since; `minutes` is then the latest text. */
  approvedMinutes?: string;
  /** Amendments after approval, oldest first. */
  amendments?: ItemAmendment[];
  /** For the review of previous actions: each action carried in, as it stands. */
  reviewedActions?: PreviousAction[];
}

export type FactorDirection = 'push' | 'pull';

/** A push or pull factor, e.g. push "Conflict at home" with detail "Said arguments with carer about curfew". */
export interface DocumentFactor {
  direction: FactorDirection;
  /** Display label of the factor. */
  label: string;
  /** What was said; null when nothing more was recorded. */
  detail: string | null;
  /** The child it concerns, by name: only printed when the document covers more than one child. */
  child: string | null;
}

/** One missing episode, as a minutes table row or a chronology entry. */
export interface DocumentEpisode {
  /** The child it concerns, by name: only printed when the document covers more than one child. */
  child: string | null;
  /** Display label: "Missing", "Absent" or "Away from placement without authorisation". */
  category: string;
  reportedAt: IsoInstant;
  /** When the child was last seen, if known; the chronology prints it. */
  lastSeenAt: IsoInstant | null;
  /** null while the child is still missing. */
  foundAt: IsoInstant | null;
  /** Police risk grading as a display label, e.g. "High" (the latest grading); null when not graded. */
  policeRisk: string | null;
  /** e.g. "Placement" or "Home"; null when not recorded. */
  missingFrom: string | null;
  /** e.g. "Friend's address, Exampletown"; null when not recorded or still missing. */
  whereFound: string | null;
  /** Display label of the return interview outcome, e.g. "Accepted"; null when none recorded. */
  returnInterviewOutcome: string | null;
  /** When the return interview was held, if it was. */
  returnInterviewHeldAt: IsoInstant | null;
  /** Where it stands as the app shows it; when present the documents print this rather than the outcome alone. */
  returnInterview?: DocumentReturnInterview;
  /** Push and pull factors found for this episode (their `child` is ignored here). */
  factors: DocumentFactor[];
  /** e.g. police reference "EX-2026-0012"; null when none. */
  policeReference: string | null;
}

export interface DocumentAction {
  /** The action, e.g. "Offer a return interview within 72 hours". */
  action: string;
  /** Who will do it, by name or role. */
  owner: string;
  agency: string;
  /** null when no date was set. */
  dueOn: IsoDate | null;
  /** Display label, e.g. "Not started", "In progress", "Done", "Overdue". */
  status: string;
  /** The child it concerns, by name: only printed when the document covers more than one child. */
  child: string | null;
  /** The day it was set: the meeting's date when set during the meeting. */
  setOn?: IsoDate | null;
  /** Why it was set, as recorded in the action form; null when nothing was recorded. */
  rationale?: string | null;
  /** Changes since it was agreed, each a sentence naming who, when and why (shared/meetings/actionChanges.ts). */
  changes?: string[];
}

/** A change made to minutes after they were approved. */
export interface MinutesAmendment {
  amendedAt: IsoInstant;
  /** e.g. "Chair B. Example". */
  amendedBy: string;
  /** What changed, e.g. "Agenda item 3: corrected the date of the strategy discussion". */
  change: string;
}

export interface MinutesDocument {
  issuer: DocumentIssuer;
  /** e.g. "Missing Intervention Meeting", "Strategy Meeting", "Daily Review". */
  meetingKind: string;
  /** e.g. "Stage 1"; null for meetings without stages. */
  stage: string | null;
  /**
   * Where the minutes stand, printed under the title, e.g. "Draft, not yet approved" or
   * "Minutes approved 12 January 2026 by Chair B. Example".
   */
  status: string;
  /** Not yet approved: DRAFT goes in the title and on the header and footer of every page. */
  draft?: boolean;
  /** Why the meeting was called; absent only in models made before it was recorded. */
  reason?: MeetingReason;
  /** The day the minutes are sent; Homeward does not hold it yet. */
  circulatedOn?: IsoDate | null;
  /** Who may receive the document; the built-in statement when absent. */
  confidentiality?: string;
  /** Set on an extract of a multi-child meeting's minutes: who it is for, and how many children the whole covers. */
  extract?: {
    recipient: string;
    childrenInMeeting: number;
    /** One child's extract (recipient is the case reference) rather than an authority's. */
    oneChild?: boolean;
  } | null;
  /** Printed under the distribution list, e.g. that the child and family are not sent professionals' minutes. */
  distributionNote?: string | null;
  /** Comments on attendance, e.g. why the school was not represented. Homeward does not hold them yet. */
  attendanceComments?: string | null;
  /** What each agency brought. Homeward does not hold it yet. */
  agencyInformation?: AgencyInformation[];
  /** The overall risk agreed by the meeting, per child. */
  risk?: RiskSummary[];
  /** A Strategy Meeting's outcome: section 47 enquiry, police investigation or no further action. Not held yet. */
  strategyOutcome?: string | null;
  /** The whole history of each child's episodes. */
  history?: EpisodeHistory[];
  /** Where the next meeting is; Homeward does not hold it yet. */
  nextMeetingVenue?: string | null;
  /** One child, or several for a multi-child meeting such as a Daily Review. */
  children: DocumentChild[];
  startsAt: IsoInstant;
  /** When it was scheduled for, shown beside the actual times when it differs; absent in older models. */
  scheduledAt?: IsoInstant;
  /** null when the end was not recorded. */
  endsAt: IsoInstant | null;
  /** e.g. "Room 2, Example House" or "Video call". */
  venue: string;
  chair: DocumentPerson;
  minuteTaker: DocumentPerson;
  attendees: DocumentAttendee[];
  distribution: DistributionRecipient[];
  agenda: AgendaItem[];
  /** Push and pull factors discussed at the meeting. */
  factors: DocumentFactor[];
  /** Start of the episodes table's period: the previous meeting; null when this is the first meeting. */
  episodesSince: IsoInstant | null;
  /** Episodes since the previous meeting, oldest first. */
  episodes: DocumentEpisode[];
  /** The pack's escalation log entries (W-CP 5.0), oldest first; absent in models made before it was printed. */
  escalations?: DocumentEscalation[];
  actions: DocumentAction[];
  /** null when no further meeting was set. */
  nextMeetingAt: IsoInstant | null;
  /** Amendments made after approval, oldest first; empty when none (the section is then left out). */
  amendments: MinutesAmendment[];
}

export interface ActionPlanDocument {
  issuer: DocumentIssuer;
  meetingKind: string;
  stage: string | null;
  /** The meeting that agreed the plan. */
  meetingAt: IsoInstant;
  children: DocumentChild[];
  chair: DocumentPerson;
  actions: DocumentAction[];
  /** e.g. "Plan agreed at the meeting; progress updated 14 Jan 2026"; null to leave out. */
  status: string | null;
  nextMeetingAt: IsoInstant | null;
  nextMeetingVenue?: string | null;
  /** The meeting's minutes are not approved yet. */
  draft?: boolean;
  /** The decisions behind the plan, with the agenda item (and child) they came under. */
  decisions?: Array<{ item: string; decision: string | DocumentDecision }>;
  risk?: RiskSummary[];
  reason?: MeetingReason;
  circulatedOn?: IsoDate | null;
  confidentiality?: string;
}

export interface ChronologyDocument {
  issuer: DocumentIssuer;
  child: DocumentChild;
  /** When the chronology was produced; printed under the title. */
  producedAt: IsoInstant;
  /** Every episode, oldest first. */
  episodes: DocumentEpisode[];
}
