import { approvalLine } from '../../../../shared/meetings/approval';
import { DateTime } from 'luxon';
import {
  describeActionChange,
  dropReason,
  type ActionChange,
} from '../../../../shared/meetings/actionChanges';
import type { ACTION_STATUSES } from '../../../../shared/domain/meeting';
import type { Episode } from '../../../../shared/domain/episode';
import { POLICE_RISK_LABELS } from '../../../../shared/domain/episode';
import {
  ATTENDEE_ROLE_LABELS,
  STAGE_LABELS,
  type AttendanceStatus,
  type MeetingAction,
  type MeetingItem,
  type MeetingRecord,
} from '../../../../shared/domain/meeting';
import { FACTOR_LABELS } from '../../../../shared/domain/factors';
import {
  AGREED_RISK_LABELS,
  STRATEGY_OUTCOME_LABELS,
  type MeetingOutcome,
} from '../../../../shared/api/outcomes';
import type {
  ActionPlanDocument,
  AgencyInformation,
  DocumentAction,
  DocumentAttendance,
  DocumentDecision,
  DocumentFactor,
  DocumentIssuer,
  DocumentPerson,
  EpisodeHistory,
  MeetingReason,
  MinutesDocument,
  PreviousAction,
  RiskSummary,
} from '../../../../shared/exports/documents';
import { withWhatEachReceives } from '../../../../shared/exports/extract';
import { episodeHistory } from '../../../../shared/exports/history';
import { KIND_RULES, isMultiChild, PREVIOUS_ACTIONS_KEY } from '../../../../shared/meetings/kinds';
import type { MeetingPack } from '../../../../shared/meetings/pack';
import { LONDON } from '../../../../shared/time/london';
import { formatDayOfInstant, formatLongDateTime } from '../docx/format';
import {
  childName,
  toDocumentChild,
  toDocumentEpisode,
  withRecordDetails,
  type ChildRecordDetails,
} from './child';
import { toDocumentEscalation } from './escalations';

const ACTION_STATUS_LABELS: Record<(typeof ACTION_STATUSES)[number], string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
};

/** 'invited' in the record means nobody recorded whether they came: never printed as "Did not attend". */
const ATTENDANCE: Record<AttendanceStatus, DocumentAttendance> = {
  invited: 'not-recorded',
  attended: 'attended',
  apologies: 'apologies',
  declined: 'declined',
  'no-response': 'no-response',
};

/** What the meeting record holds beyond itself: the export's now and each child's whole history of episodes. */
export interface MinutesSources {
  now: string;
  allEpisodes: ReadonlyMap<string, readonly Episode[]>;
  /** What the meeting agreed as a whole (migration 0009); absent in models made before it was held. */
  outcome?: MeetingOutcome;
  /** Each child's gender, placement and school from their record; a child without it prints without them. */
  childDetails?: ReadonlyMap<string, ChildRecordDetails>;
}

const documentChildren = (record: MeetingRecord, sources: MinutesSources) =>
  record.children.map((c) => withRecordDetails(toDocumentChild(c), sources.childDetails?.get(c.id)));

/** Approved minutes are exported to be sent: the day they are made is the day they are circulated. */
const circulatedOn = (record: MeetingRecord, sources: MinutesSources) =>
  record.meeting.status === 'approved' ? londonDate(sources.now) : null;

const londonDate = (iso: string) => DateTime.fromISO(iso, { zone: LONDON }).toISODate() ?? iso.slice(0, 10);

function statusLine(record: MeetingRecord): string {
  const m = record.meeting;
  if (m.status === 'approved' && m.approvedAt) return `Minutes approved. ${approvalLine(m)}`;
  if (m.status === 'concluded') return 'Meeting concluded; minutes not yet approved';
  return m.status === 'in-progress'
    ? 'Meeting in progress; minutes not yet approved'
    : 'Meeting not yet held; minutes not yet approved';
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
  // The fact's label already says "Minute-taker": the role would only repeat it.
  return {
    name: a?.name || record.meeting.minuteTaker || 'Not recorded',
    role: null,
    agency: a?.agency || null,
  };
}

const childOf = (names: Map<string, string>, multi: boolean, id: string | null) =>
  multi && id ? (names.get(id) ?? null) : null;

/** An item's decisions, each with why the meeting decided it where that was recorded. */
const decisionsOf = (i: MeetingItem): DocumentDecision[] =>
  i.decisions.map((decision, n) => ({ decision, rationale: i.decisionRationales[n] ?? null }));

/** The actions agreed at this meeting (not those only reviewed), with the child named for multi-child meetings. */
function actionsOf(record: MeetingRecord, names: Map<string, string>, multi: boolean): DocumentAction[] {
  const changesOf = (id: string) =>
    record.actionChanges.filter((c) => c.actionId === id).map(describeActionChange);
  const toDoc = (a: MeetingAction): DocumentAction => ({
    action: a.what,
    owner: a.owner,
    agency: a.agency || '—',
    dueOn: a.dueOn,
    status: a.overdue ? 'Overdue' : ACTION_STATUS_LABELS[a.status],
    child: childOf(names, multi, a.childId),
    setOn: a.setOn,
    rationale: a.rationale || null,
    changes: changesOf(a.id),
  });
  return record.items.flatMap((i) => i.actions.map(toDoc));
}

/** An action carried in from an earlier meeting: done, outstanding (or overdue) or dropped. */
const previousAction = (
  a: MeetingAction,
  child: string | null,
  changes: readonly ActionChange[],
): PreviousAction => ({
  action: a.what,
  owner: a.owner,
  agency: a.agency || '—',
  dueOn: a.dueOn,
  status:
    a.status === 'done' ? 'Done' : a.status === 'dropped' ? 'Dropped' : a.overdue ? 'Overdue' : 'Outstanding',
  droppedReason: dropReason(changes.filter((c) => c.actionId === a.id)),
  agreedAt: `${KIND_RULES[a.meetingKind].label}, ${formatDayOfInstant(a.meetingScheduledAt)}`,
  child,
});

/**
 * The next meeting as the minutes print it: the one arranged from this meeting (meetings.arrangeNext), with its
 * venue; else the date typed in the meeting's details, whose venue is not recorded.
 */
const nextMeetingOf = (record: MeetingRecord) =>
  record.nextMeeting
    ? { nextMeetingAt: record.nextMeeting.scheduledAt, nextMeetingVenue: record.nextMeeting.venue || null }
    : { nextMeetingAt: record.meeting.nextMeetingAt, nextMeetingVenue: null };

const childNames = (record: MeetingRecord) => new Map(record.children.map((c) => [c.id, childName(c)]));

function reasonOf(record: MeetingRecord, sources: MinutesSources, multi: boolean): MeetingReason {
  const names = childNames(record);
  const ids = new Set(record.meeting.triggerEpisodeIds);
  const triggering = record.children.flatMap((c) =>
    (sources.allEpisodes.get(c.id) ?? [])
      .filter((e) => ids.has(e.id))
      .map((e) => toDocumentEpisode(e, childOf(names, multi, c.id), sources.now)),
  );
  triggering.sort((a, b) => a.reportedAt.localeCompare(b.reportedAt));
  return { statement: record.meeting.reason, protocolReason: null, triggeringEpisodes: triggering };
}

function historiesOf(record: MeetingRecord, pack: MeetingPack, sources: MinutesSources, multi: boolean) {
  const kind = KIND_RULES[record.meeting.kind].label;
  const asOf = record.meeting.concludedAt ?? sources.now;
  return pack.children.map((p): EpisodeHistory => {
    const all = (sources.allEpisodes.get(p.child.id) ?? []).map((e) =>
      toDocumentEpisode(e, null, sources.now),
    );
    return episodeHistory(all, asOf, {
      since: p.since,
      reason: p.lastMeeting
        ? `the last ${kind} about the child`
        : `90 days before this meeting: no earlier ${kind} about the child`,
      count: p.episodes.length,
      child: multi ? childName(p.child) : null,
    });
  });
}

/** The level the meeting agreed, beside the police grading of the latest graded episode. */
function riskOf(record: MeetingRecord, sources: MinutesSources, multi: boolean): RiskSummary[] {
  return record.children.map((c) => {
    const graded = (sources.allEpisodes.get(c.id) ?? [])
      .filter((e) => (e.policeRiskLatest ?? e.policeRiskAtReport) !== null)
      .sort((a, b) => b.reportedAt.localeCompare(a.reportedAt))[0];
    const risk = graded ? (graded.policeRiskLatest ?? graded.policeRiskAtReport) : null;
    // The meeting's overall level is agreed once; a multi-child meeting's per-child level is not held yet.
    const agreed = !multi ? sources.outcome : undefined;
    return {
      child: multi ? childName(c) : null,
      agreedLevel: agreed?.riskLevel ? AGREED_RISK_LABELS[agreed.riskLevel] : null,
      rationale: agreed?.riskRationale || null,
      policeGrading:
        graded && risk
          ? `${POLICE_RISK_LABELS[risk]} (latest graded episode, reported ${formatDayOfInstant(graded.reportedAt)})`
          : null,
    };
  });
}

/** What each attendee brought for their agency, in the attendance's order; the document groups it by agency. */
const agencyInformationOf = (record: MeetingRecord, chairRole: string): AgencyInformation[] =>
  record.attendees
    .filter((a) => a.information.trim() !== '')
    .map((a) => {
      const role = a.isChair ? `${chairRole} (chair)` : ATTENDEE_ROLE_LABELS[a.role];
      return {
        agency: a.agency.trim() || 'Agency not recorded',
        sharedBy: a.name.trim() ? `${a.name.trim()}, ${role}` : role,
        information: a.information,
      };
    });

const FAMILY_ROLES = new Set([ATTENDEE_ROLE_LABELS.child, ATTENDEE_ROLE_LABELS.parent]);

/** Minutes as a council sends them: the meeting record, the pack's episodes and factors, the whole history. */
export function toMinutesDocument(
  record: MeetingRecord,
  pack: MeetingPack,
  issuer: DocumentIssuer,
  sources: MinutesSources,
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
  // A professionals' minute is not sent to the child or family; the chair shares what is right with them.
  const family = sources.outcome?.familyReceives
    ? []
    : record.distribution.filter((d) => d.role !== null && FAMILY_ROLES.has(d.role));
  const outcome = sources.outcome;
  const model: MinutesDocument = {
    issuer,
    meetingKind: KIND_RULES[m.kind].label,
    stage: m.stageLevel ? (STAGE_LABELS[m.stageLevel] ?? null) : null,
    status: statusLine(record),
    draft: m.status !== 'approved',
    reason: reasonOf(record, sources, multi),
    children: documentChildren(record, sources),
    startsAt: m.startedAt ?? m.scheduledAt,
    scheduledAt: m.scheduledAt,
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
        attendance: ATTENDANCE[a.status],
      })),
    distribution: record.distribution
      .filter((d) => !family.includes(d))
      .map((d) => ({ name: d.name, agency: d.agency, reason: d.reason })),
    attendanceComments: outcome?.attendanceComments || null,
    agencyInformation: agencyInformationOf(record, m.chairRole),
    strategyOutcome: outcome?.strategyOutcome ? STRATEGY_OUTCOME_LABELS[outcome.strategyOutcome] : null,
    circulatedOn: circulatedOn(record, sources),
    distributionNote: outcome?.familyReceives
      ? 'The chair has chosen to send these minutes to the child and family.'
      : family.length > 0
        ? 'The child and family are not sent these professionals’ minutes; the chair decides what is shared with them and how.'
        : null,
    agenda: record.items.map((i) => ({
      title: i.title,
      key: i.key,
      child: multi && i.childId ? (names.get(i.childId) ?? null) : null,
      minutes: i.currentMinutes,
      decisions: decisionsOf(i),
      ...(i.amendments.length > 0
        ? {
            approvedMinutes: i.minutes,
            amendments: i.amendments.map((a) => ({
              amendedAt: a.amendedAt,
              amendedBy: a.amendedBy,
              reason: a.reason,
              minutes: a.minutes,
            })),
          }
        : {}),
      ...(i.key === PREVIOUS_ACTIONS_KEY
        ? {
            reviewedActions: i.reviewedActions.map((a) =>
              previousAction(a, childOf(names, multi, a.childId), record.actionChanges),
            ),
          }
        : {}),
    })),
    factors,
    episodesSince: sinceValues.length === 1 ? (sinceValues[0] ?? null) : null,
    episodes: pack.children.flatMap((p) =>
      p.episodes.map((e) => toDocumentEpisode(e, multi ? childName(p.child) : null, sources.now)),
    ),
    history: historiesOf(record, pack, sources, multi),
    escalations: pack.children.flatMap((p) =>
      p.escalations.entries.map((e) => toDocumentEscalation(e, multi ? childName(p.child) : null)),
    ),
    risk: riskOf(record, sources, multi),
    actions: actionsOf(record, names, multi),
    ...nextMeetingOf(record),
    amendments: record.items.flatMap((i, n) =>
      i.amendments.map((a) => ({
        amendedAt: a.amendedAt,
        amendedBy: a.amendedBy,
        change: `Agenda item ${n + 1}, ${i.title}: ${a.reason}`,
      })),
    ),
  };
  return multi ? { ...model, distribution: withWhatEachReceives(model) } : model;
}

export function toActionPlanDocument(
  record: MeetingRecord,
  issuer: DocumentIssuer,
  sources: MinutesSources,
): ActionPlanDocument {
  const m = record.meeting;
  const multi = isMultiChild(m.kind);
  const names = childNames(record);
  return {
    issuer,
    meetingKind: KIND_RULES[m.kind].label,
    stage: m.stageLevel ? (STAGE_LABELS[m.stageLevel] ?? null) : null,
    meetingAt: m.startedAt ?? m.scheduledAt,
    children: documentChildren(record, sources),
    chair: chairOf(record),
    actions: actionsOf(record, names, multi),
    status: `Action plan as at ${formatLongDateTime(sources.now)}`,
    circulatedOn: circulatedOn(record, sources),
    draft: m.status !== 'approved',
    ...nextMeetingOf(record),
    reason: reasonOf(record, sources, multi),
    risk: riskOf(record, sources, multi),
    decisions: record.items.flatMap((i) =>
      decisionsOf(i).map((decision) => {
        const child = multi && i.childId ? names.get(i.childId) : undefined;
        return { item: child ? `${child}: ${i.title}` : i.title, decision };
      }),
    ),
  };
}
