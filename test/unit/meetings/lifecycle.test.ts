import { describe, expect, it } from 'vitest';
import { must } from '../support/backend';
import { itemByKey, mimInput, moveTo, recordAttendance, refused, setClock, setup } from './fixtures';

describe('meeting lifecycle', () => {
  it('moves draft -> in progress -> concluded -> minutes approved, recording who and when', async () => {
    const { b, child } = await setup();
    const { meeting } = await must(b, 'meetings.create', mimInput(child.id));
    expect(meeting.status).toBe('draft');

    setClock(b, '2026-11-21T11:30:00.000Z');
    const started = await must(b, 'meetings.transition', {
      meetingId: meeting.id,
      to: 'in-progress',
      at: '2026-11-21T10:05:00+00:00',
    });
    expect(started).toMatchObject({ status: 'in-progress', startedAt: '2026-11-21T10:05:00.000Z' });
    const concluded = await must(b, 'meetings.transition', { meetingId: meeting.id, to: 'concluded' });
    expect(concluded).toMatchObject({ status: 'concluded', concludedAt: '2026-11-21T11:30:00.000Z' });
    setClock(b, '2026-11-23T09:00:00.000Z');
    await recordAttendance(b, meeting.id);
    const approved = await must(b, 'meetings.transition', { meetingId: meeting.id, to: 'approved' });
    expect(approved).toMatchObject({
      status: 'approved',
      approvedAt: '2026-11-23T09:00:00.000Z',
      approvedBy: 'Chair A. Example',
    });

    const record = await must(b, 'meetings.get', { meetingId: meeting.id });
    expect(record.transitions).toEqual([
      { from: 'draft', to: 'in-progress', at: '2026-11-21T10:05:00.000Z', by: 'Chair A. Example' },
      { from: 'in-progress', to: 'concluded', at: '2026-11-21T11:30:00.000Z', by: 'Chair A. Example' },
      { from: 'concluded', to: 'approved', at: '2026-11-23T09:00:00.000Z', by: 'Chair A. Example' },
    ]);
  });

  it('refuses a skipped step, naming the allowed next one, and leaves the meeting as it was', async () => {
    const { b, child } = await setup();
    const { meeting } = await must(b, 'meetings.create', mimInput(child.id));
    const error = await refused(b, 'meetings.transition', { meetingId: meeting.id, to: 'approved' });
    expect(error.code).toBe('invalid');
    expect(error.issues?.[0]?.field).toBe('to');
    expect(error.message).toContain('“In progress”');
    expect((await must(b, 'meetings.get', { meetingId: meeting.id })).meeting.status).toBe('draft');
  });

  it('refuses a start time in the future and an end before the start', async () => {
    const { b, child } = await setup();
    const { meeting } = await must(b, 'meetings.create', mimInput(child.id));
    const future = await refused(b, 'meetings.transition', {
      meetingId: meeting.id,
      to: 'in-progress',
      at: '2026-11-20T10:01:00Z',
    });
    expect(future.issues?.[0]?.field).toBe('at');
    await must(b, 'meetings.transition', {
      meetingId: meeting.id,
      to: 'in-progress',
      at: '2026-11-20T09:00:00Z',
    });
    const early = await refused(b, 'meetings.transition', {
      meetingId: meeting.id,
      to: 'concluded',
      at: '2026-11-20T08:00:00Z',
    });
    expect(early.message).toBe('The meeting cannot end before it started.');
  });

  it('does not approve minutes until the chair is named', async () => {
    const { b, child } = await setup();
    const { meeting } = await must(b, 'meetings.create', mimInput(child.id, { chairName: null }));
    await moveTo(b, meeting.id, 'concluded');
    const error = await refused(b, 'meetings.transition', { meetingId: meeting.id, to: 'approved' });
    expect(error.issues).toEqual([
      { field: 'chairName', message: 'Name the chair before the minutes are approved.' },
    ]);
  });

  it('keeps minutes editable while concluded, before approval', async () => {
    const { b, child } = await setup();
    const record = await must(b, 'meetings.create', mimInput(child.id));
    await moveTo(b, record.meeting.id, 'concluded');
    const item = itemByKey(record, 'plan-of-action');
    const saved = await must(b, 'meetings.saveItemMinutes', {
      meetingId: record.meeting.id,
      itemId: item.id,
      minutes: 'Tidied after the meeting.',
      baseRevision: 0,
    });
    expect(saved.revision).toBe(1);
  });

  it('changes the details and renames the chair’s attendee row with them', async () => {
    const { b, child } = await setup();
    const record = await must(b, 'meetings.create', mimInput(child.id));
    const m = record.meeting;
    const updated = await must(b, 'meetings.update', {
      meetingId: m.id,
      baseRevision: m.revision,
      details: {
        ...m,
        chairName: 'Other C. Example',
        venue: 'Video call',
        nextMeetingAt: '2026-12-05T10:00:00+00:00',
      },
    });
    expect(updated).toMatchObject({
      chairName: 'Other C. Example',
      venue: 'Video call',
      nextMeetingAt: '2026-12-05T10:00:00.000Z',
    });
    const after = await must(b, 'meetings.get', { meetingId: m.id });
    expect(after.attendees.find((a) => a.isChair)?.name).toBe('Other C. Example');
  });
});
