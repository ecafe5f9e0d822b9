import type { DecisionsSaved } from '../../../shared/api/meetings';
import type {
  Attendee,
  Meeting,
  MeetingAction,
  MeetingItem,
  MeetingRecord,
} from '../../../shared/domain/meeting';

/**
 * Each save answers only what it changed; these fold an answer into the record the page holds, so run mode does not
 * reload (and audit a view of) the whole meeting after every attendee, decision and action.
 */
export const withMeeting = (r: MeetingRecord, meeting: Meeting): MeetingRecord => ({ ...r, meeting });

export const withAttendees = (r: MeetingRecord, attendees: Attendee[]): MeetingRecord => ({
  ...r,
  attendees,
});

const mapItem = (r: MeetingRecord, itemId: string, f: (i: MeetingItem) => MeetingItem): MeetingRecord => ({
  ...r,
  items: r.items.map((i) => (i.id === itemId ? f(i) : i)),
});

export const withDecisions = (r: MeetingRecord, itemId: string, saved: DecisionsSaved): MeetingRecord =>
  mapItem(r, itemId, (i) => ({ ...i, ...saved }));

export const withAddedAction = (r: MeetingRecord, action: MeetingAction): MeetingRecord =>
  mapItem(r, action.itemId, (i) => ({ ...i, actions: [...i.actions, action] }));

/** An action is shown under the item that agreed it and under any review of previous actions that carries it. */
export const withUpdatedAction = (r: MeetingRecord, action: MeetingAction): MeetingRecord => ({
  ...r,
  items: r.items.map((i) => ({
    ...i,
    actions: i.actions.map((a) => (a.id === action.id ? action : a)),
    reviewedActions: i.reviewedActions.map((a) => (a.id === action.id ? action : a)),
  })),
});

export const withoutAction = (r: MeetingRecord, actionId: string): MeetingRecord => ({
  ...r,
  items: r.items.map((i) => ({ ...i, actions: i.actions.filter((a) => a.id !== actionId) })),
});
