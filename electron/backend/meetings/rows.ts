import type { LegalStatus } from '../../../shared/domain/child';
import { londonToday } from '../../../shared/time/london';
import type {
  ActionStatus,
  Amendment,
  Attendee,
  AttendeeRole,
  AttendanceStatus,
  Meeting,
  MeetingAction,
  MeetingChild,
  MeetingKind,
  MeetingStatus,
} from '../../../shared/domain/meeting';
import type { MeetingRow } from '../db/schema';

// Values were validated against the shared enums when written; the casts only restore their types.

export type { MeetingRow } from '../db/schema';

export const rowToMeeting = (r: MeetingRow, childIds: string[], triggerEpisodeIds: string[]): Meeting => ({
  id: r.id,
  revision: r.revision,
  kind: r.kind as MeetingKind,
  stageLevel: r.stage_level,
  status: r.status as MeetingStatus,
  reason: r.reason,
  chairRole: r.chair_role,
  chairName: r.chair_name,
  minuteTaker: r.minute_taker,
  scheduledAt: r.scheduled_at,
  venue: r.venue,
  dueBy: r.due_by,
  nextMeetingAt: r.next_meeting_at,
  startedAt: r.started_at,
  concludedAt: r.concluded_at,
  approvedAt: r.approved_at,
  approvedBy: r.approved_by,
  approvedByRole: r.approved_by_role,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  childIds,
  triggerEpisodeIds,
});

export interface MeetingChildRow {
  meeting_id: string;
  id: string;
  given_name: string;
  family_name: string;
  case_reference: string;
  date_of_birth: string;
  legal_status: string;
  placing_authority: string;
  host_authority: string | null;
  allocated_worker: string | null;
  reason: string;
}

export const rowToMeetingChild = (r: MeetingChildRow): MeetingChild => ({
  id: r.id,
  givenName: r.given_name,
  familyName: r.family_name,
  caseReference: r.case_reference,
  dateOfBirth: r.date_of_birth,
  legalStatus: r.legal_status as LegalStatus,
  placingAuthority: r.placing_authority,
  hostAuthority: r.host_authority,
  allocatedWorker: r.allocated_worker,
  reason: r.reason,
});

export interface AttendeeRow {
  id: string;
  meeting_id: string;
  position: number;
  name: string;
  role: string;
  agency: string;
  status: string;
  is_chair: number;
  is_minute_taker: number;
  revision: number;
  information: string;
}

export const rowToAttendee = (r: AttendeeRow): Attendee => ({
  id: r.id,
  revision: r.revision,
  meetingId: r.meeting_id,
  position: r.position,
  name: r.name,
  role: r.role as AttendeeRole,
  agency: r.agency,
  status: r.status as AttendanceStatus,
  isChair: r.is_chair === 1,
  isMinuteTaker: r.is_minute_taker === 1,
  information: r.information,
});

export interface ActionRow {
  id: string;
  meeting_id: string;
  item_id: string;
  child_id: string | null;
  what: string;
  owner: string;
  agency: string;
  due_on: string | null;
  status: string;
  created_at: string;
  updated_at: string;
  revision: number;
  set_on: string | null;
  rationale: string;
  meeting_kind: string;
  meeting_scheduled_at: string;
}

/** `today` is the London calendar date as of the backend's now: an open action due before it is overdue. */
export const rowToAction = (r: ActionRow, today: string): MeetingAction => ({
  id: r.id,
  revision: r.revision,
  meetingId: r.meeting_id,
  itemId: r.item_id,
  childId: r.child_id,
  what: r.what,
  owner: r.owner,
  agency: r.agency,
  dueOn: r.due_on,
  status: r.status as ActionStatus,
  // Rows from before migration 0026 hold no date set: the day they were added is what the minutes always printed.
  setOn: r.set_on ?? londonToday(new Date(r.created_at)),
  rationale: r.rationale,
  overdue: r.status === 'open' && r.due_on !== null && r.due_on < today,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  meetingKind: r.meeting_kind as MeetingKind,
  meetingScheduledAt: r.meeting_scheduled_at,
});

export interface AmendmentRow {
  id: string;
  item_id: string;
  minutes: string;
  reason: string;
  amended_at: string;
  amended_by: string;
}

export const rowToAmendment = (r: AmendmentRow): Amendment => ({
  id: r.id,
  itemId: r.item_id,
  minutes: r.minutes,
  reason: r.reason,
  amendedAt: r.amended_at,
  amendedBy: r.amended_by,
});

export interface ItemRow {
  id: string;
  meeting_id: string;
  position: number;
  key: string;
  title: string;
  guidance: string;
  source: string;
  child_id: string | null;
  minutes: string;
  revision: number;
  saved_at: string | null;
}
