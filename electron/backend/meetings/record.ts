import type { MeetingItem, MeetingRecord } from '../../../shared/domain/meeting';
import { distributionList } from '../../../shared/meetings/distribution';
import type { BackendContext } from '../context';
import type { Db } from '../db/schema';
import { notFound } from '../errors';
import { mutation } from '../mutation';
import { listActionChanges } from './actionChanges';
import { getActionsByIds, listMeetingActions } from './actions';
import { listAttendees } from './attendees';
import { auditMeeting, londonToday } from './guard';
import { listAmendments, listDecisions, listItemRows, listReviewedActionLinks } from './items';
import { getMeeting, getMeetingLinks, listMeetingChildren, listTransitions } from './queries';
import { listRemovedChildren } from './removals';

/** Everything about a meeting for run mode and for the Word export. */
export async function buildRecord(db: Db, meetingId: string, today: string): Promise<MeetingRecord> {
  const meeting = await getMeeting(db, meetingId);
  if (!meeting) throw notFound('The meeting');
  // One after another, not all at once: inside a transaction the queries share one connection anyway.
  const children = await listMeetingChildren(db, meetingId);
  const attendees = await listAttendees(db, meetingId);
  const decisions = await listDecisions(db, meetingId);
  const actions = await listMeetingActions(db, meetingId, today);
  const amendments = await listAmendments(db, meetingId);
  const links = await listReviewedActionLinks(db, meetingId);
  const reviewed = await getActionsByIds(db, [...new Set(links.map((l) => l.action_id))], today);
  const itemRows = await listItemRows(db, meetingId);
  const transitions = await listTransitions(db, meetingId);
  const arranged = await getMeetingLinks(db, meetingId);
  const actionChanges = await listActionChanges(db, [
    ...new Set([...actions.map((a) => a.id), ...reviewed.keys()]),
  ]);

  const items: MeetingItem[] = itemRows.map((r) => {
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
      decisions: (decisions.get(r.id) ?? []).map((d) => d.decision),
      decisionRationales: (decisions.get(r.id) ?? []).map((d) => d.rationale),
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
    ...arranged,
    children,
    attendees,
    items,
    distribution: distributionList(meeting.kind, attendees, children),
    transitions,
    actionChanges,
    removedChildren: await listRemovedChildren(db, meetingId),
  };
}

/** The record as run mode opens it: a read that writes a "view" row to the audit trail, both in one transaction. */
export async function viewRecord(ctx: BackendContext, meetingId: string): Promise<MeetingRecord> {
  return mutation(ctx, async (tx) => {
    const record = await buildRecord(tx.db, meetingId, londonToday(tx));
    await auditMeeting(tx, 'view', meetingId);
    return record;
  });
}
