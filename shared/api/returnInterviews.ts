import { z } from 'zod';
import { apiId } from './text';
import type { FileToSave } from './index';
import type { ProtocolProfile } from '../protocol/schema';
import { returnInterviewInputSchema, type ReturnInterviewRecord } from '../domain/returnInterview';

/** The rule the form and the checks read, from the child's protocol profile. */
export type ReturnInterviewFormRules = Pick<
  ProtocolProfile['returnInterview'],
  'name' | 'shortName' | 'dueWithinHours' | 'engagementAttempts' | 'source'
>;

/** One episode's return interview with what the form shows around it. */
export interface ReturnInterviewView {
  childId: string;
  episode: { id: string; reportedAt: string; foundAt: string | null; policeReference: string | null };
  /** null until the first save. */
  record: ReturnInterviewRecord | null;
  rules: ReturnInterviewFormRules;
  /** Placed by another authority (EM): the host's interviewer sends the record to the placing authority. */
  placed: { placingAuthority: string; hostAuthority: string } | null;
  /** Where the child's protocol escalates a refusal by a professional (W-CP 7.0); null where it says nothing. */
  refusalEscalation: { role: string; source: string; quote: string } | null;
}

/** A line per interview for the chronology and the meeting pack. */
export interface ReturnInterviewSummary {
  id: string;
  episodeId: string;
  outcome: ReturnInterviewRecord['outcome'];
  offered: boolean | null;
  heldAt: string | null;
  heldInTime: boolean | null;
  attempts: number;
  factors: number;
  concerns: string;
  childProtectionReferral: boolean | null;
  forwardedToPoliceOn: string | null;
  sentToPlacingAt: string | null;
  receivedByPlacingAt: string | null;
  updatedAt: string;
}

export const returnInterviewsSchemas = {
  /** One episode's return interview record (a view of the child, audited). */
  'returnInterviews.get': z.object({ episodeId: apiId }),
  /** A child's return interviews, one line each. */
  'returnInterviews.listForChild': z.object({ childId: apiId }),
  /** Creates (baseRevision null) or updates the record; its factors feed the episode's. */
  'returnInterviews.save': z.object({
    interview: returnInterviewInputSchema,
    baseRevision: z.number().int().min(1).nullable(),
  }),
  /** The record as a Word document, in the minutes' marked layout. */
  'returnInterviews.exportWord': z.object({ episodeId: apiId }),
};

export interface ReturnInterviewsOutputs {
  'returnInterviews.get': ReturnInterviewView;
  'returnInterviews.listForChild': ReturnInterviewSummary[];
  'returnInterviews.save': ReturnInterviewView;
  'returnInterviews.exportWord': FileToSave;
}
