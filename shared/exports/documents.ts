/**
 * The view models of the Word documents Homeward exports: minutes, an action plan on its own, a child's chronology.
 *
 * Everything is already resolved for display: names, roles, agencies and labels are the words the document prints
 * ("Missing", "High", "Accepted"), so the builders make no decisions about wording. Times stay ISO strings so the
 * builders format them the one way the documents use (UK style, Europe/London, e.g. "Tue 6 Jan 2026, 14:30").
 *
 * Pure types: no Node, no docx. The backend maps the database to these; the renderer may show the same models.
 */

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
}

/** A person named in a role, e.g. the chair. */
export interface DocumentPerson {
  name: string;
  /** e.g. "Team Manager"; null to leave out. */
  role: string | null;
  /** e.g. "Exampleshire Children's Services"; null to leave out. */
  agency: string | null;
}

/** 'invited' is someone invited whose attendance was not recorded; the minutes print "Did not attend". */
export type DocumentAttendance = 'attended' | 'apologies' | 'declined' | 'invited';

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
}

export interface AgendaItem {
  title: string;
  /**
   * What was said, as typed by the minute-taker. Paragraphs are separated by a blank line; a single line break stays a
   * line break within the paragraph.
   */
  minutes: string;
  /** Decisions recorded under this item, each one sentence or more; empty when none. */
  decisions: string[];
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
  /** Display label of the return interview outcome, e.g. "Accepted"; null when none offered yet. */
  returnInterviewOutcome: string | null;
  /** When the return interview was held, if it was. */
  returnInterviewHeldAt: IsoInstant | null;
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
   * "Minutes approved 12 Jan 2026 by Chair B. Example".
   */
  status: string;
  /** One child, or several for a multi-child meeting such as a Daily Review. */
  children: DocumentChild[];
  startsAt: IsoInstant;
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
}

export interface ChronologyDocument {
  issuer: DocumentIssuer;
  child: DocumentChild;
  /** When the chronology was produced; printed under the title. */
  producedAt: IsoInstant;
  /** Every episode, oldest first. */
  episodes: DocumentEpisode[];
}
