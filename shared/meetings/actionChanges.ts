import { ACTION_STATUSES, type ActionStatus, type MeetingStatus } from '../domain/meeting';
import { formatUkDate, formatUkDateTime } from '../time/london';

/**
 * A change to an action after it was agreed: its owner, agency or due date once the minutes are approved, or its
 * dropping at any time. The minutes keep what was agreed; these say what it became, who changed it, when and why.
 */
export const ACTION_CHANGE_FIELDS = ['owner', 'agency', 'dueOn', 'status'] as const;
export type ActionChangeField = (typeof ACTION_CHANGE_FIELDS)[number];

export interface ActionFieldChange {
  field: ActionChangeField;
  from: string | null;
  to: string | null;
}

/** One request's change to one action: its fields changed together, with one reason. */
export interface ActionChange {
  actionId: string;
  changes: ActionFieldChange[];
  /** Empty only for a change of status that is not a drop (marking it done needs no reason). */
  reason: string;
  changedAt: string;
  changedBy: string;
}

export const REASON_MESSAGE = 'Say why: a reason is required to change an agreed action or drop it.';

/**
 * Whether a change needs a reason: after approval a change of owner, agency or due date changes what was agreed;
 * dropping an action always does. Marking it done or open again is tracking, which needs none.
 */
export function needsReason(
  meetingStatus: MeetingStatus,
  change: { status?: ActionStatus; owner?: string; agency?: string; dueOn?: string | null },
  before: { status: ActionStatus; owner: string; agency: string; dueOn: string | null },
): boolean {
  if (change.status === 'dropped' && before.status !== 'dropped') return true;
  if (meetingStatus !== 'approved') return false;
  return (
    (change.owner !== undefined && change.owner !== before.owner) ||
    (change.agency !== undefined && change.agency !== before.agency) ||
    (change.dueOn !== undefined && change.dueOn !== before.dueOn)
  );
}

const isStatus = (v: string | null): v is ActionStatus =>
  v !== null && (ACTION_STATUSES as readonly string[]).includes(v);

const STATUS_WORDS: Record<ActionStatus, string> = { open: 'open', done: 'done', dropped: 'dropped' };

function fieldText(c: ActionFieldChange): string {
  const shown = (v: string | null, empty: string) =>
    v === null || v === '' ? empty : c.field === 'dueOn' ? formatUkDate(v) : v;
  switch (c.field) {
    case 'owner':
      return `owner ${shown(c.from, 'none')} → ${shown(c.to, 'none')}`;
    case 'agency':
      return `agency ${shown(c.from, 'none')} → ${shown(c.to, 'none')}`;
    case 'dueOn':
      return `due ${shown(c.from, 'no date')} → ${shown(c.to, 'no date')}`;
    case 'status':
      if (c.to === 'dropped') return 'dropped';
      return `marked ${isStatus(c.to) ? STATUS_WORDS[c.to] : (c.to ?? '')}`;
  }
}

/** "Changed 03/12/2026 14:05 by Sam Patel: owner Ann → Raj; due 10/12/2026 → 17/12/2026. Why: Ann is on leave." */
export function describeActionChange(c: ActionChange): string {
  const what = c.changes.map(fieldText).join('; ');
  const why = c.reason ? ` Why: ${c.reason}` : '';
  return `Changed ${formatUkDateTime(c.changedAt)} by ${c.changedBy}: ${what}.${why}`;
}

/** The reason an action was dropped, from its latest drop; null when it was not dropped with one. */
export function dropReason(changes: readonly ActionChange[]): string | null {
  const drop = [...changes]
    .reverse()
    .find((c) => c.changes.some((f) => f.field === 'status' && f.to === 'dropped'));
  return drop?.reason || null;
}
