import { z } from 'zod';
import { apiId, identifierText } from '../api/text';
import { isoInstant } from './child';
import { FACTOR_CODES } from './factors';

/** Missing / absent / away from placement without authorisation (WG 7, W-CP 2.0). */
export const EPISODE_CATEGORIES = ['missing', 'absent', 'away'] as const;
export type EpisodeCategory = (typeof EPISODE_CATEGORIES)[number];
export const EPISODE_CATEGORY_LABELS: Record<EpisodeCategory, string> = {
  missing: 'Missing',
  absent: 'Absent',
  away: 'Away from placement without authorisation',
};

/** Police risk grading (ST 6); "no apparent risk" is newer practice. */
export const POLICE_RISKS = ['high', 'medium', 'low', 'no-apparent-risk'] as const;
export type PoliceRisk = (typeof POLICE_RISKS)[number];
export const POLICE_RISK_LABELS: Record<PoliceRisk, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  'no-apparent-risk': 'No apparent risk',
};

export const MISSING_FROM = ['home', 'placement', 'school', 'other'] as const;
export type MissingFrom = (typeof MISSING_FROM)[number];

export const RETURN_METHODS = ['own-accord', 'police', 'carer', 'family', 'other'] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];
export const RETURN_METHOD_LABELS: Record<ReturnMethod, string> = {
  'own-accord': 'Own accord',
  police: 'Police',
  carer: 'Carer',
  family: 'Family',
  other: 'Other',
};

/** Return (home) interview outcome (W-CP 7.0, WG 9, ST 13.5-13.9). */
export const RETURN_INTERVIEW_OUTCOMES = ['accepted', 'declined', 'not-engaged', 'not-offered'] as const;
export type ReturnInterviewOutcome = (typeof RETURN_INTERVIEW_OUTCOMES)[number];
export const RETURN_INTERVIEW_OUTCOME_LABELS: Record<ReturnInterviewOutcome, string> = {
  accepted: 'Accepted',
  declined: 'Declined',
  'not-engaged': 'Not engaged',
  'not-offered': 'Not offered',
};

const optionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullable().default(null);

export const returnInterviewSchema = z.object({
  offeredAt: isoInstant.nullable().default(null),
  offeredBy: optionalText(100),
  outcome: z.enum(RETURN_INTERVIEW_OUTCOMES).nullable().default(null),
  notOfferedReason: optionalText(500),
  heldAt: isoInstant.nullable().default(null),
});
export type ReturnInterview = z.infer<typeof returnInterviewSchema>;

export const factorSchema = z.object({
  direction: z.enum(['push', 'pull']),
  code: z.enum(FACTOR_CODES),
  /** Free text: what was said, or the factor itself when code is 'other'. */
  detail: optionalText(500),
});
export type PushPullFactor = z.infer<typeof factorSchema>;

export const episodeInputSchema = z.object({
  childId: apiId,
  category: z.enum(EPISODE_CATEGORIES, { error: 'is required: missing, absent or away from placement' }),
  reportedAt: isoInstant,
  lastSeenAt: isoInstant.nullable().default(null),
  foundAt: isoInstant.nullable().default(null),
  policeRiskAtReport: z.enum(POLICE_RISKS).nullable().default(null),
  policeRiskLatest: z.enum(POLICE_RISKS).nullable().default(null),
  policeReference: identifierText(40).nullable().default(null),
  missingFrom: z.enum(MISSING_FROM).nullable().default(null),
  whereFound: optionalText(200),
  returnMethod: z.enum(RETURN_METHODS).nullable().default(null),
  returnInterview: returnInterviewSchema.default({
    offeredAt: null,
    offeredBy: null,
    outcome: null,
    notOfferedReason: null,
    heldAt: null,
  }),
  factors: z.array(factorSchema).max(60, 'must list at most 60 factors').default([]),
  notes: optionalText(4000),
  /** A trafficking concern (ST 10.4, 23.3): prompts a section 47 strategy discussion and an NRM referral. */
  traffickingConcern: z.boolean().default(false),
});
export type EpisodeInput = z.infer<typeof episodeInputSchema>;

/** One police grading: the one at report (at the reported time) or a later change (when it was recorded). */
export interface PoliceGrading {
  risk: PoliceRisk;
  at: string;
  atReport: boolean;
}

export interface Episode extends EpisodeInput {
  id: string;
  /** +1 per update; an update sends the one it was based on (episodes.update baseRevision). */
  revision: number;
  /** The grading at report, then each later change in time order (migration 0015). */
  policeGradings: PoliceGrading[];
  createdAt: string;
  updatedAt: string;
}
