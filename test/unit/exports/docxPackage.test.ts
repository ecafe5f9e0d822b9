import { beforeAll, describe, expect, it } from 'vitest';
import type { MinutesDocument } from '../../../shared/exports/documents';
import {
  DocumentModelError,
  actionPlanTitle,
  buildActionPlanDocx,
  buildChronologyDocx,
  buildMinutesDocx,
  chronologyTitle,
  minutesTitle,
} from '../../../electron/backend/exports/docx';
import {
  sampleActionPlan,
  sampleChildBravo,
  sampleChronology,
  sampleDailyReviewMinutes,
  sampleMinutes,
} from '../../../electron/backend/exports/docx/sampleModels';
import { docxPart, docxPartNames, requireTools, saveResult } from './readBack';
import { fontNames, fontSizes, headingsOf, paragraphs, rowsOf, tablesOf } from './wordXml';

/** The package of each built-in document, opened with unzip. */
interface Package {
  name: string;
  title: string;
  childNames: string[];
  document: string;
  styles: string;
  headers: string[];
  footers: string[];
  core: string;
}

const open = (name: string, data: Buffer, title: string, childNames: string[]): Package => {
  const path = saveResult(`package-${name}.docx`, data);
  const parts = docxPartNames(path);
  const read = (pattern: RegExp) => parts.filter((p) => pattern.test(p)).map((p) => docxPart(path, p));
  return {
    name,
    title,
    childNames,
    document: docxPart(path, 'word/document.xml'),
    styles: docxPart(path, 'word/styles.xml'),
    headers: read(/^word\/header\d+\.xml$/),
    footers: read(/^word\/footer\d+\.xml$/),
    core: docxPart(path, 'docProps/core.xml'),
  };
};

let packages: Package[] = [];
const pkg = (name: string): Package => {
  const found = packages.find((p) => p.name === name);
  if (!found) throw new Error(`No package ${name}`);
  return found;
};

beforeAll(async () => {
  requireTools('unzip');
  packages = [
    open('minutes', await buildMinutesDocx(sampleMinutes), minutesTitle(sampleMinutes), [
      'Sample Child-Alpha',
    ]),
    open(
      'daily-review',
      await buildMinutesDocx(sampleDailyReviewMinutes),
      minutesTitle(sampleDailyReviewMinutes),
      sampleDailyReviewMinutes.children.map((c) => c.name),
    ),
    open('action-plan', await buildActionPlanDocx(sampleActionPlan), actionPlanTitle(sampleActionPlan), [
      'Sample Child-Alpha',
    ]),
    open('chronology', await buildChronologyDocx(sampleChronology), chronologyTitle(sampleChronology), [
      'Sample Child-Alpha',
    ]),
  ];
});

const names = ['minutes', 'daily-review', 'action-plan', 'chronology'];

describe.each(names)('the %s package', (name) => {
  it('marks every header and footer OFFICIAL-SENSITIVE', () => {
    const p = pkg(name);
    expect(p.headers.length).toBeGreaterThan(0);
    expect(p.footers.length).toBeGreaterThan(0);
    for (const part of [...p.headers, ...p.footers]) expect(part).toContain('>OFFICIAL-SENSITIVE</w:t>');
  });

  it('numbers pages "Page X of Y" with PAGE and NUMPAGES fields in the footer', () => {
    const footer = pkg(name).footers.join('');
    expect(footer).toMatch(/>Page <\/w:t>[\s\S]*<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/> of <\/w:t>[\s\S]*<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });

  it('carries its title in the core properties, without the child’s name', () => {
    const p = pkg(name);
    expect(p.core).toContain(`<dc:title>${p.title}</dc:title>`);
    for (const child of p.childNames) expect(p.core).not.toContain(child);
  });

  it('sets Arial and en-GB as the styles’ run defaults', () => {
    const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(pkg(name).styles)?.[1] ?? '';
    expect(defaults).toContain('<w:lang w:val="en-GB"/>');
    expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Arial"/);
  });

  it('writes every run in Arial at 12 pt or more, headers and footers included', () => {
    const p = pkg(name);
    for (const part of [p.document, ...p.headers, ...p.footers]) {
      expect(fontNames(part)).toEqual(['Arial']);
      const sizes = fontSizes(part);
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    }
  });

  it('marks every run of text as British English', () => {
    const runs = [...pkg(name).document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1] ?? '');
    const withText = runs.filter((r) => /<w:t[ >]/.test(r));
    expect(withText.length).toBeGreaterThan(10);
    for (const r of withText) expect(r).toContain('<w:lang w:val="en-GB"/>');
  });

  it('aligns everything left: nothing centred, right-aligned or justified', () => {
    const p = pkg(name);
    for (const part of [p.document, p.styles, ...p.headers, ...p.footers]) {
      expect(part).not.toMatch(/<w:jc w:val="(center|right|end|both|distribute)"\/>/);
    }
  });

  it('has one Heading 1 and its sections as Heading 2', () => {
    const p = pkg(name);
    expect(headingsOf(p.document, 1)).toHaveLength(1);
    expect(headingsOf(p.document, 2).length).toBeGreaterThanOrEqual(2);
  });

  it('repeats the header row of every table on each page', () => {
    const tables = tablesOf(pkg(name).document);
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const [first, ...rest] = rowsOf(table);
      expect(first).toContain('<w:tblHeader/>');
      for (const row of rest) expect(row).not.toContain('<w:tblHeader/>');
    }
  });
});

describe('minutes package', () => {
  it('has the sections a chair expects, in order, with the amendments last', () => {
    expect(headingsOf(pkg('minutes').document, 1)).toEqual(['Missing Intervention Meeting — Stage 1']);
    expect(headingsOf(pkg('minutes').document, 2)).toEqual([
      'Child',
      'Meeting details',
      'Reason for the meeting',
      'Attendance',
      'Distribution',
      'Agenda and minutes',
      'Risk agreed by the meeting',
      'Push and pull factors',
      'Missing episodes',
      'Action plan',
      'Next meeting',
      'Amendments to the approved minutes',
    ]);
  });

  it('makes each agenda item a numbered Heading 3, an amended one marked so', () => {
    expect(headingsOf(pkg('minutes').document, 3)).toEqual(
      sampleMinutes.agenda.map(
        (item, i) => `${i + 1}. ${item.title}${(item.amendments ?? []).length > 0 ? ' (amended)' : ''}`,
      ),
    );
  });

  it('give each child of a Daily Review a Heading 2 with their items under it as Heading 3', () => {
    const xml = pkg('daily-review').document;
    const h2 = headingsOf(xml, 2);
    for (const c of sampleDailyReviewMinutes.children) expect(h2).toContain(`${c.name} (${c.caseReference})`);
    expect(headingsOf(xml, 3)).toEqual(['1. Current position', '2. Current position', '3. Current position']);
  });

  it('leave out the amendments section when there are none', () => {
    expect(headingsOf(pkg('daily-review').document, 2)).not.toContain('Amendments to the approved minutes');
  });

  it('name every child of a multi-child meeting and add a Child column to its tables', () => {
    const p = pkg('daily-review');
    expect(headingsOf(p.document, 1)).toEqual(['DRAFT: Daily Review']);
    const text = paragraphs(p.document).map((para) => para.text);
    for (const child of p.childNames) expect(text).toContain(child);
    const headerTexts = tablesOf(p.document).map((t) =>
      paragraphs(rowsOf(t)[0] ?? '').map((para) => para.text),
    );
    expect(headerTexts).toContainEqual(['No.', 'Child', 'Action', 'Owner', 'Agency', 'Due', 'Status']);
  });
});

describe('chronology package', () => {
  it('lays its pages out landscape on A4', () => {
    expect(pkg('chronology').document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });
});

describe('minutes model checks', () => {
  it('refuse minutes whose distribution leaves out the placed child’s host authority', async () => {
    const model: MinutesDocument = {
      ...sampleMinutes,
      distribution: sampleMinutes.distribution.filter((r) => r.agency !== 'Otherborough Council'),
    };
    await expect(buildMinutesDocx(model)).rejects.toThrow(DocumentModelError);
    await expect(buildMinutesDocx(model)).rejects.toThrow(/host authority "Otherborough Council"/);
  });

  it('accept the host authority however its name is capitalised', async () => {
    const model: MinutesDocument = {
      ...sampleMinutes,
      distribution: [{ name: null, agency: ' OTHERBOROUGH council', reason: 'Host authority' }],
    };
    await expect(buildMinutesDocx(model)).resolves.toBeInstanceOf(Buffer);
  });

  it('drop characters XML cannot hold, so pasted text never corrupts the file', async () => {
    const model: MinutesDocument = {
      ...sampleMinutes,
      meetingKind: 'Strategy\u0001 Meeting',
      agenda: [
        {
          title: 'Pasted\u0007 text',
          minutes: 'Line one\u000B with a tab\tand a bell\u0007 and half an emoji \uD83D.',
          decisions: [],
        },
      ],
    };
    const path = saveResult('package-control-characters.docx', await buildMinutesDocx(model));
    const xml = docxPart(path, 'word/document.xml');
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).not.toMatch(/[\uD800-\uDFFF]/);
    expect(headingsOf(xml, 3)).toEqual(['1. Pasted text']);
    expect(docxPart(path, 'docProps/core.xml')).toContain('<dc:title>Minutes: Strategy Meeting — Stage 1,');
  });

  it('say so when nothing was recorded, rather than print empty tables', async () => {
    const model: MinutesDocument = {
      ...sampleMinutes,
      children: [sampleChildBravo],
      attendees: [],
      distribution: [],
      agenda: [],
      factors: [],
      reason: { statement: 'Called by the chair.', protocolReason: null, triggeringEpisodes: [] },
      history: undefined,
      risk: [],
      episodesSince: null,
      episodes: [],
      actions: [],
      nextMeetingAt: null,
      amendments: [],
    };
    const path = saveResult('package-empty-minutes.docx', await buildMinutesDocx(model));
    const xml = docxPart(path, 'word/document.xml');
    const text = paragraphs(xml).map((p) => p.text);
    for (const line of [
      'No attendance was recorded.',
      'No distribution list was recorded.',
      'No agenda items were recorded.',
      'No push or pull factors were recorded.',
      'Episodes listed for this meeting: none.',
      'No episode was linked to the meeting when it was called.',
      'No risk level was recorded.',
      'No actions were agreed.',
      'No further meeting was arranged.',
    ]) {
      expect(text).toContain(line);
    }
    expect(tablesOf(xml)).toHaveLength(0);
  });
});
