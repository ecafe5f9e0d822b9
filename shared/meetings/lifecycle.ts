import { MEETING_STATUS_LABELS, type MeetingStatus } from '../domain/meeting';

/** The one way a meeting moves: draft -> in progress -> concluded -> minutes approved. */
const NEXT: Record<MeetingStatus, MeetingStatus | null> = {
  draft: 'in-progress',
  'in-progress': 'concluded',
  concluded: 'approved',
  approved: null,
};

export const nextStatus = (from: MeetingStatus): MeetingStatus | null => NEXT[from];

export const canMove = (from: MeetingStatus, to: MeetingStatus): boolean => NEXT[from] === to;

/** Approved minutes are the record: they are not edited, only amended with a reason. */
export const isLocked = (status: MeetingStatus): boolean => status === 'approved';

/** A meeting that took place: it satisfies the protocol requirement that called it. */
export const isHeld = (status: MeetingStatus): boolean => status === 'concluded' || status === 'approved';

export const HELD_STATUSES: readonly MeetingStatus[] = ['concluded', 'approved'];

export function moveRefusal(from: MeetingStatus, to: MeetingStatus): string {
  const next = NEXT[from];
  const label = (s: MeetingStatus) => `“${MEETING_STATUS_LABELS[s]}”`;
  if (next === null) return `The minutes are approved: the meeting cannot move to ${label(to)}.`;
  return `The meeting is ${label(from)}: it can only move on to ${label(next)}, not to ${label(to)}.`;
}

export const LOCKED_MESSAGE =
  'The minutes of this meeting are approved and locked. Record a correction as an amendment, with the reason.';
