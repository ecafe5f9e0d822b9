import { describe, expect, it } from 'vitest';
import { must } from '../support/backend';
import { countRows } from '../support/db';
import { itemByKey, mimInput, refused, setup } from './fixtures';

describe('bad payloads to the meeting methods', () => {
  it('name the field and the problem when a meeting is created', async () => {
    const { b, child } = await setup();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [
        { scheduledAt: '21/11/2026 10:00' },
        'scheduledAt',
        'Scheduled for must be a date and time (ISO 8601 with a time zone)',
      ],
      [{ chairRole: '' }, 'chairRole', 'Chair’s role is required'],
      [{ reason: '   ' }, 'reason', 'Reason is required'],
      [{ stageLevel: 4 }, 'stageLevel', 'Stage must be 1 (stage 1), 2 (stage 2) or 3 (escalation)'],
      [{ stageLevel: null }, 'stageLevel', 'Stage is required for a Missing Intervention Meeting'],
      [{ dueBy: 'soon' }, 'dueBy', 'Due by must be a date (YYYY-MM-DD) or a date and time'],
    ];
    for (const [over, field, message] of cases) {
      const error = await refused(b, 'meetings.create', { ...mimInput(child.id), ...over });
      expect(error.issues?.[0]?.field, field).toBe(field);
      expect(error.message, field).toBe(message);
    }
    const strategyWithStage = await refused(b, 'meetings.create', {
      ...mimInput(child.id),
      kind: 'strategy',
      stageLevel: 1,
    });
    expect(strategyWithStage.issues).toEqual([
      { field: 'stageLevel', message: 'is only for a Missing Intervention Meeting' },
    ]);
    const badKind = await refused(b, 'meetings.create', { ...mimInput(child.id), kind: 'case-conference' });
    expect(badKind.issues?.[0]?.field).toBe('kind');
    expect(await countRows(b, 'meetings')).toBe(0);
  });

  it('name the field inside run-mode payloads', async () => {
    const { b, child } = await setup();
    const record = await must(b, 'meetings.create', mimInput(child.id));
    const meetingId = record.meeting.id;
    const itemId = itemByKey(record, 'plan-of-action').id;

    const action = await refused(b, 'meetings.addAction', {
      meetingId,
      itemId,
      action: { what: 'Visit', owner: 'Worker', dueOn: '31/12/2026' },
    });
    expect(action.message).toBe('Action due date must be a date as YYYY-MM-DD');
    const revision = await refused(b, 'meetings.saveItemMinutes', {
      meetingId,
      itemId,
      minutes: 'x',
      baseRevision: -1,
    });
    expect(revision.issues?.[0]?.field).toBe('baseRevision');
    const minutes = await refused(b, 'meetings.saveItemMinutes', { meetingId, itemId, baseRevision: 0 });
    expect(minutes.message).toBe('Minutes is required');
    const attendee = await refused(b, 'meetings.addAttendee', {
      meetingId,
      attendee: { name: 'X', role: 'wizard' },
    });
    expect(attendee.issues?.[0]?.field).toBe('attendee.role');
    const status = await refused(b, 'meetings.updateAttendee', {
      meetingId,
      attendeeId: record.attendees[0]!.id,
      baseRevision: record.attendees[0]!.revision,
      attendee: { name: 'X', role: 'police', status: 'maybe' },
    });
    expect(status.issues?.[0]?.field).toBe('attendee.status');
    const decision = await refused(b, 'meetings.saveItemDecisions', {
      meetingId,
      itemId,
      decisions: ['ok', ''],
    });
    expect(decision.issues).toEqual([{ field: 'decisions.1', message: 'is empty' }]);
  });

  it('a trigger episode must belong to the meeting’s child', async () => {
    const { b, child } = await setup();
    const error = await refused(b, 'meetings.create', mimInput(child.id, { trigger: ['not-an-episode'] }));
    expect(error.issues?.[0]?.field).toBe('trigger.0');
    const episode = await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-11-01T20:00:00Z',
    });
    const record = await must(b, 'meetings.create', mimInput(child.id, { trigger: [episode.id] }));
    expect(record.meeting.triggerEpisodeIds).toEqual([episode.id]);
  });
});
