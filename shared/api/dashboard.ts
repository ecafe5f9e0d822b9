import { z } from 'zod';
import type { EpisodeCategory, PoliceRisk } from '../domain/episode';
import type { FactorCode } from '../domain/factors';
import type { MeetingKind, MeetingRecord, MeetingStatus } from '../domain/meeting';
import { entityId } from '../domain/meeting';
import { MAX_REASON_LENGTH } from '../meetings/reviewReasons';
import type { ExportedCsv } from './importExport';
import { baseRevision } from './text';
import type { FileToSave } from './index';

/** A calendar month as London counts it, `YYYY-MM`; it runs from London midnight on the 1st to the next 1st. */
export const monthSchema = z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM');

const monthInput = z.object({ month: monthSchema });

const reviewReason = z
  .string()
  .trim()
  .min(1, 'is required: say why')
  .max(MAX_REASON_LENGTH, `must be at most ${MAX_REASON_LENGTH} characters`);

export const dashboardSchemas = {
  /** The Daily Review of Exploitation and Missing board as of now (W-KC, WG 9). */
  'dailyReview.board': z.object({}),
  /**
   * Creates today's Daily Review: a multi-child meeting with a section for each child on the board (missing now
   * first). Refused when the board names no child.
   */
  'dailyReview.start': z.object({}),
  /**
   * Puts a child on an open Daily Review with the chair's reason (a section of its own). Refused once the minutes
   * are approved, and when baseRevision (the meeting's) is stale.
   */
  'dailyReview.addChild': z.object({
    meetingId: entityId,
    childId: entityId,
    reason: reviewReason,
    baseRevision,
  }),
  /**
   * Takes a child off an open Daily Review, with why (the minutes print it). Refused once the minutes are approved,
   * and while the child's items hold minutes, decisions or actions.
   */
  'dailyReview.removeChild': z.object({
    meetingId: entityId,
    childId: entityId,
    reason: reviewReason,
    baseRevision,
  }),
  /** The monthly missing dashboard for the Monthly Missing Meeting (WG 13, WG appendix f; EM). */
  'dashboard.month': monthInput,
  /** The dashboard as a Word document for the governance meeting's papers: tables and a short summary. Audited. */
  'dashboard.exportDocx': monthInput,
  /** The dashboard's tables as one CSV file, a section per table. Audited. */
  'dashboard.exportCsv': monthInput,
};

// ---- The Daily Review board ----

export interface BoardChild {
  childId: string;
  childName: string;
  caseReference: string;
}

export interface BoardMissingNow extends BoardChild {
  episodeId: string;
  category: EpisodeCategory;
  reportedAt: string;
  /** Latest grading, else the grading at report (ST 6); null when not graded. */
  policeRisk: PoliceRisk | null;
}

export interface BoardHighRisk extends BoardChild {
  episodeId: string;
  reportedAt: string;
  /** null: missing now. */
  foundAt: string | null;
}

export interface BoardReturned extends BoardChild {
  episodeId: string;
  returnedAt: string;
  /** The return interview's deadline (72 hours after the return in every shipped profile). */
  dueBy: string;
  /** e.g. "RHI", "Return Conversation": the child's protocol's name for it. */
  interviewName: string;
  overdue: boolean;
}

export interface BoardThreshold extends BoardChild {
  level: number;
  stageLabel: string;
  reachedAt: string;
  chair: string | null;
  reason: string;
}

export interface BoardActionOverdue {
  actionId: string;
  meetingId: string;
  meetingKind: MeetingKind;
  /** null: an action for the meeting as a whole rather than one child. */
  child: BoardChild | null;
  what: string;
  owner: string;
  agency: string;
  dueOn: string;
}

export interface DailyReviewBoard {
  asOf: string;
  /** The last Daily Review held (concluded or approved); null when there has been none. */
  lastDailyReview: { meetingId: string; heldAt: string } | null;
  /** Today's Daily Review (London day), whatever its status: the latest one when a second was started. */
  todaysReview: {
    meetingId: string;
    status: MeetingStatus;
    scheduledAt: string;
    startedAt: string | null;
    concludedAt: string | null;
  } | null;
  /** "Crossed a threshold" means a stage reached after this instant: the last Daily Review, else 24 hours ago. */
  thresholdsSince: string;
  missingNow: BoardMissingNow[];
  /** Missing now at high risk, or a high-risk episode that was open at some time in the last 24 hours. */
  highRisk: BoardHighRisk[];
  missingOver24Hours: BoardMissingNow[];
  /** Returned in the last 24 hours with the return interview still to do. */
  returnedInterviewDue: BoardReturned[];
  crossedThreshold: BoardThreshold[];
  /** Return interviews past their deadline, within the Due screen's 30 days. */
  interviewsOverdue: BoardReturned[];
  actionsOverdue: BoardActionOverdue[];
  /** Every child above once, in the order the meeting takes them (missing now first). */
  childIds: string[];
}

export interface DailyReviewStarted {
  record: MeetingRecord;
  /** Children left off because a meeting holds at most 60 (the least urgent, from the end of the list). */
  leftOut: number;
  /** Today's Daily Review was already open (draft or in progress): that meeting, not a second one. */
  alreadyStarted: boolean;
}

// ---- The monthly dashboard ----

/** A count and its share of the denominator the table names; percent is null when the denominator is 0. */
export interface Share {
  count: number;
  /** Rounded to one decimal place. */
  percent: number | null;
}

export type RiskKey = PoliceRisk | 'not-graded';

export interface CategoryRow {
  category: EpisodeCategory;
  label: string;
  byRisk: Record<RiskKey, number>;
  total: number;
}

export interface RepeatChild extends BoardChild {
  episodesInMonth: number;
  /** Missing episodes (category "missing") reported in the 12 months to the end of the month. */
  missingIn12Months: number;
  repeatMissing: boolean;
}

export type InterviewRowKey =
  | 'offered'
  | 'accepted'
  | 'held'
  | 'held-within-72-hours'
  | 'declined'
  | 'not-engaged'
  | 'not-offered'
  | 'no-outcome'
  | 'outstanding'
  | 'not-yet-due';

export interface InterviewRow extends Share {
  key: InterviewRowKey;
  label: string;
}

export interface FactorRow extends Share {
  direction: 'push' | 'pull';
  code: FactorCode;
  label: string;
}

export interface StageRow {
  level: number;
  label: string;
  children: number;
}

export interface AuthorityRow {
  placingAuthority: string;
  hostAuthority: string;
  children: number;
  episodes: number;
  returned: number;
  /** Returned in the month, 72 hours passed, and no interview held, declined or not engaged with. */
  interviewsOutstanding: number;
}

export interface TrendMonth {
  month: string;
  label: string;
  byCategory: Record<EpisodeCategory, number>;
  total: number;
  returned: number;
  heldWithin72Hours: Share;
}

export interface Definition {
  term: string;
  definition: string;
}

export interface MonthDashboard {
  month: string;
  /** "November 2026". */
  label: string;
  /** UTC instants of London midnight on the 1st and on the 1st of the next month (exclusive). */
  start: string;
  end: string;
  asOf: string;
  /** The month is not over yet: the figures run to asOf. */
  partial: boolean;
  episodes: {
    total: number;
    byCategory: CategoryRow[];
    /** Column totals of byCategory. */
    byRisk: Record<RiskKey, number>;
  };
  repeat: {
    /** Children with at least one episode reported in the month. */
    children: number;
    /** Children with 2 or more episodes reported in the month (WG 13). */
    withRepeatEpisodes: number;
    /** Children reported missing in the month, and more than once in the 12 months to its end (W-CP 2.0). */
    repeatMissing: number;
    list: RepeatChild[];
  };
  returnInterviews: {
    /** The denominator: episodes that ended (found or returned) in the month. */
    returned: number;
    rows: InterviewRow[];
  };
  factors: {
    /** The denominator: episodes reported in the month with at least one factor recorded. */
    episodesWithFactors: number;
    push: FactorRow[];
    pull: FactorRow[];
  };
  stages: {
    /** The month's last instant, or now for the month in progress. */
    asOf: string;
    /** Children with an episode in the 400 days before, evaluated against their protocol. */
    childrenEvaluated: number;
    rows: StageRow[];
  };
  authorities: AuthorityRow[];
  /** The 12 months ending with this one, oldest first. */
  trend: TrendMonth[];
  definitions: Definition[];
}

export interface DashboardOutputs {
  'dailyReview.board': DailyReviewBoard;
  'dailyReview.start': DailyReviewStarted;
  'dailyReview.addChild': MeetingRecord;
  'dailyReview.removeChild': MeetingRecord;
  'dashboard.month': MonthDashboard;
  'dashboard.exportDocx': FileToSave;
  'dashboard.exportCsv': ExportedCsv;
}
