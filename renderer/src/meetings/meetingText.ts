import { DateTime } from 'luxon';
import { KIND_RULES } from '../../../shared/meetings/kinds';
import {
  STAGE_LABELS,
  type ActionStatus,
  type AttendanceStatus,
  type MeetingChild,
  type MeetingKind,
  type MeetingStatus,
} from '../../../shared/domain/meeting';
import { formatLongDateTime, formatUkDate, formatUkDateTime, LONDON } from '../../../shared/time/london';

/** "Stage 1 Missing Intervention Meeting"; the other kinds by their protocol name. */
export function meetingTitle(kind: MeetingKind, stageLevel: number | null): string {
  const label = KIND_RULES[kind].label;
  return KIND_RULES[kind].staged && stageLevel !== null
    ? `${STAGE_LABELS[stageLevel] ?? ''} ${label}`.trim()
    : label;
}

/** "Stage 1 MIM": the Due screen's short form, for lists and links. */
export function shortMeetingTitle(kind: MeetingKind, stageLevel: number | null): string {
  return meetingTitle(kind, stageLevel).replace('Missing Intervention Meeting', 'MIM');
}

export const childName = (c: Pick<MeetingChild, 'givenName' | 'familyName'>): string =>
  `${c.givenName} ${c.familyName}`;

const isDateOnly = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** A protocol deadline is a working-day date or a clock's instant; each reads in its own form. */
export function formatDeadline(dueBy: string | null): string {
  if (dueBy === null) return 'No deadline in the protocol';
  return isDateOnly(dueBy) ? `by the end of ${formatLongDate(dueBy)}` : `by ${formatLongDateTime(dueBy)}`;
}

/** A deadline in few words for the run-mode header: "Fri 20 Nov 2026" or "Sat 21 Nov 2026, 05:59". */
export const formatDeadlineShort = (dueBy: string): string =>
  isDateOnly(dueBy) ? formatLongDate(dueBy) : formatLongDateTime(dueBy);

/** "Fri 20 Nov 2026", from a date or (the London day of) an instant. */
export const formatLongDate = (isoDate: string): string =>
  DateTime.fromISO(isoDate, { zone: LONDON }).toFormat('ccc d LLL yyyy');

/** "14:32:05": when an autosave landed, to the second, so a minute-taker sees it move. */
export const formatClock = (iso: string): string =>
  DateTime.fromISO(iso, { zone: LONDON }).toFormat('HH:mm:ss');

/** "14:32". */
export const formatTime = (iso: string): string => DateTime.fromISO(iso, { zone: LONDON }).toFormat('HH:mm');

export { formatUkDate, formatUkDateTime, formatLongDateTime };

/** A new meeting's suggested time: the next quarter hour from now, London time, as the date field expects it. */
export function nextQuarterHour(nowIso: string): string {
  const now = DateTime.fromISO(nowIso, { zone: LONDON });
  const rounded = now.startOf('hour').plus({ minutes: Math.ceil((now.minute + now.second / 60) / 15) * 15 });
  return formatUkDateTime(rounded.toUTC().toISO() ?? nowIso);
}

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
};

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  invited: 'Not recorded',
  attended: 'Attended',
  apologies: 'Apologies',
  declined: 'Declined',
  'no-response': 'No response',
};

/** A status chip's colour: blue while the meeting runs, amber while the minutes await approval, green once approved. */
export const STATUS_COLOURS: Record<MeetingStatus, 'default' | 'primary' | 'warning' | 'success'> = {
  draft: 'default',
  'in-progress': 'primary',
  concluded: 'warning',
  approved: 'success',
};
