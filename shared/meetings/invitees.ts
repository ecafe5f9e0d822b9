import type { LegalStatus, PlacementType } from '../domain/child';
import type { AttendeeRole, MeetingKind } from '../domain/meeting';

export interface InviteeChildFacts {
  legalStatus: LegalStatus;
  placementType: PlacementType;
  placingAuthority: string;
  hostAuthority: string | null;
}

/** A role to invite; the user fills the name. */
export interface SuggestedInvitee {
  role: AttendeeRole;
  agency: string;
}

/** Open to a social worker (ST 13.21 "if open to a social worker"): early help and unknown children are not. */
const OPEN_TO_SOCIAL_WORKER: readonly LegalStatus[] = [
  'child-in-need',
  'child-protection-plan',
  'child-in-care',
  'care-leaver',
];

/** Placed out of area: the host authority is invited and always sent the minutes (EM). */
export const isPlacedOutOfArea = (
  c: Pick<InviteeChildFacts, 'placingAuthority' | 'hostAuthority'>,
): boolean =>
  c.hostAuthority !== null &&
  c.hostAuthority.trim() !== '' &&
  c.hostAuthority.trim().toLowerCase() !== c.placingAuthority.trim().toLowerCase();

/** Only a child in care has an Independent Reviewing Officer. */
export const hasIro = (c: Pick<InviteeChildFacts, 'legalStatus'>): boolean =>
  c.legalStatus === 'child-in-care';

function forChild(kind: MeetingKind, c: InviteeChildFacts): SuggestedInvitee[] {
  const out: SuggestedInvitee[] = [];
  const add = (role: AttendeeRole, agency = '') => out.push({ role, agency });
  const socialWorker = () => {
    if (OPEN_TO_SOCIAL_WORKER.includes(c.legalStatus)) add('social-worker', c.placingAuthority);
  };
  const carer = () => {
    if (c.placementType !== 'home') add('carer');
  };
  const host = () => {
    if (isPlacedOutOfArea(c)) add('host-authority', c.hostAuthority ?? '');
  };
  switch (kind) {
    case 'mim': // ST 13.21; the host authority for a placed child (EM)
      add('child');
      add('parent');
      socialWorker();
      add('police', 'Police');
      carer();
      add('education');
      add('health');
      add('return-interview-worker');
      host();
      break;
    case 'strategy': // ST 13.3; WG 12: "where involved the IRO should also attend ... alongside all involved professionals"
      socialWorker();
      add('police', 'Police');
      add('health');
      add('education');
      carer();
      if (hasIro(c)) add('iro', c.placingAuthority);
      host();
      break;
    case 'urgent-care-review': // ST 14.2: police, social worker, foster carer, care professionals involved day to day
      add('police', 'Police');
      socialWorker();
      carer();
      host();
      break;
    default:
      break;
  }
  return out;
}

/** The standing meetings invite agencies, not a child's professionals. */
const STANDING: Partial<Record<MeetingKind, SuggestedInvitee[]>> = {
  // W-KC: a multi-agency review of exploitation and missing.
  'daily-review': [
    { role: 'police', agency: 'Police' },
    { role: 'social-care', agency: '' },
    { role: 'exploitation-coordinator', agency: '' },
    { role: 'missing-service', agency: '' },
    { role: 'health', agency: '' },
    { role: 'education', agency: '' },
  ],
  // ST 15.1: police (Missing Person Problem Solver), commissioned missing service, data officer, CE coordinators,
  // education.
  'weekly-missing': [
    { role: 'police', agency: 'Police' },
    { role: 'missing-service', agency: '' },
    { role: 'missing-data-officer', agency: '' },
    { role: 'exploitation-coordinator', agency: '' },
    { role: 'education', agency: '' },
  ],
  // WG appendix f "The meeting will be attended by".
  'monthly-missing': [
    { role: 'social-care', agency: '' },
    { role: 'police', agency: 'Police' },
    { role: 'probation', agency: 'National Probation Service' },
    { role: 'health', agency: 'Child Health' },
    { role: 'youth-offending', agency: '' },
    { role: 'education', agency: '' },
    { role: 'drug-alcohol-service', agency: '' },
    { role: 'housing', agency: '' },
    { role: 'adult-services', agency: '' },
  ],
};

/** Who to invite, by role, for a new meeting about these children (one child for the child-centred kinds). */
export function suggestInvitees(
  kind: MeetingKind,
  children: readonly InviteeChildFacts[],
): SuggestedInvitee[] {
  const standing = STANDING[kind];
  if (standing) return standing.map((s) => ({ ...s }));
  return children.flatMap((c) => forChild(kind, c));
}
