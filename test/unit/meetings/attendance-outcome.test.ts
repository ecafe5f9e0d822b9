import { describe, expect, it } from 'vitest';
import {
  convertToPdf,
  normalise,
  pdfPages,
  renderPagePng,
  requireTools,
  saveResult,
} from '../exports/readBack';
import { must } from '../support/backend';
import { auditRows, countRows } from '../support/db';
import { mimInput, moveTo, recordAttendance, refused, setup } from './fixtures';

const readBack = (name: string, base64: string) => {
  const [pdf] = convertToPdf([saveResult(`${name}.docx`, Buffer.from(base64, 'base64'))]);
  const pages = pdfPages(pdf!);
  pages.forEach((_p, n) => renderPagePng(pdf!, n + 1, 60));
  return normalise(pages.join('\n'));
};

const OUTCOME = {
  attendanceComments: 'The school was not represented: the invitation reached the wrong inbox.',
  riskLevel: 'high' as const,
  riskRationale: 'Two episodes linked to older associates in one fortnight.',
  strategyOutcome: 'section-47' as const,
  familyReceives: false,
};

describe('attendance and what the meeting agreed', () => {
  it('approval asks for attendance first: refused while a named invitee has none recorded, and nothing changes', async () => {
    const { b, child } = await setup();
    const { meeting, attendees } = await must(b, 'meetings.create', mimInput(child.id));
    expect(attendees.some((a) => a.name !== '' && a.status === 'invited')).toBe(true);
    await moveTo(b, meeting.id, 'concluded');
    const error = await refused(b, 'meetings.transition', { meetingId: meeting.id, to: 'approved' });
    expect(error.issues?.[0]?.field).toBe('attendance');
    expect(error.message).toMatch(/^Record attendance first: /);
    expect((await must(b, 'meetings.get', { meetingId: meeting.id })).meeting.status).toBe('concluded');
    expect(await auditRows(b, 'approve')).toHaveLength(0);
    await recordAttendance(b, meeting.id);
    await must(b, 'meetings.transition', { meetingId: meeting.id, to: 'approved' });
  });

  it('keeps "no response" as its own state and prints it, with comments on attendance and the agreed risk', async () => {
    requireTools('soffice', 'pdftotext', 'pdftoppm');
    const { b, child } = await setup({ caseReference: 'OUT-0001' });
    const { meeting } = await must(b, 'meetings.create', {
      ...mimInput(child.id),
      kind: 'strategy',
      stageLevel: null,
      chairRole: 'Team Manager',
    });
    await must(b, 'meetings.transition', { meetingId: meeting.id, to: 'in-progress' });
    const after = await must(b, 'meetings.addAttendee', {
      meetingId: meeting.id,
      attendee: { name: 'Nurse E. Example', role: 'health', agency: 'Testshire NHS', status: 'no-response' },
    });
    expect(after.find((a) => a.name === 'Nurse E. Example')?.status).toBe('no-response');
    const saved = await must(b, 'meetings.setOutcome', { meetingId: meeting.id, outcome: OUTCOME });
    expect(saved).toMatchObject({ ...OUTCOME, updatedBy: 'Chair A. Example' });
    expect(await must(b, 'meetings.getOutcome', { meetingId: meeting.id })).toEqual(saved);
    const draft = readBack(
      'strategy-outcome-draft',
      (await must(b, 'exports.minutes', { meetingId: meeting.id })).base64,
    );
    expect(draft).toContain('Not recorded'); // the chair's attendance, not yet recorded, is not "Did not attend"
    expect(draft).not.toContain('Did not attend');
    await must(b, 'meetings.transition', { meetingId: meeting.id, to: 'concluded' });
    await recordAttendance(b, meeting.id);
    await must(b, 'meetings.transition', { meetingId: meeting.id, to: 'approved' });
    const text = readBack(
      'strategy-outcome-approved',
      (await must(b, 'exports.minutes', { meetingId: meeting.id })).base64,
    );
    for (const expected of [
      'No response',
      'did not respond',
      `Comments on attendance: ${OUTCOME.attendanceComments}`,
      'Agreed by the meeting High',
      OUTCOME.riskRationale,
      'Section 47 enquiry',
      'Circulated on 20 November 2026.',
    ])
      expect(text).toContain(expected);
    const plan = readBack(
      'strategy-outcome-plan',
      (await must(b, 'exports.actionPlan', { meetingId: meeting.id })).base64,
    );
    expect(plan).toContain('Agreed by the meeting High');
    expect(plan).toContain('Circulated on 20 November 2026.');
  });

  it('refuses a strategy outcome on another kind of meeting and any change once approved, naming the field', async () => {
    const { b, child } = await setup();
    const { meeting } = await must(b, 'meetings.create', mimInput(child.id));
    const before = await countRows(b, 'meeting_outcomes');
    const wrongKind = await refused(b, 'meetings.setOutcome', { meetingId: meeting.id, outcome: OUTCOME });
    expect(wrongKind.issues?.[0]).toEqual({
      field: 'strategyOutcome',
      message: 'is only for a Strategy Meeting, not a Missing Intervention Meeting',
    });
    const tooLong = await refused(b, 'meetings.setOutcome', {
      meetingId: meeting.id,
      outcome: { attendanceComments: 'x'.repeat(2001) },
    });
    expect(tooLong.issues?.[0]?.field).toBe('outcome.attendanceComments');
    expect(await countRows(b, 'meeting_outcomes')).toBe(before);
    await must(b, 'meetings.setOutcome', {
      meetingId: meeting.id,
      outcome: { ...OUTCOME, strategyOutcome: null, familyReceives: true },
    });
    await moveTo(b, meeting.id, 'approved');
    const locked = await refused(b, 'meetings.setOutcome', {
      meetingId: meeting.id,
      outcome: { ...OUTCOME, strategyOutcome: null, riskLevel: 'low' },
    });
    expect(locked.code).toBe('locked');
    expect((await must(b, 'meetings.getOutcome', { meetingId: meeting.id })).riskLevel).toBe('high');
  });
});
