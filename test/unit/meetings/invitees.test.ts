import { describe, expect, it } from 'vitest';
import { must } from '../support/backend';
import { auditRows } from '../support/db';
import { itemByKey, mimInput, moveTo, setup } from './fixtures';

describe('who is invited and who receives the minutes', () => {
  it('a MIM invites by role from ST 13.21, names left empty, and the host authority for a placed child (EM)', async () => {
    const { b, child } = await setup({
      placingAuthority: 'Warwickshire',
      hostAuthority: 'Coventry',
      placementType: 'childrens-home',
    });
    const { attendees } = await must(b, 'meetings.create', mimInput(child.id));
    expect(attendees.map((a) => a.role)).toEqual([
      'chair',
      'minute-taker',
      'child',
      'parent',
      'social-worker',
      'police',
      'carer',
      'education',
      'health',
      'return-interview-worker',
      'host-authority',
    ]);
    expect(attendees.find((a) => a.role === 'host-authority')).toMatchObject({
      agency: 'Coventry',
      name: '',
      status: 'invited',
    });
    expect(attendees.filter((a) => !a.isChair && !a.isMinuteTaker).every((a) => a.name === '')).toBe(true);
    expect(attendees.find((a) => a.isChair)).toMatchObject({
      name: 'Chair A. Example',
      agency: 'Warwickshire',
    });
    expect(attendees.find((a) => a.isMinuteTaker)?.name).toBe('Minute B. Example');
  });

  it('no host authority when the child lives in the placing authority’s own area; no carer at home', async () => {
    const { b, child } = await setup({
      hostAuthority: 'warwickshire ',
      placementType: 'home',
      legalStatus: 'early-help',
    });
    const roles = (await must(b, 'meetings.create', mimInput(child.id))).attendees.map((a) => a.role);
    expect(roles).not.toContain('host-authority');
    expect(roles).not.toContain('carer');
    expect(roles).not.toContain('social-worker');
  });

  it('a strategy meeting invites the IRO of a child in care (WG 12)', async () => {
    const { b, child } = await setup({ legalStatus: 'child-in-care' });
    const record = await must(b, 'meetings.create', {
      ...mimInput(child.id),
      kind: 'strategy',
      stageLevel: null,
    });
    expect(record.attendees.find((a) => a.role === 'iro')).toMatchObject({
      agency: 'Warwickshire',
      status: 'invited',
    });
  });

  it('the urgent care review invites police, social worker and carer (ST 14.2); its minutes go to the IRO and the social care lead (ST 14.4)', async () => {
    const { b, child } = await setup({ legalStatus: 'child-in-care', hostAuthority: 'Coventry' });
    const record = await must(b, 'meetings.create', {
      ...mimInput(child.id),
      kind: 'urgent-care-review',
      stageLevel: null,
    });
    expect(record.attendees.slice(2).map((a) => a.role)).toEqual([
      'police',
      'social-worker',
      'carer',
      'host-authority',
    ]);
    expect(record.distribution.map((d) => [d.role, d.agency])).toEqual([
      ['Chair', 'Warwickshire'],
      ['Minute-taker', ''],
      ['Police officer or staff who knows the child best', 'Police'],
      ['Child’s social worker', 'Warwickshire'],
      ['Host authority (missing children service)', 'Coventry'],
      ['Independent Reviewing Officer (IRO)', 'Warwickshire'],
      ['Children’s social care lead', 'Warwickshire'],
    ]);
  });

  it('the host authority always receives the minutes, even when its invitation row was removed', async () => {
    const { b, child } = await setup({ hostAuthority: 'Coventry' });
    const record = await must(b, 'meetings.create', mimInput(child.id));
    const host = record.attendees.find((a) => a.role === 'host-authority')!;
    await must(b, 'meetings.removeAttendee', { meetingId: record.meeting.id, attendeeId: host.id });
    const after = await must(b, 'meetings.get', { meetingId: record.meeting.id });
    expect(after.distribution.find((d) => d.agency === 'Coventry')).toMatchObject({
      name: null,
      reason: 'Host authority: always receives the minutes (EM)',
    });
  });

  it('marking another attendee as chair unmarks the first; attendance is recorded', async () => {
    const { b, child } = await setup();
    const record = await must(b, 'meetings.create', mimInput(child.id));
    const meetingId = record.meeting.id;
    const sw = record.attendees.find((a) => a.role === 'social-worker')!;
    const list = await must(b, 'meetings.updateAttendee', {
      meetingId,
      attendeeId: sw.id,
      baseRevision: sw.revision,
      attendee: {
        name: 'Worker A. Example',
        role: 'social-worker',
        agency: 'Warwickshire',
        status: 'attended',
        isChair: true,
      },
    });
    expect(list.filter((a) => a.isChair).map((a) => a.id)).toEqual([sw.id]);
    const added = await must(b, 'meetings.addAttendee', {
      meetingId,
      attendee: { name: 'Nurse F. Example', role: 'health', agency: 'NHS', status: 'apologies' },
    });
    expect(added.at(-1)).toMatchObject({
      name: 'Nurse F. Example',
      status: 'apologies',
      position: record.attendees.length,
    });
  });
});

describe('the audit trail of a meeting', () => {
  it('records create, view, update, transition and approval for the child, with no personal data in the detail', async () => {
    const { b, child } = await setup({ givenName: 'Uniquename' });
    const record = await must(
      b,
      'meetings.create',
      mimInput(child.id, { reason: 'Worried about Uniquename' }),
    );
    const meetingId = record.meeting.id;
    await must(b, 'meetings.get', { meetingId });
    await must(b, 'meetings.saveItemDecisions', {
      meetingId,
      itemId: itemByKey(record, 'risks').id,
      decisions: ['Uniquename to be referred'],
    });
    await moveTo(b, meetingId, 'approved');
    const rows = (await auditRows(b)).filter((r) => r.entity === 'meeting' && r.child_id === child.id);
    expect(rows.map((r) => [r.action, r.detail])).toEqual([
      ['create', null],
      ['view', null],
      ['update', 'decisions:risks'],
      ['update', 'status:in-progress'],
      ['update', 'status:concluded'],
      // Attendance recorded before approval (the chair and the minute-taker), after reading the meeting.
      ['view', null],
      ['update', 'attendees'],
      ['update', 'attendees'],
      ['approve', 'status:approved'],
    ]);
    expect(rows.every((r) => r.entity_id === meetingId && r.user === 'Chair A. Example')).toBe(true);
    expect(JSON.stringify(await auditRows(b))).not.toMatch(/Uniquename/);
  });
});
