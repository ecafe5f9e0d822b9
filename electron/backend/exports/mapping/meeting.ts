import type { ACTION_STATUSES } from '../../../../shared/domain/meeting';
import {
  ATTENDEE_ROLE_LABELS,
  MEETING_STATUS_LABELS,
  STAGE_LABELS,
  type MeetingAction,
  type MeetingRecord,
} from '../../../../shared/domain/meeting';
import { FACTOR_LABELS } from '../../../../shared/domain/factors';
import type {
  ActionPlanDocument,
  DocumentAction,
  DocumentFactor,
  DocumentIssuer,
  DocumentPerson,
  MinutesDocument,
} from '../../../../shared/exports/documents';
import { KIND_RULES, isMultiChild } from '../../../../shared/meetings/kinds';
import type { MeetingPack } from '../../../../shared/meetings/pack';
import { formatLongDateTime } from '../../../../shared/time/london';
import { childName, toDocumentChild, toDocumentEpisode } from './child';

const ACTION_STATUS_LABELS: Record<(typeof ACTION_STATUSES)[number], string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
};

function statusLine(record: MeetingRecord): string {
  const m = record.meeting;
  if (m.status === 'approved' && m.approvedAt)
    return `Minutes approved ${formatLongDateTime(m.approvedAt)} by ${m.approvedBy ?? 'the chair'}`;
  if (m.status === 'concluded') return 'Concluded: minutes not yet approved';
  return `${MEETING_STATUS_LABELS[m.status]}: draft minutes, not yet approved`;
}

function chairOf(record: MeetingRecord): DocumentPerson {
  const a = record.attendees.find((x) => x.isChair);
  return {
    name: a?.name || record.meeting.chairName || record.meeting.chairRole,
    role: record.meeting.chairRole,
    agency: a?.agency || null,
  };
}

function minuteTakerOf(record: MeetingRecord): DocumentPerson {
  const a = record.attendees.find((x) => x.isMinuteTaker);
  return {
    name: a?.name || record.meeting.minuteTaker || 'Not recorded',
    role: 'Minute-taker',
    agency: a?.agency || null,
  };
}

/** The actions agreed at this meeting (not those only reviewed), with the child named for multi-child meetings. */
function actionsOf(record: MeetingRecord, names: Map<string, string>, multi: boolean): DocumentAction[] {
  const toDoc = (a: MeetingAction): DocumentAction => ({
    action: a.what,
    owner: a.owner,
    agency: a.agency || '—',
    dueOn: a.dueOn,
    status: a.overdue ? 'Overdue' : ACTION_STATUS_LABELS[a.status],
    child: multi && a.childId ? (names.get(a.childId) ?? null) : null,
  });
  return record.items.flatMap((i) => i.actions.map(toDoc));
}

const childNames = (record: MeetingRecord) => new Map(record.children.map((c) => [c.id, childName(c)]));

/** Minutes as a council sends them: everything from the meeting record plus the pack's episodes and factors. */
export function toMinutesDocument(
  record: MeetingRecord,
  pack: MeetingPack,
  issuer: DocumentIssuer,
): MinutesDocument {
  const m = record.meeting;
  const multi = isMultiChild(m.kind);
  const names = childNames(record);
  const factors: DocumentFactor[] = pack.children.flatMap((p) =>
    p.factors.current.map((f) => ({
      direction: f.direction,
      label: f.code === 'other' && f.detail ? f.detail : FACTOR_LABELS[f.code],
      detail: f.code === 'other' ? null : f.detail,
      child: multi ? childName(p.child) : null,
    })),
  );
  const sinceValues = pack.children.map((p) => p.lastMeeting?.heldAt ?? null);
  return {
    issuer,
    meetingKind: KIND_RULES[m.kind].label,
    stage: m.stageLevel ? (STAGE_LABELS[m.stageLevel] ?? null) : null,
    status: statusLine(record),
    children: record.children.map(toDocumentChild),
    startsAt: m.startedAt ?? m.scheduledAt,
    endsAt: m.concludedAt,
    venue: m.venue || 'Not recorded',
    chair: chairOf(record),
    minuteTaker: minuteTakerOf(record),
    // Suggested invitees whose names were never filled in were not people at the meeting.
    attendees: record.attendees
      .filter((a) => a.name.trim() !== '')
      .map((a) => ({
        name: a.name,
        role: a.isChair ? `${m.chairRole} (chair)` : ATTENDEE_ROLE_LABELS[a.role],
        agency: a.agency || '—',
        attendance: a.status,
      })),
    distribution: record.distribution.map((d) => ({ name: d.name, agency: d.agency, reason: d.reason })),
    agenda: record.items.map((i) => ({
      title: multi && i.childId ? `${names.get(i.childId) ?? 'Child'}: ${i.title}` : i.title,
      minutes: i.currentMinutes,
      decisions: i.decisions,
    })),
    factors,
    episodesSince: sinceValues.length === 1 ? (sinceValues[0] ?? null) : null,
    episodes: pack.children.flatMap((p) =>
      p.episodes.map((e) => toDocumentEpisode(e, multi ? childName(p.child) : null)),
    ),
    actions: actionsOf(record, names, multi),
    nextMeetingAt: m.nextMeetingAt,
    amendments: record.items.flatMap((i, n) =>
      i.amendments.map((a) => ({
        amendedAt: a.amendedAt,
        amendedBy: a.amendedBy,
        change: `Agenda item ${n + 1}, ${i.title}: ${a.reason}`,
      })),
    ),
  };
}

export function toActionPlanDocument(
  record: MeetingRecord,
  issuer: DocumentIssuer,
  now: string,
): ActionPlanDocument {
  const m = record.meeting;
  const multi = isMultiChild(m.kind);
  return {
    issuer,
    meetingKind: KIND_RULES[m.kind].label,
    stage: m.stageLevel ? (STAGE_LABELS[m.stageLevel] ?? null) : null,
    meetingAt: m.startedAt ?? m.scheduledAt,
    children: record.children.map(toDocumentChild),
    chair: chairOf(record),
    actions: actionsOf(record, childNames(record), multi),
    status: `Action plan as at ${formatLongDateTime(now)}`,
    nextMeetingAt: m.nextMeetingAt,
  };
}
