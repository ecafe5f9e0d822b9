import { describe, expect, it } from 'vitest';
import { auditRows, countRows } from '../support/db';
import { must } from '../support/backend';
import { itemByKey, mimInput, moveTo, refused, setup } from './fixtures';

// Issue 12: the chair arranges the next meeting from the one being held, and the minutes say when and where.

async function heldMeeting() {
  const { b, child } = await setup();
  const created = await must(b, 'meetings.create', mimInput(child.id));
  const meetingId = created.meeting.id;
  await must(b, 'meetings.addAttendee', {
    meetingId,
    attendee: { name: 'Officer C. Example', role: 'police', agency: 'Testshire Police', status: 'attended' },
  });
  await moveTo(b, meetingId, 'in-progress');
  return { b, child, meetingId, created };
}

const NEXT = { scheduledAt: '2026-12-29T10:00:00Z', venue: 'Room 4, Example House' };

describe('arranging the next meeting', () => {
  it('carries kind, stage, child, chair and invitees over, links back, and the minutes print when and where', async () => {
    const { b, child, meetingId } = await heldMeeting();
    const current = await must(b, 'meetings.get', { meetingId });
    expect(current.nextMeeting).toBeNull();

    const next = await must(b, 'meetings.arrangeNext', { meetingId, ...NEXT });
    expect(next.meeting).toMatchObject({
      kind: 'mim',
      stageLevel: 1,
      status: 'draft',
      childIds: [child.id],
      chairRole: 'Team Manager',
      chairName: 'Chair A. Example',
      minuteTaker: 'Minute B. Example',
      scheduledAt: '2026-12-29T10:00:00.000Z',
      venue: 'Room 4, Example House',
    });
    // Started at the fixtures' now, so held on the 20th.
    expect(next.meeting.reason).toMatch(/^Arranged at the Missing Intervention Meeting of 20\/11\/2026\./);
    expect(next.previousMeeting).toMatchObject({ id: meetingId, kind: 'mim', status: 'in-progress' });
    // Every invitee of this meeting, in its order, asked again: attendance is recorded at the meeting itself.
    const who = (list: typeof current.attendees) =>
      list.map((a) => [a.role, a.name, a.agency, a.isChair, a.isMinuteTaker]);
    expect(who(next.attendees)).toEqual(who(current.attendees));
    expect(next.attendees.every((a) => a.status === 'invited')).toBe(true);
    expect(next.attendees.map((a) => a.name)).toContain('Officer C. Example');

    const after = await must(b, 'meetings.get', { meetingId });
    expect(after.nextMeeting).toEqual({
      id: next.meeting.id,
      kind: 'mim',
      status: 'draft',
      scheduledAt: '2026-12-29T10:00:00.000Z',
      venue: 'Room 4, Example House',
    });
    // The trail: the new meeting was created, and this meeting records that a next one was arranged at it.
    expect((await auditRows(b, 'create')).filter((r) => r.entity_id === next.meeting.id)).toHaveLength(1);
    const marked = (await auditRows(b, 'update')).filter(
      (r) => r.entity_id === meetingId && r.detail === 'nextMeeting',
    );
    expect(marked).toHaveLength(1);
    expect(marked[0]?.child_id).toBe(child.id);
  });

  it('the new meeting reviews the actions agreed at the one it was arranged from', async () => {
    const { b, meetingId, created } = await heldMeeting();
    const action = await must(b, 'meetings.addAction', {
      meetingId,
      itemId: itemByKey(created, 'plan-of-action').id,
      action: { what: 'Offer a return interview', owner: 'Worker A. Example', dueOn: '2026-12-04' },
    });
    const next = await must(b, 'meetings.arrangeNext', { meetingId, ...NEXT });
    const review = itemByKey(next, 'previous-actions');
    expect(review.reviewedActions.map((a) => a.id)).toEqual([action.id]);
  });

  it('refuses a second next meeting, one before this meeting, one from a draft and one from approved minutes', async () => {
    const { b, child, meetingId } = await heldMeeting();
    const early = await refused(b, 'meetings.arrangeNext', {
      meetingId,
      scheduledAt: '2026-11-19T10:00:00Z',
      venue: '',
    });
    expect(early.code).toBe('invalid');
    expect(early.issues?.[0]?.field).toBe('scheduledAt');
    expect(await countRows(b, 'meetings')).toBe(1);

    await must(b, 'meetings.arrangeNext', { meetingId, ...NEXT });
    const twice = await refused(b, 'meetings.arrangeNext', { meetingId, ...NEXT });
    expect(twice.code).toBe('conflict');
    expect(twice.message).toContain('already arranged');
    expect(twice.message).toContain('29/12/2026');
    expect(await countRows(b, 'meetings')).toBe(2);

    const draft = await must(b, 'meetings.create', mimInput(child.id));
    const fromDraft = await refused(b, 'meetings.arrangeNext', { meetingId: draft.meeting.id, ...NEXT });
    expect(fromDraft.code).toBe('invalid');
    expect(fromDraft.message).toContain('start the meeting first');

    const other = await must(b, 'meetings.create', mimInput(child.id));
    await moveTo(b, other.meeting.id, 'approved');
    const fromApproved = await refused(b, 'meetings.arrangeNext', { meetingId: other.meeting.id, ...NEXT });
    expect(fromApproved.code).toBe('locked');
    expect(await countRows(b, 'meetings')).toBe(4);
  });

  it('two arrangements at once (a double click, two windows) make one next meeting; the other is told', async () => {
    const { b, meetingId } = await heldMeeting();
    const arrange = () => b.call('meetings.arrangeNext', { meetingId, ...NEXT });
    const results = await Promise.all([arrange(), arrange(), arrange()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) {
      expect(r.ok ? 'ok' : r.error.code).toBe('conflict');
    }
    const arranged = await b.context.db
      .selectFrom('meetings')
      .select('id')
      .where('previous_meeting_id', '=', meetingId)
      .execute();
    expect(arranged).toHaveLength(1);
    expect(await countRows(b, 'meetings')).toBe(2);
  });

  it('the database holds one next meeting per meeting even without the handlers', async () => {
    const { b, meetingId } = await heldMeeting();
    const next = await must(b, 'meetings.arrangeNext', { meetingId, ...NEXT });
    const other = await must(b, 'meetings.create', mimInput(next.meeting.childIds[0]!));
    await expect(
      b.context.db
        .updateTable('meetings')
        .set({ previous_meeting_id: meetingId })
        .where('id', '=', other.meeting.id)
        .execute(),
    ).rejects.toThrow();
  });

  it('the Word minutes print the arranged meeting, never "No further meeting was arranged"', async () => {
    const { b, meetingId } = await heldMeeting();
    const xmlText = async () => {
      const file = await must(b, 'exports.minutes', { meetingId });
      const { unzipSync } = await import('fflate');
      const xml = Buffer.from(unzipSync(Buffer.from(file.base64, 'base64'))['word/document.xml']!).toString();
      return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    };
    expect(await xmlText()).toContain('No further meeting was arranged.');
    await must(b, 'meetings.arrangeNext', { meetingId, ...NEXT });
    const text = await xmlText();
    expect(text).not.toContain('No further meeting was arranged');
    expect(text).toContain('Room 4, Example House');
    expect(text).toMatch(/29 December 2026/);
  });
});
