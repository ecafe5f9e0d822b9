import { z } from 'zod';
import { apiId, identifierText } from '../api/text';

/** Legal status as children's services record it; drives who chairs at some stages (ST 13.18-13.20). */
export const LEGAL_STATUSES = [
  'not-known',
  'early-help',
  'child-in-need',
  'child-protection-plan',
  'child-in-care',
  'care-leaver',
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

export const LEGAL_STATUS_LABELS: Record<LegalStatus, string> = {
  'not-known': 'Not known to children’s services',
  'early-help': 'Early help',
  'child-in-need': 'Child in need',
  'child-protection-plan': 'Child protection plan',
  'child-in-care': 'Child in care',
  'care-leaver': 'Care leaver',
};

export const GENDERS = ['female', 'male', 'non-binary', 'not-recorded'] as const;
export type Gender = (typeof GENDERS)[number];

export const GENDER_LABELS: Record<Gender, string> = {
  female: 'Female',
  male: 'Male',
  'non-binary': 'Non-binary',
  'not-recorded': 'Not recorded',
};

export const PLACEMENT_TYPES = [
  'home',
  'foster-care',
  'kinship-care',
  'childrens-home',
  'supported-accommodation',
  'secure',
  'other',
] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

export const PLACEMENT_TYPE_LABELS: Record<PlacementType, string> = {
  home: 'Living at home',
  'foster-care': 'Foster care',
  'kinship-care': 'Kinship care',
  'childrens-home': 'Children’s home',
  'supported-accommodation': 'Supported accommodation',
  secure: 'Secure accommodation',
  other: 'Other',
};

/** WG appendix a: a planned placement's risk assessment is made before it starts, an emergency one's within 3 working days. */
export const PLACEMENT_ARRANGEMENTS = ['planned', 'emergency'] as const;
export type PlacementArrangement = (typeof PLACEMENT_ARRANGEMENTS)[number];
export const PLACEMENT_ARRANGEMENT_LABELS: Record<PlacementArrangement, string> = {
  planned: 'Planned',
  emergency: 'Emergency',
};

/** The form of a calendar date, and whether one of that form is a real day (also the import's quick check). */
export const ISO_DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;
export const isRealIsoDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

/** Calendar date `YYYY-MM-DD`, checked to be a real day. */
export const isoDate = z
  .string()
  .regex(ISO_DATE_FORM, { error: 'must be a date as YYYY-MM-DD', abort: true })
  .refine(isRealIsoDate, 'is not a real calendar date');

/**
 * A date of birth after today (London) is a slip, 2062 for 2026, and would show "Age -4": refused by the form and
 * by the backend alike. Both dates `YYYY-MM-DD`; the answer is the problem as a fragment after the field's name.
 */
export const dateOfBirthProblem = (dateOfBirth: string, today: string): string | null =>
  dateOfBirth > today ? 'is in the future' : null;

/** The form of an instant, and whether one of that form is a real one (also the import's quick check). */
export const ISO_INSTANT_FORM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
export const isRealIsoInstant = (s: string): boolean => !Number.isNaN(new Date(s).getTime());

/** An instant as ISO 8601 with an offset or Z; stored as UTC. */
export const isoInstant = z
  .string()
  .regex(ISO_INSTANT_FORM, {
    error: 'must be a date and time (ISO 8601 with a time zone)',
    abort: true,
  })
  .refine(isRealIsoInstant, 'is not a real date and time');

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'is required');

export const childInputSchema = z.object({
  givenName: requiredText(100),
  familyName: requiredText(100),
  dateOfBirth: isoDate,
  gender: z.enum(GENDERS),
  caseReference: identifierText(40).pipe(z.string().min(1, 'is required')),
  legalStatus: z.enum(LEGAL_STATUSES),
  placingAuthority: requiredText(100),
  hostAuthority: text(100).nullable().default(null),
  placementType: z.enum(PLACEMENT_TYPES),
  allocatedWorker: text(100).nullable().default(null),
  team: text(100).nullable().default(null),
  /** Protocol profile id; null means the default profile from settings. */
  // A profile's slug: an id, so no control or bidi character rides on it (issue 11).
  protocolProfileId: apiId.max(60, 'must be at most 60 characters').nullable().default(null),
  /** An unaccompanied asylum-seeking child: long-term missing calls a 6-monthly review (ST 23.3). */
  unaccompaniedAsylumSeeking: z.boolean().default(false),
  /** The current placement's start and whether it was planned: when its risk assessment is due (WG appendix a). */
  placementStartedOn: isoDate.nullable().default(null),
  placementArrangement: z.enum(PLACEMENT_ARRANGEMENTS).nullable().default(null),
  /** EM: placed by the placing authority as a child at risk of going missing or CSE (its notice to the host). */
  placementMissingRisk: z.boolean().default(false),
});
export type ChildInput = z.infer<typeof childInputSchema>;

export interface Child extends ChildInput {
  id: string;
  /** +1 per update; an update sends the one it was based on (children.update baseRevision). */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** One row of the children list: the child plus what a chair scans for. */
export interface ChildSummary {
  id: string;
  givenName: string;
  familyName: string;
  caseReference: string;
  dateOfBirth: string;
  legalStatus: LegalStatus;
  placingAuthority: string;
  hostAuthority: string | null;
  allocatedWorker: string | null;
  episodesLast90Days: number;
  /** Reported-at of the open episode, when the child is missing now. */
  missingSince: string | null;
  /** Team mode: a record restricted to named people, this caller not among them; every detail above is blank. */
  restricted?: true;
}
