import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { addChild, itemByKey, mimInput, recordAttendance, refused, setup } from '../meetings/fixtures';
import { must } from '../support/backend';
import { auditRows } from '../support/db';
import { convertToPdf, normalise, pdfPages, renderPagePng, requireTools, saveResult } from './readBack';

/**
 * A Daily Review about three children of three authorities, exported through the API one reader at a time and read
 * back with LibreOffice and pdftotext: each extract holds only the children its reader placed or hosts.
 */
async function dailyReviewOfThreeAuthorities() {
  const { b, child: alpha } = await setup({
    givenName: 'Alphonse',
    familyName: 'Testwright',
    caseReference: 'XT-0001',
    placingAuthority: 'Exampleshire County Council',
    hostAuthority: 'Otherborough Council',
  });
  const beta = await addChild(b, {
    givenName: 'Bettany',
    familyName: 'Quillfeather',
    caseReference: 'XT-0002',
    placingAuthority: 'Exampleshire County Council',
    hostAuthority: null,
  });
  const gamma = await addChild(b, {
    givenName: 'Gideon',
    familyName: 'Marrowby',
    caseReference: 'XT-0003',
    placingAuthority: 'Northtown Council',
    hostAuthority: null,
  });
  const children = [alpha, beta, gamma];
  const created = await must(b, 'meetings.create', {
    ...mimInput(alpha.id),
    kind: 'daily-review',
    stageLevel: null,
    childIds: children.map((c) => c.id),
    chairRole: 'Operations Manager',
    reason: 'High-risk children and children missing over 24 hours (W-KC)',
  });
  const meetingId = created.meeting.id;
  await must(b, 'meetings.transition', { meetingId, to: 'in-progress' });
  // Each child's own item carries a detail only that child's readers may see.
  const details = new Map<string, string>();
  for (const c of children) {
    const item = created.items.find((i) => i.childId === c.id)!;
    const detail = `Seen near the ${c.caseReference === 'XT-0001' ? 'quarry' : c.caseReference === 'XT-0002' ? 'harbour' : 'viaduct'} with older associates`;
    details.set(c.caseReference, detail);
    await must(b, 'meetings.saveItemMinutes', {
      meetingId,
      itemId: item.id,
      minutes: detail,
      baseRevision: item.revision,
    });
  }
  const general = created.items.find((i) => i.childId === null)!;
  await must(b, 'meetings.saveItemMinutes', {
    meetingId,
    itemId: general.id,
    minutes: 'Partners reviewed the board together.',
    baseRevision: general.revision,
  });
  for (const agency of ['Otherborough Council', 'Northtown Council', 'Exampleshire County Council']) {
    await must(b, 'meetings.addAttendee', {
      meetingId,
      attendee: { name: `Officer of ${agency}`, role: 'social-care', agency, status: 'attended' },
    });
  }
  return { b, meetingId, children, details, general };
}

const readBack = (fileName: string, base64: string) => {
  const path = saveResult(fileName.replace(/\s+/g, '-'), Buffer.from(base64, 'base64'));
  const [pdf] = convertToPdf([path]);
  const pages = pdfPages(pdf!);
  pages.forEach((_p, n) => renderPagePng(pdf!, n + 1, 60));
  return { pages, text: normalise(pages.join('\n')) };
};

const exportAs = (b: Backend, input: { meetingId: string; authority?: string; caseReference?: string }) =>
  must(b, 'exports.minutesExtract', input);

describe('per-reader extracts of a Daily Review’s minutes, through the API', () => {
  it('gives an authority only the children it placed or hosts, and audits the export for those children only', async () => {
    requireTools('soffice', 'pdftotext', 'pdftoppm');
    const { b, meetingId, children, details } = await dailyReviewOfThreeAuthorities();
    const before = (await auditRows(b, 'export')).length;
    const file = await exportAs(b, { meetingId, authority: 'Otherborough Council' });
    expect(file.fileName).toMatch(
      /^2026-11-2\d DRAFT Minutes extract for Otherborough Council XT-0001\.docx$/,
    );
    expect(file.fileName).not.toContain('XT-0002');
    const { pages, text } = readBack(file.fileName, file.base64);
    expect(text).toContain('Extract for Otherborough Council');
    expect(text).toContain('XT-0001');
    expect(text).toContain(details.get('XT-0001'));
    expect(text).toContain('Partners reviewed the board together.');
    for (const other of ['XT-0002', 'XT-0003']) {
      expect(text, `the extract leaks ${other}`).not.toContain(other);
      expect(text).not.toContain(details.get(other));
    }
    for (const c of children.slice(1)) expect(text).not.toContain(c.familyName);
    // DRAFT on every page: the meeting is not approved.
    pages.forEach((p, n) => expect(p, `page ${n + 1}`).toMatch(/DRAFT/));
    const audited = (await auditRows(b, 'export')).slice(before);
    expect(audited.map((r) => [r.child_id, r.detail])).toEqual([
      [children[0]!.id, 'draft minutes extract docx for Otherborough Council'],
    ]);
  });

  it('gives one child’s extract by case reference, with its distribution named', async () => {
    requireTools('soffice', 'pdftotext', 'pdftoppm');
    const { b, meetingId, details } = await dailyReviewOfThreeAuthorities();
    await must(b, 'meetings.transition', { meetingId, to: 'concluded' });
    await recordAttendance(b, meetingId);
    await must(b, 'meetings.transition', { meetingId, to: 'approved' });
    const file = await exportAs(b, { meetingId, caseReference: 'XT-0003' });
    expect(file.fileName).toMatch(/^2026-11-2\d Minutes extract XT-0003\.docx$/);
    const { text } = readBack(file.fileName, file.base64);
    expect(text).toContain('it holds this one child of the 3 children discussed');
    expect(text).toContain(details.get('XT-0003'));
    expect(text).toContain('Officer of Northtown Council');
    expect(text).not.toContain('Officer of Otherborough Council');
    for (const other of ['XT-0001', 'XT-0002']) expect(text).not.toContain(other);
  });

  it('refuses an extract that would leak, or that is not an extract, naming the field and saving no audit row', async () => {
    const { b, meetingId, children, general } = await dailyReviewOfThreeAuthorities();
    const before = (await auditRows(b, 'export')).length;
    // Exampleshire placed two of the three; naming Gideon's surname in a general item would leak him to them.
    const latest = await must(b, 'meetings.get', { meetingId });
    const item = itemByKey(latest, general.key);
    await must(b, 'meetings.saveItemMinutes', {
      meetingId,
      itemId: item.id,
      minutes: `Partners reviewed the board; ${children[2]!.givenName} ${children[2]!.familyName} discussed first.`,
      baseRevision: item.revision,
    });
    const leak = await refused(b, 'exports.minutesExtract', {
      meetingId,
      authority: 'Exampleshire County Council',
    });
    expect(leak, JSON.stringify(leak)).toMatchObject({ issues: [{ field: 'authority' }] });
    expect(leak.message).toMatch(/General agenda item 1 .* names a child of another authority/);
    const nobody = await refused(b, 'exports.minutesExtract', { meetingId, authority: 'Southshire Council' });
    expect(nobody.message).toBe('No child in these minutes belongs to Southshire Council.');
    const both = await refused(b, 'exports.minutesExtract', {
      meetingId,
      authority: 'Northtown Council',
      caseReference: 'XT-0003',
    });
    expect(both.issues?.[0]).toMatchObject({ field: 'authority' });
    const mim = await must(b, 'meetings.create', mimInput(children[0]!.id));
    const single = await refused(b, 'exports.minutesExtract', {
      meetingId: mim.meeting.id,
      caseReference: 'XT-0001',
    });
    expect(single.message).toMatch(/about one child/);
    expect((await auditRows(b, 'export')).length).toBe(before);
  });
});
