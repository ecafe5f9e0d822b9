import { beforeAll, describe, expect, it } from 'vitest';
import {
  LetterheadError,
  buildActionPlanDocx,
  buildMinutesDocx,
  inspectLetterhead,
  minutesTitle,
} from '../../../electron/backend/exports/docx';
import { sampleActionPlan, sampleMinutes } from '../../../electron/backend/exports/docx/sampleModels';
import {
  COUNCIL_HEADING_COLOUR,
  COUNCIL_HEADING_FONT,
  LETTERHEAD_ADDRESS,
  buildLetterheadTemplate,
} from '../../../electron/backend/exports/docx/sampleLetterhead';
import { docxPart, docxPartNames, requireTools, saveResult } from './readBack';
import { headingsOf, paragraphs, rowsOf, tablesOf } from './wordXml';

let path = '';
let parts: string[] = [];
const read = (pattern: RegExp) => parts.filter((p) => pattern.test(p)).map((p) => docxPart(path, p));

beforeAll(async () => {
  requireTools('unzip');
  const template = await buildLetterheadTemplate();
  saveResult('letterhead-template.docx', template);
  path = saveResult(
    'letterhead-package-minutes.docx',
    await buildMinutesDocx(sampleMinutes, { letterhead: template }),
  );
  parts = docxPartNames(path);
});

describe('minutes in a council letterhead', () => {
  it('keep the letterhead’s logo and address', () => {
    expect(parts.some((p) => /^word\/media\/.+\.png$/.test(p))).toBe(true);
    expect(read(/^word\/header\d+\.xml$/).join('')).toContain(LETTERHEAD_ADDRESS);
  });

  it('fill {{marking}} with OFFICIAL-SENSITIVE in the header and the footer', () => {
    for (const part of [...read(/^word\/header\d+\.xml$/), ...read(/^word\/footer\d+\.xml$/)]) {
      expect(part).toContain('>OFFICIAL-SENSITIVE</w:t>');
    }
  });

  it('fill {{page}} with PAGE and NUMPAGES fields', () => {
    const footer = read(/^word\/footer\d+\.xml$/).join('');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });

  it('leave no placeholder unfilled anywhere in the package', () => {
    for (const part of parts.filter((p) => p.startsWith('word/') && p.endsWith('.xml'))) {
      expect(
        paragraphs(docxPart(path, part))
          .map((p) => p.text)
          .join('\n'),
      ).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('put the whole document where {{body}} was, with real headings and repeating table headers', () => {
    const xml = docxPart(path, 'word/document.xml');
    expect(headingsOf(xml, 1)).toEqual(['Missing Intervention Meeting — Stage 1']);
    expect(headingsOf(xml, 2)).toContain('Action plan');
    const tables = tablesOf(xml);
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) expect(rowsOf(t)[0]).toContain('<w:tblHeader/>');
  });

  it('bring the heading styles the letterhead lacks, so the headings stay headings', () => {
    expect(docxPart(path, 'word/styles.xml')).toMatch(/w:styleId="Heading3"/);
  });

  it('keep Homeward’s Arial and en-GB on the body text despite the letterhead’s Georgia and en-US', () => {
    const xml = docxPart(path, 'word/document.xml');
    const lead =
      /<w:p>(?:(?!<\/w:p>)[\s\S])*Minutes of the meeting held on[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? '';
    expect(lead).toContain('w:ascii="Arial"');
    expect(lead).toContain('<w:lang w:val="en-GB"/>');
  });

  it('keep the council’s own heading font and colour, which its template defines', () => {
    const xml = docxPart(path, 'word/document.xml');
    const title =
      /<w:p>(?:(?!<\/w:p>)[\s\S])*Missing Intervention Meeting — Stage 1[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? '';
    expect(title).toContain('<w:pStyle w:val="Heading1"/>');
    // No font or colour of Homeward's own on the heading's runs: the style's apply.
    expect(title).not.toMatch(/<w:rFonts|<w:color/);
    const styles = docxPart(path, 'word/styles.xml');
    const heading1 = /w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading1).toContain(COUNCIL_HEADING_COLOUR);
    expect(heading1).toContain(COUNCIL_HEADING_FONT);
  });

  it('set the document title in the core properties', () => {
    expect(docxPart(path, 'docProps/core.xml')).toContain(
      `<dc:title>${minutesTitle(sampleMinutes)}</dc:title>`,
    );
  });

  it('leave out the built-in organisation line, which the letterhead replaces', () => {
    const text = paragraphs(docxPart(path, 'word/document.xml')).map((p) => p.text);
    expect(text).not.toContain(
      'Exampleshire County Council · Children’s Services · Missing from Home and Care Team',
    );
  });
});

describe('letterhead checks', () => {
  it('list the placeholders a complete letterhead has', async () => {
    const result = await inspectLetterhead(await buildLetterheadTemplate());
    expect(result.missing).toEqual([]);
    expect([...result.found].sort()).toEqual(['body', 'marking', 'page', 'title']);
  });

  it('accept a letterhead without the optional {{title}}', async () => {
    const template = await buildLetterheadTemplate({ without: ['title'] });
    await expect(buildActionPlanDocx(sampleActionPlan, { letterhead: template })).resolves.toBeInstanceOf(
      Buffer,
    );
  });

  it('refuse a letterhead without {{marking}} and say what to add', async () => {
    const template = await buildLetterheadTemplate({ without: ['marking'] });
    const attempt = buildMinutesDocx(sampleMinutes, { letterhead: template });
    await expect(attempt).rejects.toThrow(LetterheadError);
    await expect(attempt).rejects.toThrow(/\{\{marking\}\}/);
  });

  it('refuse a letterhead without {{body}} or {{page}}, naming both', async () => {
    const template = await buildLetterheadTemplate({ without: ['body', 'page'] });
    await expect(buildMinutesDocx(sampleMinutes, { letterhead: template })).rejects.toMatchObject({
      name: 'LetterheadError',
      missing: ['body', 'page'],
    });
  });

  it('refuse a file that is not a Word document', async () => {
    await expect(
      buildMinutesDocx(sampleMinutes, { letterhead: Buffer.from('not a docx at all') }),
    ).rejects.toThrow(LetterheadError);
  });
});
