import { ATTENDEE_ROLE_LABELS, type MeetingRecord } from '../../../shared/domain/meeting';
import type { DraftEntry } from './drafts/meetingDrafts';

/** One kind of thing still open before the meeting moves on, with what it covers, in the page's words. */
export interface Gap {
  heading: string;
  lines: string[];
}

/**
 * What Conclude and Approve list before going on: items with no minutes, text typed and never added, invitees whose
 * attendance was never recorded. `minutesOf` is what the editor holds (typed, perhaps not yet stored).
 */
export function meetingGaps(
  record: MeetingRecord,
  drafts: readonly DraftEntry[],
  minutesOf: (itemId: string) => string | undefined,
): Gap[] {
  const gaps: Gap[] = [];
  const empty = record.items
    .map((item, i) => ({ item, n: i + 1 }))
    .filter(({ item }) => !(minutesOf(item.id) ?? item.minutes).trim());
  if (empty.length > 0)
    gaps.push({
      heading: empty.length === 1 ? 'One item has no minutes' : `${empty.length} items have no minutes`,
      lines: empty.map(({ item, n }) => `${n}. ${item.title}`),
    });
  if (drafts.length > 0)
    gaps.push({
      heading: 'Typed but not added or saved',
      lines: drafts.map((d) => d.label),
    });
  const unrecorded = record.attendees.filter((a) => a.status === 'invited');
  if (unrecorded.length > 0)
    gaps.push({
      heading:
        unrecorded.length === 1
          ? 'Attendance not recorded for one invitee'
          : `Attendance not recorded for ${unrecorded.length} invitees`,
      lines: unrecorded.map((a) => [ATTENDEE_ROLE_LABELS[a.role], a.name].filter(Boolean).join(': ')),
    });
  if (record.attendees.length > 0 && !record.attendees.some((a) => a.status === 'attended'))
    gaps.push({ heading: 'Nobody is recorded as having attended', lines: [] });
  return gaps;
}
