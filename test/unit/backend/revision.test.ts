import { describe, expect, it } from 'vitest';
import { must, sampleChild } from '../support/backend';
import { tableSnapshot } from '../support/db';
import { itemByKey, mimInput, refused, setup } from '../meetings/fixtures';

// Lost updates (issue 11): two people saving one record from forms opened at the same revision. The first is saved,
// the second is refused as a conflict that names who saved, when and what, and nothing of the first is wiped.

describe('lost updates', () => {
  it('a child saved from a stale form is refused, names who changed what, and the first save stays', async () => {
    const { b, child } = await setup({ givenName: 'Ada' });
    expect(child.revision).toBe(1);
    const first = await must(b, 'children.update', {
      id: child.id,
      baseRevision: child.revision,
      child: sampleChild({ caseReference: child.caseReference, givenName: 'Ada', team: 'North Team' }),
    });
    expect(first.revision).toBe(2);
    const before = await tableSnapshot(b, 'children', 'id');

    const stale = await refused(b, 'children.update', {
      id: child.id,
      baseRevision: child.revision,
      child: sampleChild({ caseReference: child.caseReference, givenName: 'Adah' }),
    });
    expect(stale.code).toBe('conflict');
    expect(stale.message).toContain('Chair A. Example');
    expect(stale.message).toContain('Fri 20 Nov 2026, 10:00');
    expect(stale.message).toContain('changed Team');
    expect(stale.message).toContain('Nothing was overwritten');
    expect(stale.issues?.[0]?.field).toBe('baseRevision');
    expect(await tableSnapshot(b, 'children', 'id')).toBe(before);

    const again = await must(b, 'children.update', {
      id: child.id,
      baseRevision: first.revision,
      child: sampleChild({ caseReference: child.caseReference, givenName: 'Adah', team: 'North Team' }),
    });
    expect([again.givenName, again.team, again.revision]).toEqual(['Adah', 'North Team', 3]);
  });

  it('an episode edited from a stale dialog is refused and keeps the first edit', async () => {
    const { b, child } = await setup();
    const open = await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-11-19T20:00:00Z',
    });
    const edit = (notes: string) => ({
      id: open.id,
      baseRevision: open.revision,
      episode: { childId: child.id, category: 'missing' as const, reportedAt: open.reportedAt, notes },
    });
    expect((await must(b, 'episodes.update', edit('First worker’s note'))).revision).toBe(2);
    const stale = await refused(b, 'episodes.update', edit('Second worker’s note'));
    expect(stale.code).toBe('conflict');
    expect(stale.message).toContain('changed Notes');
    const record = await must(b, 'children.get', { id: child.id });
    expect(record.episodes[0]?.notes).toBe('First worker’s note');
  });

  it('meeting details, an attendee and an action are each refused when stale, and a status change moves the meeting on', async () => {
    const { b, child } = await setup();
    const record = await must(b, 'meetings.create', mimInput(child.id));
    const m = record.meeting;
    const details = (venue: string) => ({ ...m, venue });
    await must(b, 'meetings.update', {
      meetingId: m.id,
      baseRevision: m.revision,
      details: details('Room 1'),
    });
    const staleDetails = await refused(b, 'meetings.update', {
      meetingId: m.id,
      baseRevision: m.revision,
      details: details('Room 2'),
    });
    expect(staleDetails.code).toBe('conflict');
    expect(staleDetails.message).toContain('changed Venue');

    const started = await must(b, 'meetings.transition', { meetingId: m.id, to: 'in-progress' });
    expect(started.revision).toBe(m.revision + 2);

    const police = record.attendees.find((a) => a.role === 'police')!;
    const attendee = (status: 'attended' | 'apologies') => ({
      meetingId: m.id,
      attendeeId: police.id,
      baseRevision: police.revision,
      attendee: { ...police, status },
    });
    const marked = await must(b, 'meetings.updateAttendee', attendee('attended'));
    expect(marked.find((a) => a.id === police.id)?.revision).toBe(police.revision + 1);
    expect((await refused(b, 'meetings.updateAttendee', attendee('apologies'))).code).toBe('conflict');

    const plan = itemByKey(record, 'plan-of-action');
    const action = await must(b, 'meetings.addAction', {
      meetingId: m.id,
      itemId: plan.id,
      action: { what: 'Offer a return interview', owner: 'Worker A. Example' },
    });
    const reworded = await must(b, 'meetings.updateAction', {
      meetingId: m.id,
      actionId: action.id,
      baseRevision: action.revision,
      action: { what: 'Offer a return interview within 72 hours', owner: 'Worker A. Example' },
    });
    const staleTracking = await refused(b, 'actions.update', {
      id: action.id,
      baseRevision: action.revision,
      status: 'done',
    });
    expect(staleTracking.code).toBe('conflict');
    expect(staleTracking.message).toContain('changed Action');
    const done = await must(b, 'actions.update', {
      id: action.id,
      baseRevision: reworded.revision,
      status: 'done',
    });
    expect([done.what, done.status]).toEqual(['Offer a return interview within 72 hours', 'done']);
  });

  it('an update without the revision it was based on is refused, naming the field', async () => {
    const { b, child } = await setup();
    const error = await refused(b, 'children.update', { id: child.id, child: sampleChild() });
    expect(error.code).toBe('invalid');
    expect(error.issues?.[0]?.field).toBe('baseRevision');
  });
});
