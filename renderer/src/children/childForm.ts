import { dateOfBirthProblem, type ChildInput, type PlacementArrangement } from '../../../shared/domain/child';
import { parseUkDate } from '../../../shared/time/london';
import type { FieldIssue } from '../../../shared/api';

/** What the child form holds: text as typed, so a refused save loses nothing. */
export interface ChildFormState {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  gender: ChildInput['gender'] | '';
  caseReference: string;
  legalStatus: ChildInput['legalStatus'] | '';
  placingAuthority: string;
  hostAuthority: string;
  placementType: ChildInput['placementType'] | '';
  /** When the current placement began, and whether it was planned: when the risk assessment is due (WG appendix a). */
  placementStartedOn: string;
  placementArrangement: PlacementArrangement | '';
  allocatedWorker: string;
  team: string;
  protocolProfileId: string;
  /** 'yes' or '' (no): a choice, so the form's state stays text like every other field. */
  unaccompaniedAsylumSeeking: '' | 'yes';
  /** EM: placed as a child at risk of going missing or CSE ('yes' or ''): the host authority is to be told. */
  placementMissingRisk: '' | 'yes';
}

export const emptyChildForm: ChildFormState = {
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  gender: '',
  caseReference: '',
  legalStatus: '',
  placingAuthority: '',
  hostAuthority: '',
  placementType: '',
  placementStartedOn: '',
  placementArrangement: '',
  allocatedWorker: '',
  team: '',
  protocolProfileId: '',
  unaccompaniedAsylumSeeking: '',
  placementMissingRisk: '',
};

const ukDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
};

export const childToForm = (c: ChildInput): ChildFormState => ({
  givenName: c.givenName,
  familyName: c.familyName,
  dateOfBirth: ukDate(c.dateOfBirth),
  gender: c.gender,
  caseReference: c.caseReference,
  legalStatus: c.legalStatus,
  placingAuthority: c.placingAuthority,
  hostAuthority: c.hostAuthority ?? '',
  placementType: c.placementType,
  placementStartedOn: c.placementStartedOn ? ukDate(c.placementStartedOn) : '',
  placementArrangement: c.placementArrangement ?? '',
  allocatedWorker: c.allocatedWorker ?? '',
  team: c.team ?? '',
  protocolProfileId: c.protocolProfileId ?? '',
  unaccompaniedAsylumSeeking: c.unaccompaniedAsylumSeeking ? 'yes' : '',
  placementMissingRisk: c.placementMissingRisk ? 'yes' : '',
});

/** The shared parser's answer (30/11/2026, 30.11.2026, 30/11/26); anything else goes on for the backend to name. */
export const isoFromUkDate = (text: string): string => {
  const parsed = parseUkDate(text);
  return parsed.ok ? parsed.date : text.trim();
};

const REQUIRED: ReadonlyArray<[keyof ChildFormState, string]> = [
  ['givenName', 'Given name'],
  ['familyName', 'Family name'],
  ['dateOfBirth', 'Date of birth'],
  ['gender', 'Gender'],
  ['caseReference', 'Case reference'],
  ['legalStatus', 'Legal status'],
  ['placingAuthority', 'Responsible (placing) authority'],
  ['placementType', 'Placement type'],
];

/** The date of birth's problem in words ("Date of birth is in the future."), or null: checked as soon as it is left. */
export function dateOfBirthError(text: string, today: string): string | null {
  if (!text.trim()) return null;
  const parsed = parseUkDate(text);
  if (!parsed.ok) return `Date of birth ${parsed.message}.`;
  const problem = dateOfBirthProblem(parsed.date, today);
  return problem ? `Date of birth ${problem}.` : null;
}

/** Every problem the form can see, by field, all at once (the episode form's way); empty when it can be sent. */
export function childFormErrors(f: ChildFormState, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, label] of REQUIRED) if (!f[field].trim()) errors[field] = `${label} is required.`;
  const dob = dateOfBirthError(f.dateOfBirth, today);
  if (dob) errors.dateOfBirth = dob;
  if (f.placementStartedOn.trim()) {
    const started = parseUkDate(f.placementStartedOn);
    if (!started.ok) errors.placementStartedOn = `Placement started ${started.message}.`;
  }
  return errors;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The payload; empty required choices go as they are so the backend's message names them. */
export const formToChild = (f: ChildFormState): Record<string, unknown> => ({
  givenName: f.givenName,
  familyName: f.familyName,
  dateOfBirth: isoFromUkDate(f.dateOfBirth),
  gender: f.gender || undefined,
  caseReference: f.caseReference,
  legalStatus: f.legalStatus || undefined,
  placingAuthority: f.placingAuthority,
  hostAuthority: orNull(f.hostAuthority),
  placementType: f.placementType || undefined,
  // Sent always, so saving other details keeps them rather than clearing them.
  placementStartedOn: f.placementStartedOn.trim() ? isoFromUkDate(f.placementStartedOn) : null,
  placementArrangement: f.placementArrangement || null,
  allocatedWorker: orNull(f.allocatedWorker),
  team: orNull(f.team),
  protocolProfileId: orNull(f.protocolProfileId),
  unaccompaniedAsylumSeeking: f.unaccompaniedAsylumSeeking === 'yes',
  placementMissingRisk: f.placementMissingRisk === 'yes',
});

/** Backend issues by field; `child.` is the prefix an update's payload adds. */
export const issuesByField = (issues: readonly FieldIssue[]): Record<string, string> =>
  Object.fromEntries(issues.map((i) => [i.field.replace(/^child\./, ''), i.message]));
