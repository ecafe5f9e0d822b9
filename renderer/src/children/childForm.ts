import type { ChildInput } from '../../../shared/domain/child';
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
  allocatedWorker: string;
  team: string;
  protocolProfileId: string;
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
  allocatedWorker: '',
  team: '',
  protocolProfileId: '',
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
  allocatedWorker: c.allocatedWorker ?? '',
  team: c.team ?? '',
  protocolProfileId: c.protocolProfileId ?? '',
});

/** dd/mm/yyyy to YYYY-MM-DD; anything else is passed on for the backend to name the problem. */
export const isoFromUkDate = (text: string): string => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text.trim();
};

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
  allocatedWorker: orNull(f.allocatedWorker),
  team: orNull(f.team),
  protocolProfileId: orNull(f.protocolProfileId),
});

/** Backend issues by field; `child.` is the prefix an update's payload adds. */
export const issuesByField = (issues: readonly FieldIssue[]): Record<string, string> =>
  Object.fromEntries(issues.map((i) => [i.field.replace(/^child\./, ''), i.message]));
