import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionRevision, freshBackend, must, sampleChild } from '../support/backend';
import { auditRows } from '../support/db';
import { recordAttendance } from '../meetings/fixtures';

/** LibreOffice (a fresh profile per run) to PDF, then pdftotext: readers we did not write. */
function docxToText(base64: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-minutes-'));
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const pdf = join(dir, `${name}.pdf`);
  const out = resolve(import.meta.dirname, '../../../test-results/docx');
  mkdirSync(out, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(out, `${name}-from-db`)]);
  // Plain text keeps each table cell whole (a PDF interleaves wrapped cells); the PDF text proves the page frame.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/lo`,
      '--headless',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  return `${readFileSync(join(dir, `${name}.txt`), 'utf8')}\n${pages}`;
}

async function heldMim() {
  const b = await freshBackend('2026-11-20T10:00:00.000Z');
  // Approval names the person and their role, as Homeward asks for them before the first approval.
  await must(b, 'settings.update', { displayName: 'Chair A. Example', displayRole: 'Team Manager' });
  const child = await must(
    b,
    'children.create',
    sampleChild({ caseReference: 'TEST-7001', hostAuthority: 'Otherborough Council' }),
  );
  for (const at of ['2026-10-01T20:00:00Z', '2026-10-20T20:00:00Z', '2026-11-16T20:00:00Z']) {
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: at,
      foundAt: new Date(new Date(at).getTime() + 9 * 3_600_000).toISOString(),
      whereFound: 'Station car park, Testtown',
      factors: [{ direction: 'pull', code: 'criminal-exploitation', detail: 'Asked to carry a bag' }],
    });
  }
  const created = await must(b, 'meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: [child.id],
    reason: 'Three missing episodes in 90 days',
    chairRole: 'Team Leader',
    chairName: 'Chair B. Example',
    minuteTaker: 'Minute-taker C. Example',
    scheduledAt: '2026-11-20T09:00:00Z',
    venue: 'Room 2, Example House',
  });
  const meetingId = created.meeting.id;
  await must(b, 'meetings.transition', { meetingId, to: 'in-progress' });
  await must(b, 'meetings.addAttendee', {
    meetingId,
    attendee: { name: 'Officer D. Example', role: 'police', agency: 'Testshire Police', status: 'attended' },
  });
  const items = created.items;
  const typed = [
    'Introductions were made and consent explained.',
    'Three episodes since October, all from placement.',
    'The child spoke of older associates.',
  ];
  for (const [n, text] of typed.entries()) {
    const item = items[n]!;
    await must(b, 'meetings.saveItemMinutes', {
      meetingId,
      itemId: item.id,
      minutes: text,
      baseRevision: item.revision,
    });
  }
  await must(b, 'meetings.saveItemDecisions', {
    meetingId,
    itemId: items[2]!.id,
    decisions: ['Refer to the exploitation panel.'],
  });
  const actions = [
    'Offer a return interview within 72 hours',
    'Police to consider a CAWN',
    'Review the placement plan',
  ];
  for (const what of actions) {
    await must(b, 'meetings.addAction', {
      meetingId,
      itemId: items[2]!.id,
      action: { what, owner: 'Worker A. Example', agency: 'Children’s Services', dueOn: '2026-12-04' },
    });
  }
  await must(b, 'meetings.transition', { meetingId, to: 'concluded' });
  return { b, child, meetingId, typed, actions };
}

describe('minutes and action plans from a meeting held in Homeward', () => {
  it('exports approved minutes with every agenda item, attendee, decision, action, episode and the host authority', async () => {
    const { b, child, meetingId, typed, actions } = await heldMim();
    await recordAttendance(b, meetingId);
    await must(b, 'meetings.transition', { meetingId, to: 'approved' });
    const file = await must(b, 'exports.minutes', { meetingId });
    // The meeting's date first, so a folder of minutes sorts by meeting.
    expect(file.fileName).toBe('2026-11-20 Minutes Missing Intervention Meeting TEST-7001.docx');
    const text = docxToText(file.base64, 'mim-minutes').replace(/\s+/g, ' ');
    for (const t of [
      ...typed,
      ...actions,
      'Refer to the exploitation panel.',
      'Officer D. Example',
      'Chair B. Example',
      'Otherborough Council',
      'Station car park, Testtown',
      'OFFICIAL-SENSITIVE',
      'Page 1 of',
      'Stage 1',
      'Minutes approved',
      'Police officer or staff who knows the child best',
      // Why the meeting was called, as the chair typed it, and what the episodes list is a part of.
      'Reason for the meeting',
      'Three missing episodes in 90 days',
      'of 3 in all',
    ]) {
      expect(text, t).toContain(t);
    }
    const rows = await auditRows(b, 'export');
    expect(rows.map((r) => [r.entity, r.child_id, r.detail])).toEqual([
      ['meeting', child.id, 'approved minutes docx'],
    ]);
  }, 120_000);

  it('prints why each decision was made, and the date each action was set and why, in the minutes and the plan', async () => {
    const { b, meetingId } = await heldMim();
    const { items } = await must(b, 'meetings.get', { meetingId });
    const item = items[2]!;
    await must(b, 'meetings.saveItemDecisions', {
      meetingId,
      itemId: item.id,
      decisions: [
        {
          decision: 'Refer to the exploitation panel.',
          rationale: 'Older associates were seen at two of the three episodes.',
        },
      ],
    });
    const [first] = item.actions;
    await must(b, 'meetings.updateAction', {
      meetingId,
      actionId: first!.id,
      baseRevision: first!.revision,
      action: {
        what: first!.what,
        owner: first!.owner,
        agency: first!.agency,
        dueOn: first!.dueOn,
        rationale: 'The last return interview was offered late and declined.',
      },
    });
    const minutes = await must(b, 'exports.minutes', { meetingId });
    const plan = await must(b, 'exports.actionPlan', { meetingId });
    for (const [name, file] of [
      ['mim-minutes-why', minutes],
      ['mim-action-plan-why', plan],
    ] as const) {
      const text = docxToText(file.base64, name).replace(/\s+/g, ' ');
      for (const t of [
        'Refer to the exploitation panel. Why: Older associates were seen at two of the three episodes.',
        'Why: The last return interview was offered late and declined.',
        // Set at the meeting (it started on 20 November), in the table's short form.
        'Set 20 Nov 2026',
      ]) {
        expect(text, `${name}: ${t}`).toContain(t);
      }
    }
  }, 240_000);

  it('exports the action plan on its own, naming the child and meeting', async () => {
    const { b, meetingId, actions } = await heldMim();
    const file = await must(b, 'exports.actionPlan', { meetingId });
    const text = docxToText(file.base64, 'mim-action-plan').replace(/\s+/g, ' ');
    for (const t of [...actions, 'TEST-7001', 'Missing Intervention Meeting']) expect(text, t).toContain(t);
    // Concluded, not approved: the plan says DRAFT beside the marking, and so does its file name.
    expect(text).toContain('DRAFT: NOT APPROVED');
    expect(file.fileName).toBe('2026-11-20 DRAFT Action plan TEST-7001.docx');
  }, 120_000);

  it('the action plan of approved minutes lists each change to an action with who, when and why', async () => {
    const { b, meetingId } = await heldMim();
    await recordAttendance(b, meetingId);
    await must(b, 'meetings.transition', { meetingId, to: 'approved' });
    await must(b, 'settings.update', { displayName: 'Chair B. Example' });
    const [first, second] = await must(b, 'actions.list', { meetingId });
    await must(b, 'actions.update', {
      id: first!.id,
      baseRevision: await actionRevision(b, first!.id),
      owner: 'Worker E. Example',
      dueOn: '2026-12-11',
      reason: 'Worker A. Example is on leave',
    });
    await must(b, 'actions.update', {
      id: second!.id,
      baseRevision: await actionRevision(b, second!.id),
      status: 'dropped',
      reason: 'A CAWN was already issued',
    });
    const file = await must(b, 'exports.actionPlan', { meetingId });
    const text = docxToText(file.base64, 'mim-action-plan-changed').replace(/\s+/g, ' ');
    for (const t of [
      'Changed 20/11/2026 10:00 by Chair B. Example: owner Worker A. Example → Worker E. Example; due 04/12/2026 → 11/12/2026. Why: Worker A. Example is on leave',
      'Changed 20/11/2026 10:00 by Chair B. Example: dropped. Why: A CAWN was already issued',
      'Worker E. Example',
    ]) {
      expect(text, t).toContain(t);
    }
  }, 120_000);

  it('prints the child’s gender, placement and school, and a section per agency for what it brought', async () => {
    const { b, child, meetingId } = await heldMim();
    await must(b, 'children.update', {
      id: child.id,
      baseRevision: child.revision,
      child: {
        ...sampleChild({ caseReference: 'TEST-7001', hostAuthority: 'Otherborough Council' }),
        gender: 'female',
      },
    });
    // The school is held on the Philomena Part 1 record: the minutes read it from there.
    const profile = await must(b, 'philomena.get', { childId: child.id });
    await must(b, 'philomena.save', {
      childId: child.id,
      part1: { ...profile.part1, school: 'Testtown Academy, Year 10' },
      part2: profile.part2,
    });
    const reported = 'Two of the three reports came from the railway station; no offences recorded.';
    let attendees = await must(b, 'meetings.addAttendee', {
      meetingId,
      attendee: {
        name: 'Nurse H. Example',
        role: 'health',
        agency: 'Testshire Health',
        status: 'invited',
        information: reported,
      },
    });
    // A later change of attendance that does not send the text keeps it.
    const nurse = attendees.find((a) => a.name === 'Nurse H. Example')!;
    attendees = await must(b, 'meetings.updateAttendee', {
      meetingId,
      attendeeId: nurse.id,
      baseRevision: nurse.revision,
      attendee: { name: nurse.name, role: nurse.role, agency: nurse.agency, status: 'apologies' },
    });
    expect(attendees.find((a) => a.id === nurse.id)?.information).toBe(reported);
    const officer = attendees.find((a) => a.name === 'Officer D. Example')!;
    await must(b, 'meetings.updateAttendee', {
      meetingId,
      attendeeId: officer.id,
      baseRevision: officer.revision,
      attendee: {
        ...officer,
        information: 'Police will consider a CAWN.\n\nThe older associates are known.',
      },
    });
    const file = await must(b, 'exports.minutes', { meetingId });
    const text = docxToText(file.base64, 'mim-child-and-agencies').replace(/\s+/g, ' ');
    for (const t of [
      'Gender Female',
      'Placement Foster care, in Otherborough Council’s area',
      'School Testtown Academy, Year 10',
      'Information from each agency',
      'Testshire Health Reported by Nurse H. Example, Health',
      reported,
      'Testshire Police Reported by Officer D. Example, Police officer or staff who knows the child best',
      'Police will consider a CAWN.',
      'The older associates are known.',
    ]) {
      expect(text, t).toContain(t);
    }
    // Once approved, what an agency brought is locked with the rest of the minutes.
    await recordAttendance(b, meetingId);
    await must(b, 'meetings.transition', { meetingId, to: 'approved' });
    const { attendees: after } = await must(b, 'meetings.get', { meetingId });
    const locked = after.find((a) => a.id === nurse.id)!;
    const refused = await b.call('meetings.updateAttendee', {
      meetingId,
      attendeeId: locked.id,
      baseRevision: locked.revision,
      attendee: { ...locked, information: 'Changed after approval' },
    });
    expect(refused.ok).toBe(false);
  }, 120_000);

  it('leaves out a gender that was not recorded and a school that was never entered', async () => {
    const { b, meetingId } = await heldMim();
    const file = await must(b, 'exports.minutes', { meetingId });
    const text = docxToText(file.base64, 'mim-no-gender').replace(/\s+/g, ' ');
    // The facts follow one another with nothing between: no "Gender" after the age, no "School" after the placement.
    expect(text).toMatch(/\(age 15\) Legal status Child in care/);
    expect(text).toContain('Placement Foster care, in Otherborough Council’s area Placing authority');
    expect(text).not.toContain('Information from each agency');
  }, 120_000);

  it('answers not found for a meeting that does not exist', async () => {
    const r = await (await freshBackend()).call('exports.minutes', { meetingId: 'nope' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
