import {
  GENDERS,
  LEGAL_STATUS_LABELS,
  LEGAL_STATUSES,
  PLACEMENT_TYPE_LABELS,
  PLACEMENT_TYPES,
} from '../../../shared/domain/child';
import {
  EPISODE_CATEGORIES,
  EPISODE_CATEGORY_LABELS,
  MISSING_FROM,
  POLICE_RISK_LABELS,
  POLICE_RISKS,
  RETURN_INTERVIEW_OUTCOME_LABELS,
  RETURN_INTERVIEW_OUTCOMES,
  RETURN_METHOD_LABELS,
  RETURN_METHODS,
} from '../../../shared/domain/episode';
import { readFactors } from './factorsText';
import { codeReader, readYesNo, type CellReader } from './fieldReaders';
import type { HomewardColumn } from './formats';
import { asIdentifier, RowCells, widthIssue, type ParsedRow, type RowReader } from './rows';

/** Where the checks' field names land in a Homeward row. */
const COLUMN_OF_FIELD: Readonly<Record<string, HomewardColumn>> = {
  caseReference: 'case_reference',
  givenName: 'given_name',
  familyName: 'family_name',
  dateOfBirth: 'date_of_birth',
  gender: 'gender',
  legalStatus: 'legal_status',
  placingAuthority: 'placing_authority',
  hostAuthority: 'host_authority',
  placementType: 'placement_type',
  allocatedWorker: 'allocated_worker',
  team: 'team',
  category: 'category',
  reportedAt: 'reported_at',
  lastSeenAt: 'last_seen_at',
  foundAt: 'found_at',
  policeRiskAtReport: 'police_risk_at_report',
  policeRiskLatest: 'police_risk_latest',
  policeReference: 'police_reference',
  missingFrom: 'missing_from',
  whereFound: 'where_found',
  returnMethod: 'return_method',
  'returnInterview.offeredAt': 'ri_offered_at',
  'returnInterview.offeredBy': 'ri_offered_by',
  'returnInterview.outcome': 'ri_outcome',
  'returnInterview.notOfferedReason': 'ri_not_offered_reason',
  'returnInterview.heldAt': 'ri_held_at',
  traffickingConcern: 'trafficking_concern',
  notes: 'notes',
};

/** Names for a child the file creates without naming them. */
export const PLACEHOLDER_HOMEWARD = { givenName: 'Unknown', familyName: '(Homeward import)' } as const;

const gender = codeReader(GENDERS);
const legalStatus = codeReader(LEGAL_STATUSES, LEGAL_STATUS_LABELS);
const placementType = codeReader(PLACEMENT_TYPES, PLACEMENT_TYPE_LABELS);
const category = codeReader(EPISODE_CATEGORIES, EPISODE_CATEGORY_LABELS);
const policeRisk = codeReader(POLICE_RISKS, POLICE_RISK_LABELS);
const missingFrom = codeReader(MISSING_FROM);
const returnMethod = codeReader(RETURN_METHODS, RETURN_METHOD_LABELS);
const outcome = codeReader(RETURN_INTERVIEW_OUTCOMES, RETURN_INTERVIEW_OUTCOME_LABELS);

/** The child columns: used only to create a child Homeward does not hold yet. */
function newChild(
  c: RowCells,
  caseReference: string,
  dateOfBirth: string,
  authority: string,
): ParsedRow['newChild'] {
  return {
    givenName: c.text('given_name') ?? PLACEHOLDER_HOMEWARD.givenName,
    familyName: c.text('family_name') ?? PLACEHOLDER_HOMEWARD.familyName,
    dateOfBirth,
    gender: c.optional('gender', gender) ?? 'not-recorded',
    caseReference,
    legalStatus: c.optional('legal_status', legalStatus) ?? 'child-in-care',
    placingAuthority: c.text('placing_authority') ?? authority,
    hostAuthority: c.text('host_authority'),
    placementType: c.optional('placement_type', placementType) ?? 'other',
    allocatedWorker: c.text('allocated_worker'),
    team: c.text('team'),
  };
}

/**
 * The episode columns, blank cells as null. A cell that cannot be read is undefined here and has added an issue,
 * so the row is refused before the episode is used.
 */
function episode(c: RowCells, cells: CellReader): Partial<ParsedRow['episode']> {
  const dateTime = (t: string) => cells.dateTime(t);
  return {
    category: c.required('category', category),
    reportedAt: c.required('reported_at', dateTime),
    lastSeenAt: c.optional('last_seen_at', dateTime),
    foundAt: c.optional('found_at', dateTime),
    policeRiskAtReport: c.optional('police_risk_at_report', policeRisk),
    policeRiskLatest: c.optional('police_risk_latest', policeRisk),
    policeReference: c.text('police_reference'),
    missingFrom: c.optional('missing_from', missingFrom),
    whereFound: c.text('where_found'),
    returnMethod: c.optional('return_method', returnMethod),
    returnInterview: {
      offeredAt: c.optional('ri_offered_at', dateTime),
      offeredBy: c.text('ri_offered_by'),
      outcome: c.optional('ri_outcome', outcome),
      notOfferedReason: c.text('ri_not_offered_reason'),
      heldAt: c.optional('ri_held_at', dateTime),
    },
    traffickingConcern: c.optional('trafficking_concern', readYesNo) ?? false,
    factors: c.optional('factors', readFactors) ?? [],
    notes: c.text('notes'),
  };
}

/**
 * Reads rows of Homeward's own episodes file. Child columns are used only to create a child Homeward does not hold
 * yet; for a child it holds, only the date of birth is compared.
 */
export function readerHomeward(
  position: ReadonlyMap<string, number>,
  width: number,
  cells: CellReader,
  authority: string,
): RowReader {
  return {
    columnOf: (field) => COLUMN_OF_FIELD[field] ?? (field.startsWith('factors') ? 'factors' : field),
    read(record) {
      const wrongWidth = widthIssue(record, width);
      if (wrongWidth) return { ok: false, issues: [wrongWidth] };
      const c = new RowCells(position, record);
      const caseReference = c.required('case_reference', asIdentifier);
      const dateOfBirth = c.required('date_of_birth', (t) => cells.date(t));
      const child = newChild(c, caseReference ?? '', dateOfBirth ?? '', authority);
      const e = episode(c, cells);
      if (c.issues.length || !caseReference || !dateOfBirth || !e.category || !e.reportedAt) {
        return { ok: false, issues: c.issues };
      }
      return {
        ok: true,
        row: {
          caseReference,
          dateOfBirth,
          newChild: child,
          episode: { ...e, category: e.category, reportedAt: e.reportedAt },
        },
      };
    },
  };
}
