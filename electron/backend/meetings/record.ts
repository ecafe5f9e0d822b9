import type Database from 'better-sqlite3';
import type { MeetingItem, MeetingRecord } from '../../../shared/domain/meeting';
import { distributionList } from '../../../shared/meetings/distribution';
import { notFound } from '../errors';
import { getActionsByIds, listMeetingActions } from './actions';
import { listAttendees } from './attendees';
import { listAmendments, listDecisions, listItemRows, listReviewedActionLinks } from './items';
import { getMeeting, listMeetingChildren, listTransitions } from './queries';

/** Everything about a meeting for run mode and for the Word export. */
export function buildRecord(db: Database.Database, meetingId: string, today: string): MeetingRecord {
  const meeting = getMeeting(db, meetingId);
  if (!meeting) throw notFound('The meeting');
  const children = listMeetingChildren(db, meetingId);
  const attendees = listAttendees(db, meetingId);
  const decisions = listDecisions(db, meetingId);
  const actions = listMeetingActions(db, meetingId, today);
  const amendments = listAmendments(db, meetingId);
  const links = listReviewedActionLinks(db, meetingId);
  const reviewed = getActionsByIds(db, [...new Set(links.map((l) => l.action_id))], today);

  const items: MeetingItem[] = listItemRows(db, meetingId).map((r) => {
    const itemAmendments = amendments.filter((a) => a.itemId === r.id);
    return {
      id: r.id,
      position: r.position,
      key: r.key,
      title: r.title,
      guidance: r.guidance,
      source: r.source,
      childId: r.child_id,
      minutes: r.minutes,
      revision: r.revision,
      savedAt: r.saved_at,
      decisions: decisions.get(r.id) ?? [],
      actions: actions.filter((a) => a.itemId === r.id),
      amendments: itemAmendments,
      currentMinutes: itemAmendments.at(-1)?.minutes ?? r.minutes,
      reviewedActions: links
        .filter((l) => l.item_id === r.id)
        .flatMap((l) => {
          const a = reviewed.get(l.action_id);
          return a ? [a] : [];
        }),
    };
  });

  return {
    meeting,
    children,
    attendees,
    items,
    distribution: distributionList(meeting.kind, attendees, children),
    transitions: listTransitions(db, meetingId),
  };
}
