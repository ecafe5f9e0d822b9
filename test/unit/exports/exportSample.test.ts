import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dailyReviewChildren } from '../../../electron/backend/exports/docx/sampleScenarios';
import { MAX_FILE_NAME } from '../../../shared/exports/fileName';
import {
  PAGE_FURNITURE,
  convertToPdf,
  docxPart,
  normalise,
  pdfPages,
  pdfText,
  renderPagePng,
  requireTools,
  saveResult,
} from './readBack';
import { readFileSync } from 'node:fs';

/**
 * `npm run export:sample` as a chair would use its output: every document it writes is rendered by LibreOffice once,
 * read back page by page with pdftotext, and drawn to PNG under test-results/docx for a person to look at.
 */

interface Sample {
  name: string;
  docx: string;
  pages: string[];
  text: string;
}

const samples: Sample[] = [];
const find = (pattern: RegExp): Sample => {
  const s = samples.find((x) => pattern.test(x.name));
  if (!s)
    throw new Error(
      `export:sample wrote no file matching ${pattern}: ${samples.map((x) => x.name).join(', ')}`,
    );
  return s;
};
const LETTERHEAD_FURNITURE = /County Hall, 1 Example Road|registered office as above/;

beforeAll(() => {
  requireTools('soffice', 'pdftotext', 'pdftoppm', 'unzip');
  const dir = mkdtempSync(join(tmpdir(), 'homeward-export-sample-'));
  const run = spawnSync('node_modules/.bin/tsx', ['electron/bin/export-sample.ts', dir], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`export:sample failed: ${run.stderr}`);
  const names = readdirSync(dir).filter((n) => n.endsWith('.docx'));
  // Saved under test-results/docx with short names, so the PDFs and page images sit beside them.
  const paths = names.map((n, i) => saveResult(`sample-${i + 1}.docx`, readFileSync(join(dir, n))));
  const pdfs = convertToPdf(paths);
  names.forEach((name, i) => {
    const pdf = pdfs[i] ?? '';
    const pages = pdfPages(pdf);
    pages.forEach((_p, n) => renderPagePng(pdf, n + 1, 50));
    samples.push({
      name,
      docx: paths[i] ?? '',
      pages,
      text: pdfText(pdf, [...PAGE_FURNITURE, LETTERHEAD_FURNITURE, /DRAFT: NOT APPROVED/]),
    });
  });
}, 300_000);

describe('npm run export:sample', () => {
  it('writes every document the chair needs, named with the meeting date first and at most 100 characters', () => {
    for (const pattern of [
      /Minutes Missing Intervention Meeting DEMO-\d+\.docx$/,
      /DRAFT Minutes Strategy Meeting/,
      /Chronology 150 episodes/,
      /Escalation log DEMO-\d+\.docx$/,
      /Minutes Daily Review EX-/,
      /Daily Review extract Otherborough Council/,
      /Daily Review extract Northtown Council/,
      /letterhead\.docx$/,
    ]) {
      find(pattern);
    }
    for (const s of samples) {
      // "Sample " is the preview's own prefix; the exported name follows it.
      const exported = s.name.replace(/^Sample /, '');
      expect(exported.length, exported).toBeLessThanOrEqual(MAX_FILE_NAME);
      expect(exported).toMatch(/^2026-11-20 /);
    }
  });

  it('marks every page of every document and numbers it "Page X of Y", letterhead included', () => {
    for (const s of samples) {
      expect(s.pages.length).toBeGreaterThan(0);
      s.pages.forEach((page, i) => {
        expect(
          page.match(/OFFICIAL-SENSITIVE/g)?.length ?? 0,
          `${s.name} page ${i + 1}`,
        ).toBeGreaterThanOrEqual(2);
        expect(page, `${s.name} page ${i + 1}`).toContain(`Page ${i + 1} of ${s.pages.length}`);
      });
    }
  });

  it('says DRAFT in the title and in the header and footer of every page of the draft', () => {
    const draft = find(/DRAFT Minutes Strategy Meeting/);
    expect(draft.pages.length).toBeGreaterThan(1);
    draft.pages.forEach((page, i) => {
      const lines = page.split('\n').filter((l) => l.trim() !== '');
      expect(lines.slice(0, 3).join(' '), `top of page ${i + 1}`).toContain('DRAFT: NOT APPROVED');
      expect(lines.slice(-3).join(' '), `foot of page ${i + 1}`).toContain('DRAFT: NOT APPROVED');
    });
    expect(draft.text).toContain('DRAFT: Strategy Meeting');
    // The approved minutes carry no such marking.
    expect(find(/Minutes Missing Intervention Meeting DEMO-\d+\.docx$/).pages.join('')).not.toContain(
      'DRAFT',
    );
  });

  it('prints the reason for the meeting, and the amended item with both its approved and corrected text', () => {
    const { text } = find(/Minutes Missing Intervention Meeting DEMO-\d+\.docx$/);
    expect(text).toContain('Reason for the meeting');
    expect(text).toContain('Three missing episodes in 90 days (ST 13.17)');
    expect(text).toContain('(amended)');
    expect(text).toContain('AMENDED AFTER APPROVAL.');
    expect(text).toContain('Why: The police log shows the child was found at 11:30, not 09:30.');
    expect(text).toContain('corrected: the child was found at 11:30, not 09:30.');
    expect(text).toContain('Everyone present shared what they knew; this text is fictional.');
  });

  it('lists each previous action in the follow-up meeting with its owner, due date and status', () => {
    const { text, pages } = find(/DRAFT Minutes Strategy Meeting/);
    const layout = pages.join('\n');
    expect(text).toContain('3 actions carried in from earlier meetings');
    for (const words of [
      'Offer a return interview',
      'Consider a Child Abduction',
      'Update the placement plan',
    ]) {
      expect(layout).toContain(words);
    }
    for (const status of ['Done', 'Dropped', 'Outstanding', '4 Dec 2026']) expect(layout).toContain(status);
    // Dropping asks why, and the follow-up's review of previous actions prints the reason given.
    expect(text).toContain(
      'Why: The police decided a warning notice is not needed while the child is at home.',
    );
  });

  it('keeps the 150-episode chronology within 15 pages', () => {
    const chronology = find(/Chronology 150 episodes/);
    expect(chronology.pages.length).toBeLessThanOrEqual(15);
    expect(chronology.text).toContain('150 episodes.');
    expect(chronology.pages.join('\n')).toMatch(/^\s*150\s/m);
  });

  it('gives each authority an extract holding only its own children, and says on the list who gets which', () => {
    const full = find(/Minutes Daily Review EX-/);
    for (const c of dailyReviewChildren) expect(full.text).toContain(c.caseReference);
    expect(full.text).toContain('What they receive');
    expect(full.text).toContain('Extract for Otherborough Council: 2 children');
    expect(full.text).toContain('Extract for Northtown Council: 1 child');
    const extracts: Array<[RegExp, string[]]> = [
      [/extract Otherborough Council/, ['EX-000101', 'EX-000206']],
      [/extract Northtown Council/, ['EX-000204']],
    ];
    for (const [pattern, refs] of extracts) {
      const extract = find(pattern);
      for (const c of dailyReviewChildren) {
        const own = refs.includes(c.caseReference);
        // The school is one of the child's details too: an extract must not carry another authority's child's.
        for (const detail of [
          c.name,
          c.caseReference,
          `REF-${c.caseReference}`,
          ...(c.school ? [c.school] : []),
        ]) {
          if (own) expect(normalise(extract.text), detail).toContain(detail);
          else expect(extract.text, `${basename(extract.name)} leaks ${detail}`).not.toContain(detail);
        }
      }
    }
  });

  it('prints why each decision was made and each action was set, the date it was set, and the strategy outcome', () => {
    const mim = normalise(find(/Minutes Missing Intervention Meeting DEMO-\d+\.docx$/).text);
    const plan = normalise(find(/Action plan DEMO-\d+\.docx$/).text);
    for (const text of [mim, plan]) {
      for (const t of [
        'Refer to the exploitation panel. Why: Older associates, a second phone and unexplained cash point to criminal exploitation.',
        'Set 20 Nov 2026',
        'Why: The same older associate was seen at two of the three episodes.',
        'Why: The last return interview was offered late and the child declined it.',
      ])
        expect(text, t).toContain(t);
    }
    const strategy = normalise(find(/DRAFT Minutes Strategy Meeting/).text);
    expect(strategy).toContain('Outcome of the strategy meeting Outcome Section 47 enquiry');
    expect(strategy).toContain(
      'Begin a section 47 enquiry. Why: The child is likely to suffer significant harm: exploitation by older associates.',
    );
  });

  it('prints the child’s gender, placement and school, and what each agency brought under its own heading', () => {
    const mim = find(/Minutes Missing Intervention Meeting DEMO-\d+\.docx$/);
    const text = normalise(mim.text);
    for (const t of [
      'Gender Female',
      'Placement Living at home',
      'School Example Academy, Year 11',
      'Information from each agency',
      'Exampleshire Police Reported by Officer D. Example',
      'A Child Abduction Warning Notice is being considered.',
      'Example Academy Reported by Teacher E. Example, Education:',
      'Attendance this term is 71%',
      'Comments on attendance: The school sent a written report with its apologies.',
    ]) {
      expect(text, t).toContain(t);
    }
    // The agency's heading is a real heading, so Word's navigation pane lists it under the section.
    expect(docxPart(mim.docx, 'word/document.xml')).toMatch(
      /<w:pStyle w:val="Heading3"\/>(?:(?!<\/w:p>).)*Exampleshire Police/,
    );
  });

  it('does not carry the letterhead template’s own file properties into the minutes', () => {
    const letterhead = find(/letterhead\.docx$/);
    const core = docxPart(letterhead.docx, 'docProps/core.xml');
    const app = docxPart(letterhead.docx, 'docProps/app.xml');
    expect(core).not.toContain('Template Author X');
    expect(`${core}${app}`).not.toContain('TemplateMaker');
    expect(core).toContain('<dc:creator>Homeward</dc:creator>');
  });
});

describe('npm run export:sample: the escalation log (issue 17, W-CP 5.0)', () => {
  it('writes the child’s log with both entries, and the minutes print the same entries under their own heading', () => {
    const log = find(/Escalation log DEMO-\d+\.docx$/);
    for (const t of [
      'Escalation and conflict resolution log',
      '2 escalations, 1 without an outcome yet.',
      'From Missing Children Practitioner A. Example',
      'To Head of Service C. Example',
      'An independent interviewer was allocated',
      // A wrapped cell's last word can sit apart in the PDF's text.
      'No outcome recorded',
    ])
      expect(log.text, t).toContain(t);
    const mim = find(/Minutes Missing Intervention Meeting DEMO-\d+\.docx$/);
    expect(mim.text).toContain('Escalation log 2 escalations, 1 without an outcome yet.');
    expect(mim.text).toContain('To Head of Service C. Example');
  });
});
