import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { must } from '../support/backend';
import { itemByKey, mimInput, moveTo, refused, setup } from './fixtures';

async function approvedMeeting() {
  const { b, child } = await setup();
  const created = await must(b, 'meetings.create', mimInput(child.id));
  const meetingId = created.meeting.id;
  const item = itemByKey(created, 'plan-of-action');
  await must(b, 'meetings.saveItemMinutes', {
    meetingId,
    itemId: item.id,
    minutes: 'Agreed plan.',
    baseRevision: 0,
  });
  await must(b, 'meetings.saveItemDecisions', {
    meetingId,
    itemId: item.id,
    decisions: ['Refer to the exploitation team'],
  });
  const action = await must(b, 'meetings.addAction', {
    meetingId,
    itemId: item.id,
    action: { what: 'Offer a return interview', owner: 'Worker A. Example', dueOn: '2026-11-25' },
  });
  await moveTo(b, meetingId, 'approved');
  return { b, meetingId, item, action, attendees: created.attendees };
}

/** The meeting as stored, without the view it takes to read it. */
const snapshot = async (b: Backend, meetingId: string) => {
  const db = b.context.db;
  return JSON.stringify([
    await db.selectFrom('meetings').selectAll().where('id', '=', meetingId).executeTakeFirst(),
    await db
      .selectFrom('meeting_items')
      .selectAll()
      .where('meeting_id', '=', meetingId)
      .orderBy('position')
      .execute(),
    await db
      .selectFrom('meeting_attendees')
      .selectAll()
      .where('meeting_id', '=', meetingId)
      .orderBy('position')
      .execute(),
    await db
      .selectFrom('meeting_actions')
      .selectAll()
      .where('meeting_id', '=', meetingId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    await db
      .selectFrom('meeting_item_decisions as d')
      .innerJoin('meeting_items as i', 'i.id', 'd.item_id')
      .selectAll('d')
      .where('i.meeting_id', '=', meetingId)
      .orderBy('d.item_id')
      .orderBy('d.position')
      .execute(),
  ]);
};

describe('approved minutes', () => {
  it('approved minutes are locked: every edit is refused with a clear message and nothing changes', async () => {
    const { b, meetingId, item, action, attendees } = await approvedMeeting();
    const before = await snapshot(b, meetingId);
    const record = await must(b, 'meetings.get', { meetingId });

    const attempts: Array<[string, unknown]> = [
      ['meetings.saveItemMinutes', { meetingId, itemId: item.id, minutes: 'Rewritten.', baseRevision: 1 }],
      ['meetings.saveItemDecisions', { meetingId, itemId: item.id, decisions: [] }],
      ['meetings.addAttendee', { meetingId, attendee: { name: 'Late P. Example', role: 'health' } }],
      [
        'meetings.updateAttendee',
        {
          meetingId,
          attendeeId: attendees[0]!.id,
          baseRevision: attendees[0]!.revision,
          attendee: { name: 'X', role: 'chair' },
        },
      ],
      ['meetings.removeAttendee', { meetingId, attendeeId: attendees[0]!.id }],
      ['meetings.addAction', { meetingId, itemId: item.id, action: { what: 'New', owner: 'Someone' } }],
      [
        'meetings.updateAction',
        {
          meetingId,
          actionId: action.id,
          baseRevision: action.revision,
          action: { what: 'Reworded', owner: 'Someone' },
        },
      ],
      ['meetings.removeAction', { meetingId, actionId: action.id }],
      [
        'meetings.update',
        {
          meetingId,
          baseRevision: record.meeting.revision,
          details: { ...record.meeting, venue: 'Elsewhere' },
        },
      ],
      ['meetings.transition', { meetingId, to: 'in-progress' }],
    ];
    for (const [method, input] of attempts) {
      const error = await refused(b, method, input);
      expect(error.code, method).toBe('locked');
      expect(error.message, method).toMatch(/approved and locked.*amendment/);
    }
    expect(await snapshot(b, meetingId)).toBe(before);
  });

  it('the database refuses a change to approved minutes even without the handlers', async () => {
    const { b, meetingId, item } = await approvedMeeting();
    await expect(
      b.context.db
        .updateTable('meeting_items')
        .set({ minutes: 'sneaky' })
        .where('id', '=', item.id)
        .execute(),
    ).rejects.toThrow(/locked/);
    await expect(
      b.context.db.deleteFrom('meeting_item_decisions').where('item_id', '=', item.id).execute(),
    ).rejects.toThrow(/locked/);
    const record = await must(b, 'meetings.get', { meetingId });
    expect(itemByKey(record, 'plan-of-action').minutes).toBe('Agreed plan.');
  });

  it('a stale or unknown meeting is not found rather than locked', async () => {
    const { b } = await setup();
    const error = await refused(b, 'meetings.saveItemMinutes', {
      meetingId: 'no-such-meeting',
      itemId: 'no-such-item',
      minutes: 'x',
      baseRevision: 0,
    });
    expect(error.code).toBe('not-found');
  });
});
