import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { ROLES, accessFor } from '../../../shared/auth/roles';
import { freshBackend, must, sampleChild, testEngine } from '../support/backend';
import { accountAs, firstAdministrator } from '../support/accounts';
import { auditRows } from '../support/db';
import {
  convertToPdf,
  pdfPages,
  pdfText,
  renderPagePng,
  requireTools,
  saveResult,
} from '../exports/readBack';
import { mimInput } from '../meetings/fixtures';

// Issue 17: the escalation and conflict resolution log (W-CP 5.0) is "shown in the meeting pack, and exported to
// Word in the same accessible, marked layout as the minutes".

const HOUR = 3_600_000;
const at = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * HOUR).toISOString();

async function logEntry(
  b: Backend,
  childId: string,
  escalatedAt: string,
  about: string,
  outcome?: { outcome: string; outcomeAt: string },
) {
  return must(b, 'escalations.add', {
    childId,
    fromWho: 'Missing Children Practitioner A. Example',
    toWho: 'Senior manager B. Example',
    about,
    escalatedAt,
    ...(outcome ?? {}),
  });
}

describe('escalations.export: the child’s escalation log in Word', () => {
  it('reads back through LibreOffice with every entry, its outcome or that none is recorded, the marking and “Page X of Y” on every page, the table’s header repeated; the export is audited with the count, never the words', async () => {
    requireTools('soffice', 'pdftotext', 'pdftoppm');
    const b = await freshBackend('2026-11-20T10:00:00.000Z');
    const child = await must(b, 'children.create', sampleChild({ caseReference: 'ESC-0001' }));
    // Enough entries to run over several pages, so the marking and header are proved on more than the first.
    const first = '2026-09-01T09:00:00.000Z';
    for (let n = 1; n <= 24; n++) {
      const when = at(first, n * 24 * 3);
      await logEntry(
        b,
        child.id,
        when,
        `Entry ${n}: the return interview was not held within 72 hours and the reasons were escalated.`,
        n % 3 === 0
          ? { outcome: `Outcome ${n}: an interviewer was allocated.`, outcomeAt: at(when, 20) }
          : undefined,
      );
    }
    const exportsBefore = (await auditRows(b, 'export')).length;
    const file = await must(b, 'escalations.export', { childId: child.id });
    expect(file.fileName).toBe('2026-11-20 Escalation log ESC-0001.docx');

    const [pdf] = convertToPdf([
      saveResult(`escalation-log-${testEngine}.docx`, Buffer.from(file.base64, 'base64')),
    ]);
    const pages = pdfPages(pdf!);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.match(/OFFICIAL-SENSITIVE/g)?.length ?? 0, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
      expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      // The header row repeats at the top of every page the table runs onto.
      expect(page, `page ${i + 1}`).toMatch(/Escalated\s+From and to\s+About\s+Outcome/);
      renderPagePng(pdf!, i + 1, 60);
    });
    const text = pdfText(pdf!);
    for (const expected of [
      'Escalation and conflict resolution log',
      'Testy Samplewood',
      'Case reference ESC-0001',
      '24 escalations, 16 without an outcome yet.',
      'Entry 1: the return interview was not held within 72 hours',
      'Entry 24: the return interview',
      '10 Oct 2026, 10:00 From Missing Children Practitioner A. Example',
      'To Senior manager B. Example',
      'Outcome 3: an interviewer was allocated.',
      'Outcome 24: an interviewer was allocated.',
      'No outcome recorded yet',
    ])
      expect(text, expected).toContain(expected);

    const exported = (await auditRows(b, 'export')).slice(exportsBefore);
    expect(exported.map((r) => [r.entity, r.entity_id, r.child_id, r.detail])).toEqual([
      ['escalations', child.id, child.id, 'docx 24 entries'],
    ]);
  });

  it('says so when the log is empty, and refuses a child that does not exist, auditing nothing', async () => {
    const b = await freshBackend('2026-11-20T10:00:00.000Z');
    const child = await must(b, 'children.create', sampleChild({ caseReference: 'ESC-0002' }));
    const file = await must(b, 'escalations.export', { childId: child.id });
    const xml = Buffer.from(file.base64, 'base64');
    expect(xml.length).toBeGreaterThan(0);
    const before = (await auditRows(b, 'export')).length;
    const missing = await b.call('escalations.export', { childId: 'no-such-child' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not-found');
    expect((await auditRows(b, 'export')).length).toBe(before);
  });

  it('is refused, before anything is read or audited, to the roles the map does not let export: administrator, minute-taker, read-only', async () => {
    const b = await freshBackend('2026-11-20T10:00:00.000Z');
    const admin = await firstAdministrator(b);
    const manager = await accountAs(b, admin, 'manager', 'manager.m');
    const child = await b.call('children.create', sampleChild({ caseReference: 'ESC-0003' }), manager);
    if (!child.ok) throw new Error(child.error.message);
    const childId = (child.value as { id: string }).id;
    const refused = ROLES.filter((r) => accessFor(r, 'escalations.export') === 'refused');
    expect(refused).toEqual(['administrator', 'minute-taker', 'read-only']);
    for (const role of ROLES) {
      const caller = role === 'administrator' ? admin : await accountAs(b, admin, role, `esc.${role}`);
      const before = (await auditRows(b, 'export')).length;
      const r = await b.call('escalations.export', { childId }, caller);
      const after = await auditRows(b, 'export');
      if (refused.includes(role)) {
        expect(r.ok, role).toBe(false);
        if (!r.ok) expect(r.error.code, role).toBe('forbidden');
        expect(after.length, role).toBe(before);
      } else {
        expect(r.ok, role).toBe(true);
        expect(
          after.slice(before).map((x) => [x.entity, x.child_id]),
          role,
        ).toEqual([['escalations', childId]]);
      }
    }
  });
});

describe('the escalation log in the meeting pack and the minutes', () => {
  it('holds the entries escalated in the pack’s period and earlier ones still open, counts the earlier resolved, and stops where a concluded meeting ended', async () => {
    const b = await freshBackend('2026-11-20T10:00:00.000Z');
    const child = await must(b, 'children.create', sampleChild({ caseReference: 'ESC-0004' }));
    // No earlier meeting: the pack looks back 90 days from the meeting (to 21 Aug 2026).
    await logEntry(b, child.id, '2026-06-01T09:00:00Z', 'Earlier, resolved', {
      outcome: 'Resolved then',
      outcomeAt: '2026-06-02T09:00:00Z',
    });
    const open = await logEntry(b, child.id, '2026-07-01T09:00:00Z', 'Earlier, still open');
    const recent = await logEntry(b, child.id, '2026-11-10T09:00:00Z', 'In the period', {
      outcome: 'Agreed at the manager’s meeting',
      outcomeAt: '2026-11-11T09:00:00Z',
    });
    const held = '2026-11-19T10:00:00Z';
    const { meeting } = await must(b, 'meetings.create', mimInput(child.id, { scheduledAt: held }));
    const pack = async () =>
      (await must(b, 'meetings.pack', { meetingId: meeting.id })).children[0]!.escalations;
    expect((await pack()).entries.map((e) => e.id)).toEqual([open.id, recent.id]);
    expect((await pack()).earlierResolved).toBe(1);

    await must(b, 'meetings.transition', { meetingId: meeting.id, to: 'in-progress', at: held });
    await must(b, 'meetings.transition', {
      meetingId: meeting.id,
      to: 'concluded',
      at: '2026-11-19T11:00:00Z',
    });
    // Raised after the meeting ended: reopened later, the pack shows what the meeting saw.
    await logEntry(b, child.id, '2026-11-20T09:00:00Z', 'After the meeting');
    expect((await pack()).entries.map((e) => e.about)).toEqual(['Earlier, still open', 'In the period']);

    // Once its outcome is recorded, the earlier entry is one of the earlier resolved: the child's page keeps it.
    await must(b, 'escalations.update', {
      id: open.id,
      baseRevision: open.revision,
      outcome: 'Senior manager allocated an interviewer',
      outcomeAt: '2026-11-20T09:30:00Z',
    });
    expect((await pack()).entries.map((e) => e.id)).toEqual([recent.id]);
    expect((await pack()).earlierResolved).toBe(2);
  });

  it('prints the pack’s escalation log in the minutes, under its own heading', async () => {
    requireTools('soffice', 'pdftotext');
    const b = await freshBackend('2026-11-20T10:00:00.000Z');
    const child = await must(b, 'children.create', sampleChild({ caseReference: 'ESC-0005' }));
    await logEntry(b, child.id, '2026-11-10T09:00:00Z', 'Minutes of the last MIM not received by the host', {
      outcome: 'Sent again and received',
      outcomeAt: '2026-11-12T09:00:00Z',
    });
    await logEntry(b, child.id, '2026-11-18T09:00:00Z', 'Carer refused the return interview');
    const held = '2026-11-19T10:00:00Z';
    const { meeting } = await must(b, 'meetings.create', mimInput(child.id, { scheduledAt: held }));
    await must(b, 'meetings.transition', { meetingId: meeting.id, to: 'in-progress', at: held });
    await must(b, 'meetings.transition', {
      meetingId: meeting.id,
      to: 'concluded',
      at: '2026-11-19T11:00:00Z',
    });
    const file = await must(b, 'exports.minutes', { meetingId: meeting.id });
    const [pdf] = convertToPdf([
      saveResult(`minutes-escalations-${testEngine}.docx`, Buffer.from(file.base64, 'base64')),
    ]);
    const text = pdfText(pdf!);
    const section = text.slice(text.indexOf('Escalation log'));
    expect(section).toContain('2 escalations, 1 without an outcome yet.');
    // A wrapped cell's lines interleave with its neighbours' in the PDF's text: its first line is checked.
    expect(section).toContain('Minutes of the last MIM not');
    expect(section).toContain('Sent again and received');
    expect(section).toContain('Carer refused the return interview No outcome recorded yet');
  });
});
