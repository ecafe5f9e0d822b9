import { z } from 'zod';
import { apiId } from './text';

/** The overall risk level a meeting agrees, beside (not instead of) the police grading. */
export const AGREED_RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const AGREED_RISK_LABELS: Record<(typeof AGREED_RISK_LEVELS)[number], string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** A Strategy Meeting's outcome, in Working Together's words. */
export const STRATEGY_OUTCOMES = ['section-47', 'police-investigation', 'no-further-action'] as const;
export const STRATEGY_OUTCOME_LABELS: Record<(typeof STRATEGY_OUTCOMES)[number], string> = {
  'section-47': 'Section 47 enquiry',
  'police-investigation': 'Police investigation',
  'no-further-action': 'No further action',
};

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).default('');

export const meetingOutcomeSchema = z.object({
  attendanceComments: text(2000),
  riskLevel: z.enum(AGREED_RISK_LEVELS).nullable().default(null),
  riskRationale: text(4000),
  strategyOutcome: z.enum(STRATEGY_OUTCOMES).nullable().default(null),
  /** The chair sends the professionals' minutes to the child and family too (not by default). */
  familyReceives: z.boolean().default(false),
});
export type MeetingOutcomeInput = z.infer<typeof meetingOutcomeSchema>;

export interface MeetingOutcome extends MeetingOutcomeInput {
  /** null until anything is recorded. */
  updatedAt: string | null;
  updatedBy: string | null;
}

export const outcomesSchemas = {
  /** What the meeting agreed as a whole: comments on attendance, the overall risk, a strategy outcome, who receives. */
  'meetings.getOutcome': z.object({ meetingId: apiId }),
  'meetings.setOutcome': z.object({ meetingId: apiId, outcome: meetingOutcomeSchema }),
};

export interface OutcomesOutputs {
  'meetings.getOutcome': MeetingOutcome;
  'meetings.setOutcome': MeetingOutcome;
}
