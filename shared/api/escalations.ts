import { z } from 'zod';
import { isoInstant } from '../domain/child';
import { apiId, baseRevision } from './text';
import type { FileToSave } from './index';

const required = (max: number) =>
  z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`);
const optional = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).default('');

/**
 * One entry of a child's escalation log (W-CP 5.0 "a reporting and monitoring process"; issue 17): who escalated,
 * to whom, about what, the outcome and when. Entered by hand, or by recording one of the protocol's own escalations
 * from Due (`dueKey`), which then leaves Due. Who recorded it is the signed-in person.
 */
export interface EscalationEntry {
  id: string;
  childId: string;
  episodeId: string | null;
  /** The automatic escalation it records (shared/protocol/escalationKeys.ts); null for one entered by hand. */
  dueKey: string | null;
  fromWho: string;
  toWho: string;
  about: string;
  /** The protocol's section for an automatic escalation, e.g. "W-CP 7.0". */
  section: string | null;
  escalatedAt: string;
  outcome: string;
  outcomeAt: string | null;
  recordedAt: string;
  recordedBy: string;
  updatedAt: string;
  updatedBy: string;
  revision: number;
}

export const addEscalationSchema = z.object({
  childId: apiId,
  episodeId: apiId.nullable().default(null),
  /** The Due row's escalation key, when recording one of the protocol's own escalations. */
  dueKey: z.string().trim().min(1).max(300).nullable().default(null),
  fromWho: required(200),
  toWho: required(200),
  /** Required by hand; for an automatic escalation, what Due says is used when left empty. */
  about: optional(2000),
  escalatedAt: isoInstant,
  outcome: optional(2000),
  outcomeAt: isoInstant.nullable().default(null),
});
export type AddEscalationInput = z.infer<typeof addEscalationSchema>;

export const updateEscalationSchema = z.object({
  id: apiId,
  baseRevision,
  outcome: optional(2000),
  outcomeAt: isoInstant.nullable().default(null),
});

/** A meeting's minutes sent to the host authority and received by it (EM): tracked until received. */
export interface HostMinutesRecord {
  meetingId: string;
  sentAt: string | null;
  sentTo: string;
  receivedAt: string | null;
  updatedAt: string;
  updatedBy: string;
  revision: number;
}

export interface HostMinutesView {
  record: HostMinutesRecord | null;
  /** The rule where one of the meeting's children's protocol asks for it (EM); null where none does. */
  rule: { quote: string; source: string } | null;
}

export const escalationsSchemas = {
  'escalations.listForChild': z.object({ childId: apiId }),
  'escalations.add': addEscalationSchema,
  'escalations.update': updateEscalationSchema,
  /** The child's whole log as a Word document in the minutes' marked layout. */
  'escalations.export': z.object({ childId: apiId }),
  'escalations.hostMinutes': z.object({ meetingId: apiId }),
  'escalations.saveHostMinutes': z.object({
    meetingId: apiId,
    baseRevision: baseRevision.nullable(),
    sentAt: isoInstant.nullable().default(null),
    sentTo: optional(200),
    receivedAt: isoInstant.nullable().default(null),
  }),
};

export interface EscalationsOutputs {
  'escalations.listForChild': EscalationEntry[];
  'escalations.add': EscalationEntry;
  'escalations.update': EscalationEntry;
  'escalations.export': FileToSave;
  'escalations.hostMinutes': HostMinutesView;
  'escalations.saveHostMinutes': HostMinutesView;
}
