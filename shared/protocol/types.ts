import type { LegalStatus } from '../domain/child';
import type { EpisodeCategory, PoliceRisk } from '../domain/episode';
import type { ProtocolProfile } from './schema';

/** What the engine needs to know about a child. */
export interface ChildFacts {
  dateOfBirth: string;
  placingAuthority?: string | null;
  hostAuthority?: string | null;
  legalStatus?: LegalStatus | null;
  /** Stoke: an Early Help plan is working and parents engage with it (ST 13.18); changes who chairs stage 1. */
  earlyHelpPlanWorking?: boolean | null;
  /** An unaccompanied asylum-seeking child (ST 23.2-23.3: long-term missing calls a 6-monthly review). */
  unaccompaniedAsylumSeeking?: boolean | null;
  /** The current placement's start (`YYYY-MM-DD`) and whether it was planned (WG appendix a's risk assessment). */
  placementStartedOn?: string | null;
  placementArrangement?: 'planned' | 'emergency' | null;
  /** EM: the placing authority judged the child at risk of going missing or CSE when placing them. */
  placementMissingRisk?: boolean | null;
}

/** A statutory (looked-after) review held (ST 17.4): its day, `YYYY-MM-DD`. */
export interface StatutoryReviewHeld {
  id: string;
  heldOn: string;
}

export interface EpisodeFacts {
  id: string;
  reportedAt: string;
  foundAt?: string | null;
  category: EpisodeCategory;
  /** The latest police risk grading. */
  policeRisk?: PoliceRisk | null;
  returnInterviewHeldAt?: string | null;
  returnInterviewOutcome?: string | null;
  /** A trafficking concern recorded on the episode (ST 10.4, 23.3). */
  traffickingConcern?: boolean | null;
}

export interface MeetingHeld {
  kind: string;
  stageLevel?: number | null;
  heldAt: string;
}

/** A notification someone has recorded as made; it drops out of `notifications`. */
export interface NotificationMade {
  role: string;
  /** The episode told of; null for a notice about a review or a placement, which `subjectId` names. */
  episodeId: string | null;
  subjectId?: string | null;
  /** The clock or notification rule it answers; without it, any rule telling that role about that episode. */
  ruleId?: string | null;
  at: string;
}

export interface EvaluateChildInput {
  profile: ProtocolProfile;
  child: ChildFacts;
  episodes: readonly EpisodeFacts[];
  /** ISO 8601 instant. */
  asOf: string;
  meetingsHeld?: readonly MeetingHeld[];
  notificationsMade?: readonly NotificationMade[];
  /** The dates (`YYYY-MM-DD`) of the child's risk assessments, every version (WG appendix a's due rule). */
  riskAssessedOn?: readonly string[];
  /** Escalations recorded, return interviews refused and minutes sent to the host authority (escalations.ts). */
  escalationFacts?: EscalationFacts;
  /** The child's statutory reviews held (ST 17.4's IRO report). */
  statutoryReviews?: readonly StatutoryReviewHeld[];
}

/** What the engine reads for the protocol's own escalations (W-CP 5.0, 7.0; EM). */
export interface EscalationFacts {
  /** Automatic escalations recorded as escalated in the log: the Due row's key and when it was escalated. */
  recorded: readonly { key: string; at: string }[];
  /** Return interviews refused by the allocated social worker or carer (W-CP 7.0). */
  refusals: readonly { episodeId: string; refusedAt: string; refusedBy: string }[];
  /** Held meetings about the child, with their minutes' sending to and receipt by the host authority (EM). */
  minutes: readonly {
    meetingId: string;
    kind: string;
    heldAt: string;
    sentAt: string | null;
    receivedAt: string | null;
  }[];
}

/** An escalation the protocol asks for, not yet recorded as escalated (shared/protocol/escalations.ts). */
export interface EscalationDue {
  /** Stable: what recording it in the escalation log answers (the log's due key). */
  key: string;
  kind: 'return-interview-refused' | 'minutes-not-received';
  episodeId: string | null;
  meetingId: string | null;
  /** Who it is escalated to. */
  role: string;
  /** Short, e.g. "Senior manager: escalate the refused Return Conversation". */
  what: string;
  reason: string;
  /** When it became due (an ISO instant) and as epoch millis. */
  at: string;
  deadlineAt: number;
  source: string;
  quote: string;
}

export type StageLevel = 0 | 1 | 2 | 3;

export interface StageResult {
  level: StageLevel;
  label: string;
  chair: string | null;
  /** The counting episodes in the window (and a long episode that reached the stage on its own). */
  episodeIds: string[];
  reason: string;
  /** When the child most recently came to this stage (start of the current run at or above it). */
  reachedAt: string | null;
  source: string | null;
}

export type MeetingKind = 'mim' | 'strategy' | 'daily-review' | 'urgent-care-review' | (string & {});

/** A meeting the protocol requires now and that has not been held. */
export interface RequiredMeeting {
  kind: MeetingKind;
  label: string;
  reason: string;
  /** `YYYY-MM-DD` for a working-day deadline, an ISO instant for a clock, null where the protocol gives none. */
  dueBy: string | null;
  /** Epoch millis the deadline passes (the end of the London day for a date); null with no deadline. */
  deadlineAt: number | null;
  /** The protocol's own words where it gives no deadline, e.g. "at the earliest opportunity". */
  deadlineWords: string | null;
  chair: string | null;
  episodeIds: string[];
  stageLevel: number | null;
  /** When the requirement arose: a meeting of this kind held at or after it satisfies it. */
  arisesAt: string;
  source: string;
}

export type MissingInterventionMeeting = RequiredMeeting & { kind: 'mim'; stageLevel: number };

export interface Notification {
  role: string;
  /** When the clock reached this notification (it is due from then). */
  at: string;
  /** `at` as epoch millis. */
  deadlineAt: number;
  reason: string;
  /** The episode told of; null for a notice about a statutory review or a placement (`subjectId`). */
  episodeId: string | null;
  /** A statutory review's id, or "placement:YYYY-MM-DD"; null for a notification about an episode. */
  subjectId: string | null;
  notifiedBy: string | null;
  source: string;
  /** The duration clock's or notification rule's id: with the episode and role, what a record answers. */
  ruleId: string;
  /** The protocol's sentence behind a notification rule; null for a duration clock's. */
  quote: string | null;
}

export interface ReturnStepDue {
  id: string;
  type: 'by' | 'escalate-at';
  role: string;
  action: string;
  /** For 'by': the deadline. For 'escalate-at': the moment to escalate. */
  dueBy: string;
  /** `dueBy` as epoch millis. */
  deadlineAt: number;
  reached: boolean;
  overdue: boolean;
  source: string;
  /** An 'escalate-at' step recorded as escalated in the child's escalation log (W-CP 5.0). */
  escalated: boolean;
}

/** A return interview not yet held, declined or refused (offered after every episode: W-CP 7.0, WG 9, ST 13.5). */
export interface ReturnInterviewDue {
  episodeId: string;
  returnedAt: string;
  dueBy: string;
  /** `dueBy` as epoch millis. */
  deadlineAt: number;
  overdue: boolean;
  name: string;
  /** e.g. "RHI", "Return Conversation". */
  shortName: string;
  /** Steps after the return: visits, contact attempts, and the latest escalation reached (EM). */
  steps: ReturnStepDue[];
}

export interface LongTermMissing {
  episodeId: string;
  reportedAt: string;
  /** When the episode became long-term missing. */
  since: string;
  days: number;
  source: string;
}

/** Something the protocol says to consider, not require (ST 13.23). */
export interface Consideration {
  episodeId: string;
  reason: string;
  source: string;
}

/** What a recorded fact prompts under the protocol (ST 13.3, 10.4, 23.3): shown on Due with its section. */
export interface Prompt {
  /** The rule's type, e.g. 'pattern-developing', 'long-term-missing', 'consider-mim'. */
  kind: string;
  episodeId: string | null;
  /** Short: "Consider a Strategy Meeting". */
  what: string;
  reason: string;
  /** An ISO instant where the protocol gives a time (the UASC review); otherwise null. */
  dueBy: string | null;
  deadlineAt: number | null;
  chair: string | null;
  source: string;
}

/** What the protocol calls the child from the record (W-CP 2.0 "repeat missing"): shown beside the stage. */
export interface ProtocolLabel {
  kind: string;
  label: string;
  reason: string;
  source: string;
}

/** A clock still to come for an open episode. */
export interface UpcomingClock {
  episodeId: string;
  at: string;
  what: string;
  source: string;
}

export interface ChildEvaluation {
  profileId: string;
  asOf: string;
  /** False when the child is outside the protocol (18 or over); everything else is then empty. */
  inScope: boolean;
  stage: StageResult;
  meetings: RequiredMeeting[];
  notifications: Notification[];
  returnInterviews: ReturnInterviewDue[];
  longTermMissing: LongTermMissing[];
  considerations: Consideration[];
  /** Prompts from recorded facts (ST 13.3, 10.4, 23.3). */
  prompts: Prompt[];
  /** Labels from recorded facts (W-CP 2.0 repeat missing); not tasks, so not on Due. */
  labels: ProtocolLabel[];
  /** The protocol's own escalations not yet recorded as escalated (W-CP 7.0 refusals, EM minutes). */
  escalations: EscalationDue[];
  upcoming: UpcomingClock[];
  openEpisodeIds: string[];
}
