import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../shared/meetings/templates';
import { MEETING_KINDS } from '../../../shared/domain/meeting';
import { freshBackend, must } from '../support/backend';
import { auditRows, countRows } from '../support/db';
import { itemByKey, mimInput, moveTo, recordAttendance, setup } from './fixtures';

// Two people on two machines press the same button at the same moment. On PostgreSQL the calls really run at once
// (the pool has several connections); on SQLite they queue. Either way the outcome must be one a person could
// explain: never two chairs, two approvals, or an edit lost without a word.

describe('calls at the same moment', () => {
  it('two attendees marked chair at once leave the meeting with exactly one chair, and neither call is lost', async () => {
    const { b, child } = await setup();
    const { meeting } = await must(b, 'meetings.create', mimInput(child.id));
    const mark = (name: string) =>
      b.call('meetings.addAttendee', {
        meetingId: meeting.id,
        attendee: { name, role: 'chair', agency: 'Children’s Services', isChair: true },
      });
    const results = await Promise.all([mark('Chair P. Example'), mark('Chair Q. Example')]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const { attendees } = await must(b, 'meetings.get', { meetingId: meeting.id });
    const chairs = attendees.filter((a) => a.isChair).map((a) => a.name);
    expect(chairs).toHaveLength(1);
    expect(['Chair P. Example', 'Chair Q. Example']).toContain(chairs[0]);
    expect(attendees.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Chair P. Example', 'Chair Q. Example']),
    );
  });

  it('two approvals at once: one approves, the other is told the minutes are locked', async () => {
    const { b, child } = await setup();
    const { meeting } = await must(b, 'meetings.create', mimInput(child.id));
    await moveTo(b, meeting.id, 'concluded');
    await recordAttendance(b, meeting.id);
    const approve = () => b.call('meetings.transition', { meetingId: meeting.id, to: 'approved' });
    const results = await Promise.all([approve(), approve()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refusal = results.find((r) => !r.ok);
    expect(refusal && !refusal.ok ? refusal.error.code : 'none').toBe('locked');
    const record = await must(b, 'meetings.get', { meetingId: meeting.id });
    expect(record.transitions.filter((t) => t.to === 'approved')).toHaveLength(1);
    expect(await auditRows(b, 'approve')).toHaveLength(1);
  });

  it('an autosave racing the approval either lands before it or is refused as locked, never after it', async () => {
    const { b, child } = await setup();
    const created = await must(b, 'meetings.create', mimInput(child.id));
    const item = itemByKey(created, 'plan-of-action');
    await moveTo(b, created.meeting.id, 'concluded');
    await recordAttendance(b, created.meeting.id);
    const [save, approval] = await Promise.all([
      b.call('meetings.saveItemMinutes', {
        meetingId: created.meeting.id,
        itemId: item.id,
        minutes: 'Typed as the chair approved',
        baseRevision: 0,
      }),
      b.call('meetings.transition', { meetingId: created.meeting.id, to: 'approved' }),
    ]);
    expect(approval.ok).toBe(true);
    const stored = itemByKey(
      await must(b, 'meetings.get', { meetingId: created.meeting.id }),
      'plan-of-action',
    );
    if (save.ok) {
      expect(stored.minutes).toBe('Typed as the chair approved');
    } else {
      expect(save.error.code).toBe('locked');
      expect(stored.minutes).toBe('');
    }
  });

  it('two edits of an agenda template from the same revision: one is saved, the other is told it is stale', async () => {
    const { b } = await setup();
    const [ucr] = (await must(b, 'agendaTemplates.list', {})).filter((t) => t.kind === 'urgent-care-review');
    const edit = (drop: number) =>
      b.call('agendaTemplates.update', {
        kind: 'urgent-care-review',
        items: ucr!.items.filter((_, i) => i !== drop),
        baseRevision: 0,
      });
    const results = await Promise.all([edit(1), edit(2)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refusal = results.find((r) => !r.ok);
    expect(refusal && !refusal.ok ? refusal.error.code : 'none').toBe('conflict');
    const [now] = (await must(b, 'agendaTemplates.list', {})).filter((t) => t.kind === 'urgent-care-review');
    expect(now).toMatchObject({ revision: 1 });
    expect(now!.items).toHaveLength(ucr!.items.length - 1);
  });

  it('the first two opens of the agenda templates at once seed each template once', async () => {
    const b = await freshBackend();
    const [first, second] = await Promise.all([
      must(b, 'agendaTemplates.list', {}),
      must(b, 'agendaTemplates.list', {}),
    ]);
    expect(first).toEqual(second);
    expect(first.map((t) => t.kind)).toEqual([...MEETING_KINDS]);
    expect(await countRows(b, 'agenda_template_items')).toBe(
      MEETING_KINDS.reduce((n, kind) => n + DEFAULT_TEMPLATES[kind].length, 0),
    );
  });
});
