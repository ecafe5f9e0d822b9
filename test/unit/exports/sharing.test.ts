import { describe, expect, it } from 'vitest';
import { Document, Footer, Header, Packer, Paragraph, TextRun } from 'docx';
import { LetterheadError, buildMinutesDocx, inspectLetterhead } from '../../../electron/backend/exports/docx';
import { buildLetterheadTemplate } from '../../../electron/backend/exports/docx/sampleLetterhead';
import { sampleMinutes } from '../../../electron/backend/exports/docx/sampleModels';
import { sampleMultiAuthorityDailyReview } from '../../../electron/backend/exports/docx/sampleScenarios';
import { personLine } from '../../../electron/backend/exports/docx/sections';
import {
  ExtractError,
  extractAuthorities,
  minutesExtract,
  withWhatEachReceives,
} from '../../../shared/exports/extract';
import { MAX_FILE_NAME, exportFileName } from '../../../shared/exports/fileName';
import { documentReturnInterview } from '../../../shared/exports/returnInterview';
import { freshBackend, must } from '../support/backend';

/** The rules that decide what leaves the building and how it is named: no LibreOffice needed. */

describe('export file names', () => {
  it('start with the meeting date and keep a 17-child Daily Review within 100 characters', () => {
    const refs = Array.from({ length: 17 }, (_, i) => `EX-${String(100000 + i)}`);
    const name = exportFileName('2026-11-20', 'Minutes Daily Review', refs);
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
    expect(name).toMatch(/^2026-11-20 Minutes Daily Review EX-100000 .* and \d+ more\.docx$/);
  });

  it('keep every reference when they fit, and drop characters Windows refuses', () => {
    expect(exportFileName('2026-11-20', 'Minutes: MIM', ['EX/1'])).toBe('2026-11-20 Minutes- MIM EX-1.docx');
  });
});

describe('return interviews as the app shows them', () => {
  const found = '2026-11-10T08:00:00Z';
  const ri = (over: Partial<Parameters<typeof documentReturnInterview>[0]['returnInterview']> = {}) => ({
    foundAt: found,
    returnInterview: { offeredAt: null, outcome: null, notOfferedReason: null, heldAt: null, ...over },
  });

  it('is overdue 72 elapsed hours after the return, never "not yet offered"', () => {
    expect(documentReturnInterview(ri(), '2026-11-13T08:01:00Z')).toMatchObject({
      state: 'overdue',
      dueBy: '2026-11-13T08:00:00.000Z',
    });
    expect(documentReturnInterview(ri(), '2026-11-13T07:59:00Z').state).toBe('due');
  });

  it('says whether a held interview was within 72 hours, and keeps the date it was offered', () => {
    expect(
      documentReturnInterview(
        ri({ heldAt: '2026-11-12T08:00:00Z', offeredAt: '2026-11-10T12:00:00Z' }),
        found,
      ),
    ).toMatchObject({ state: 'held', within72Hours: true, offeredAt: '2026-11-10T12:00:00Z' });
    expect(documentReturnInterview(ri({ heldAt: '2026-11-14T08:00:00Z' }), found).within72Hours).toBe(false);
  });

  it('is closed once declined, with the reason recorded', () => {
    expect(
      documentReturnInterview(ri({ outcome: 'declined', notOfferedReason: 'Did not want to talk' }), found),
    ).toMatchObject({ state: 'declined', reason: 'Did not want to talk' });
  });
});

describe('per-authority extracts of a Daily Review', () => {
  const dr = sampleMultiAuthorityDailyReview;

  it('go to each host authority with some, not all, of the children; the placing authority gets the whole', () => {
    expect(extractAuthorities(dr)).toEqual(['Otherborough Council', 'Northtown Council']);
    const receives = new Map(withWhatEachReceives(dr).map((r) => [r.agency, r.receives]));
    expect(receives.get('Exampleshire County Council')).toBe('Full minutes');
    expect(receives.get('Northtown Council')).toBe('Extract for Northtown Council: 1 child');
  });

  it('hold only that authority’s children, their items, episodes, factors, actions and risk', () => {
    const extract = minutesExtract(dr, 'Northtown Council');
    expect(extract.children.map((c) => c.caseReference)).toEqual(['EX-000204']);
    const named = [
      ...extract.agenda.map((i) => i.child),
      ...extract.episodes.map((e) => e.child),
      ...extract.factors.map((f) => f.child),
      ...extract.actions.map((a) => a.child),
      ...(extract.risk ?? []).map((r) => r.child),
    ].filter((c): c is string => c !== null && c !== undefined);
    expect(new Set(named)).toEqual(new Set(['Sample Child-Delta']));
    expect(extract.distribution.map((r) => r.agency)).toEqual(['Northtown Council']);
  });

  it('are refused when a general item names another authority’s child, saying which item', () => {
    const leaky = {
      ...dr,
      agenda: [
        { title: 'Overview', minutes: 'Sample Child-Echo was seen with Delta.', decisions: [] },
        ...dr.agenda,
      ],
    };
    expect(() => minutesExtract(leaky, 'Northtown Council')).toThrow(ExtractError);
    expect(() => minutesExtract(leaky, 'Northtown Council')).toThrow(/General agenda item 1 \("Overview"\)/);
  });
});

describe('names in the minutes', () => {
  it('are not repeated when the name is the role, or the role is already in the name', () => {
    const role = 'Chair of the Daily Review';
    expect(personLine({ name: role, role, agency: null })).toBe(role);
    expect(personLine({ name: 'Minute-taker C. Example', role: 'Minute-taker', agency: null })).toBe(
      'Minute-taker C. Example',
    );
  });
});

describe('a letterhead whose first page has no header or footer of its own', () => {
  it('is refused at export, saying which header and footer to add', async () => {
    const letterhead = await buildLetterheadTemplate({ firstPage: 'no-first-page-frame' });
    const built = buildMinutesDocx(sampleMinutes, { letterhead });
    await expect(built).rejects.toThrow(LetterheadError);
    await expect(buildMinutesDocx(sampleMinutes, { letterhead })).rejects.toThrow(
      /first-page header is empty.*Different first page/,
    );
  });

  it('is refused on upload and nothing is saved', async () => {
    const b = await freshBackend();
    const letterhead = await buildLetterheadTemplate({ firstPage: 'no-first-page-frame' });
    const r = await b.call('settings.setLetterhead', {
      fileName: 'first-page.docx',
      base64: letterhead.toString('base64'),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/first-page footer is empty/);
    expect((await must(b, 'settings.get', {})).letterheadFileName).toBeNull();
  });

  it('is accepted when its first page has the placeholders and later pages do not: Homeward adds them', async () => {
    const b = await freshBackend();
    const letterhead = await buildLetterheadTemplate({ firstPage: 'first-page-only' });
    await must(b, 'settings.setLetterhead', {
      fileName: 'first.docx',
      base64: letterhead.toString('base64'),
    });
    expect((await must(b, 'settings.get', {})).letterheadFileName).toBe('first.docx');
  });
});

describe('a letterhead with different odd and even pages', () => {
  it('is refused when its even pages have no header or footer, naming them', async () => {
    const header = new Header({ children: [new Paragraph({ children: [new TextRun('{{marking}}')] })] });
    const footer = new Footer({
      children: [new Paragraph({ children: [new TextRun('{{marking}} {{page}}')] })],
    });
    const template = await Packer.toBuffer(
      new Document({
        evenAndOddHeaderAndFooters: true,
        sections: [
          {
            headers: { default: header },
            footers: { default: footer },
            children: [new Paragraph({ children: [new TextRun('{{body}}')] })],
          },
        ],
      }),
    );
    const { problems } = await inspectLetterhead(template);
    expect(problems.join(' ')).toMatch(/even-page header is empty.*even-page footer is empty/);
    await expect(buildMinutesDocx(sampleMinutes, { letterhead: template })).rejects.toThrow(LetterheadError);
  });
});
