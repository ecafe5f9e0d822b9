import {
  GENDER_LABELS,
  LEGAL_STATUS_LABELS,
  PLACEMENT_TYPE_LABELS,
  type Child,
} from '../../../../shared/domain/child';
import {
  EPISODE_CATEGORY_LABELS,
  POLICE_RISK_LABELS,
  RETURN_INTERVIEW_OUTCOME_LABELS,
  type Episode,
} from '../../../../shared/domain/episode';
import { FACTOR_LABELS } from '../../../../shared/domain/factors';
import type { DocumentChild, DocumentEpisode, DocumentFactor } from '../../../../shared/exports/documents';
import { documentReturnInterview } from '../../../../shared/exports/returnInterview';

const MISSING_FROM_LABELS: Record<string, string> = {
  home: 'Home',
  placement: 'Placement',
  school: 'School',
  other: 'Other',
};

export const childName = (c: Pick<Child, 'givenName' | 'familyName'>) => `${c.givenName} ${c.familyName}`;

export const toDocumentChild = (
  c: Pick<
    Child,
    | 'givenName'
    | 'familyName'
    | 'caseReference'
    | 'dateOfBirth'
    | 'legalStatus'
    | 'placingAuthority'
    | 'hostAuthority'
    | 'allocatedWorker'
  >,
): DocumentChild => ({
  name: childName(c),
  caseReference: c.caseReference,
  dateOfBirth: c.dateOfBirth,
  legalStatus: LEGAL_STATUS_LABELS[c.legalStatus],
  placingAuthority: c.placingAuthority,
  hostAuthority: c.hostAuthority && c.hostAuthority !== c.placingAuthority ? c.hostAuthority : null,
  allocatedWorker: c.allocatedWorker ? `${c.allocatedWorker} (Social worker)` : null,
});

/** What the child's record holds beyond the meeting's own list of children: gender, placement and school. */
export type ChildRecordDetails = Pick<Child, 'gender' | 'placementType'> & {
  /** From the Philomena Part 1 record, the one place Homeward holds it; null when none is recorded. */
  school: string | null;
};

/**
 * The child's gender, placement and school as council minute templates print them, where recorded: "Not recorded"
 * is left out rather than printed. The placement is its type and, when placed out of area, the host authority.
 */
export const withRecordDetails = (doc: DocumentChild, d: ChildRecordDetails | undefined): DocumentChild => {
  if (!d) return doc;
  const host = doc.hostAuthority;
  const type = PLACEMENT_TYPE_LABELS[d.placementType];
  return {
    ...doc,
    gender: d.gender === 'not-recorded' ? null : GENDER_LABELS[d.gender],
    placement: host ? `${type}, in ${host}’s area` : type,
    school: d.school && d.school.trim() !== '' ? d.school.trim() : null,
  };
};

export const toDocumentFactors = (e: Pick<Episode, 'factors'>, child: string | null): DocumentFactor[] =>
  e.factors.map((f) => ({
    direction: f.direction,
    label: f.code === 'other' && f.detail ? f.detail : FACTOR_LABELS[f.code],
    detail: f.code === 'other' ? null : f.detail,
    child,
  }));

/**
 * `child` is the child's name, printed only in documents about several children; `asOf` (the export's now) decides
 * whether a return interview is due or overdue, as the app shows it at that moment.
 */
export const toDocumentEpisode = (e: Episode, child: string | null, asOf: string): DocumentEpisode => {
  const risk = e.policeRiskLatest ?? e.policeRiskAtReport;
  return {
    child,
    category: EPISODE_CATEGORY_LABELS[e.category],
    reportedAt: e.reportedAt,
    lastSeenAt: e.lastSeenAt,
    foundAt: e.foundAt,
    policeRisk: risk ? POLICE_RISK_LABELS[risk] : null,
    missingFrom: e.missingFrom ? (MISSING_FROM_LABELS[e.missingFrom] ?? null) : null,
    whereFound: e.whereFound,
    returnInterviewOutcome: e.returnInterview.outcome
      ? RETURN_INTERVIEW_OUTCOME_LABELS[e.returnInterview.outcome]
      : null,
    returnInterviewHeldAt: e.returnInterview.heldAt,
    returnInterview: documentReturnInterview(e, asOf),
    factors: toDocumentFactors(e, null),
    policeReference: e.policeReference,
  };
};
