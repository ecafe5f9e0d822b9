import type { z } from 'zod';
import type { ApiError, ApiErrorCode, FieldIssue } from '../../shared/api/result';

/** A failure a user can act on. Anything else thrown by a handler is reported as internal, without details. */
export class DomainError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

export const notFound = (what: string) => new DomainError('not-found', `${what} was not found.`);

/** Labels used in messages, so "reportedAt" reads as the form does. */
const FIELD_LABELS: Record<string, string> = {
  givenName: 'Given name',
  familyName: 'Family name',
  dateOfBirth: 'Date of birth',
  caseReference: 'Case reference',
  legalStatus: 'Legal status',
  placingAuthority: 'Responsible (placing) authority',
  hostAuthority: 'Host authority',
  placementType: 'Placement type',
  category: 'Category',
  reportedAt: 'Reported',
  lastSeenAt: 'Last seen',
  foundAt: 'Found / returned',
  policeRiskAtReport: 'Police risk at report',
  policeRiskLatest: 'Police risk (latest)',
  'returnInterview.heldAt': 'Return interview held',
  'returnInterview.offeredAt': 'Return interview offered',
  'returnInterview.outcome': 'Return interview outcome',
  'returnInterview.notOfferedReason': 'Reason not offered',
  childId: 'Child',
  // Meetings (meetings.*, actions.*, agendaTemplates.*)
  meetingId: 'Meeting',
  itemId: 'Agenda item',
  stageLevel: 'Stage',
  childIds: 'Children',
  chairRole: 'Chair’s role',
  chairName: 'Chair’s name',
  minuteTaker: 'Minute-taker',
  scheduledAt: 'Scheduled for',
  venue: 'Venue',
  dueBy: 'Due by',
  reason: 'Reason',
  nextMeetingAt: 'Next meeting',
  baseRevision: 'Revision',
  minutes: 'Minutes',
  decisions: 'Decisions',
  attendeeId: 'Attendee',
  'attendee.name': 'Attendee’s name',
  'attendee.role': 'Attendee’s role',
  'attendee.agency': 'Attendee’s agency',
  'attendee.status': 'Attendance',
  actionId: 'Action',
  'action.what': 'Action',
  'action.owner': 'Action owner',
  'action.agency': 'Action agency',
  'action.dueOn': 'Action due date',
  'action.status': 'Action status',
  'action.childId': 'Action’s child',
  'action.rationale': 'Why this action',
  dueOn: 'Due date',
  owner: 'Owner',
  // Audited changes, as a conflict message lists them (revision.ts): field names as the forms label them.
  gender: 'Gender',
  allocatedWorker: 'Allocated worker',
  team: 'Team',
  protocolProfileId: 'Protocol',
  policeReference: 'Police reference',
  missingFrom: 'Missing from',
  whereFound: 'Where found',
  returnMethod: 'How returned',
  returnInterview: 'Return interview',
  factors: 'Push and pull factors',
  notes: 'Notes',
  attendees: 'Attendance',
  what: 'Action',
  agency: 'Agency',
  status: 'Status',
  rationale: 'Why this action',
};

export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field;

export function fromZod(error: z.ZodError, prefix = ''): DomainError {
  const issues: FieldIssue[] = error.issues.map((i) => {
    const field = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
    const message =
      i.code === 'invalid_type' && i.input === undefined
        ? 'is required'
        : i.message.replace(/^Invalid input: /, '');
    return { field: field || '(payload)', message };
  });
  const first = issues[0];
  const summary = first ? `${fieldLabel(first.field)} ${first.message}` : 'The request is not valid.';
  return new DomainError(
    'invalid',
    issues.length > 1 ? `${summary} (and ${issues.length - 1} more)` : summary,
    issues,
  );
}

/** Checks on save produce full sentences already; wrap them. */
export function invalid(issues: FieldIssue[]): DomainError {
  const first = issues[0];
  return new DomainError('invalid', first ? first.message : 'The record is not valid.', issues);
}
