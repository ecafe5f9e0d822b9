import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentAction } from '../../../shared/exports/documents';
import {
  buildActionPlanDocx,
  buildChronologyDocx,
  buildMinutesDocx,
} from '../../../electron/backend/exports/docx';
import { formatDate } from '../../../electron/backend/exports/docx/format';
import { ATTENDANCE_LABELS } from '../../../electron/backend/exports/docx/minutes';
import { decisionText } from '../../../electron/backend/exports/docx/sections';
import {
  largeMinutes,
  sampleActionPlan,
  sampleChronology,
  sampleDailyReviewMinutes,
  sampleMinutes,
} from '../../../electron/backend/exports/docx/sampleModels';
import {
  LETTERHEAD_ADDRESS,
  buildLetterheadTemplate,
} from '../../../electron/backend/exports/docx/sampleLetterhead';
import {
  PAGE_FURNITURE,
  convertToPdf,
  normalise,
  pdfPages,
  pdfText,
  renderPagePng,
  requireTools,
  saveResult,
} from './readBack';

/**
 * Every document rendered by LibreOffice, as a partner agency opening it would see it, and read back from the PDF.
 * One soffice run converts them all: starting LibreOffice is the slow part.
 */

interface Rendered {
  pdf: string;
  /** Layout text, one string per page. */
  pages: string[];
  /** Text with each table row reading across, whitespace collapsed (see pdfText). */
  text: string;
}

const DOCS = {
  minutes: () => buildMinutesDocx(sampleMinutes),
  'daily-review': () => buildMinutesDocx(sampleDailyReviewMinutes),
  'large-minutes': () => buildMinutesDocx(largeMinutes),
  'action-plan': () => buildActionPlanDocx(sampleActionPlan),
  chronology: () => buildChronologyDocx(sampleChronology),
  'letterhead-minutes': async () =>
    buildMinutesDocx(sampleMinutes, { letterhead: await buildLetterheadTemplate() }),
  'letterhead-chronology': async () =>
    buildChronologyDocx(sampleChronology, { letterhead: await buildLetterheadTemplate() }),
} as const;
type DocName = keyof typeof DOCS;

const rendered = new Map<DocName, Rendered>();
const doc = (name: DocName): Rendered => {
  const r = rendered.get(name);
  if (!r) throw new Error(`${name} was not rendered`);
  return r;
};

beforeAll(async () => {
  requireTools('soffice', 'pdftotext', 'pdftoppm');
  const names = Object.keys(DOCS) as DocName[];
  const paths = await Promise.all(names.map(async (name) => saveResult(`${name}.docx`, await DOCS[name]())));
  const pdfs = convertToPdf(paths);
  names.forEach((name, i) => {
    const pdf = pdfs[i] ?? '';
    const furniture = name.startsWith('letterhead')
      ? [...PAGE_FURNITURE, LETTERHEAD_FURNITURE]
      : PAGE_FURNITURE;
    rendered.set(name, { pdf, pages: pdfPages(pdf), text: pdfText(pdf, furniture) });
    // Page 1 of each for a person to look at; the minutes' is the one the brief asks for.
    renderPagePng(pdf, 1);
  });
}, 120_000);

/** The letterhead's own header and footer lines. */
const LETTERHEAD_FURNITURE = /County Hall, 1 Example Road|registered office as above/;

/**
 * The start of an action's row as it reads across the table: its number and the first words of the action, which
 * sit on the row's first line; the rest of the cells wrap and interleave in the PDF's text.
 */
const actionRow = (a: DocumentAction, i: number): string =>
  normalise(`${i + 1} ${a.action.split(' ').slice(0, 2).join(' ')}`);

/** The due date as the Due column prints it: on one line, so it reads whole in the page's layout text. */
const dueCell = (a: DocumentAction): string => (a.dueOn ? formatDate(a.dueOn) : 'No date set');

/** Asserts the strings occur in the text in the given order. */
const expectInOrder = (text: string, expected: readonly string[]) => {
  let from = 0;
  for (const s of expected) {
    const at = text.indexOf(s, from);
    expect(at, `"${s}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + s.length;
  }
};

describe.each(Object.keys(DOCS) as DocName[])('the rendered %s', (name) => {
  it('is marked OFFICIAL-SENSITIVE at the top and bottom of every page and numbered "Page N of M"', () => {
    const { pages } = doc(name);
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((page, i) => {
      const lines = page.split('\n').filter((l) => l.trim().length > 0);
      expect(lines.join('\n').match(/OFFICIAL-SENSITIVE/g) ?? [], `page ${i + 1}`).toHaveLength(2);
      expect(lines.slice(0, 4).join(' '), `top of page ${i + 1}`).toContain('OFFICIAL-SENSITIVE');
      expect(lines.slice(-4).join(' '), `foot of page ${i + 1}`).toContain('OFFICIAL-SENSITIVE');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });
});

describe('rendered minutes', () => {
  const headings = [
    'Missing Intervention Meeting — Stage 1',
    'Minutes of the meeting held on Tuesday 6 January 2026',
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
  ];

  it('show every section heading, in order', () => {
    expectInOrder(doc('minutes').text, headings);
  });

  it('show the child, the date, time and venue, the chair and the minute-taker', () => {
    const { text } = doc('minutes');
    for (const s of [
      'Name Sample Child-Alpha',
      'Case reference EX-000101',
      'Date of birth 4 Mar 2011 (age 14)',
      'Date and time Tuesday 6 January 2026, 14:30 to 16:00',
      'Venue Room 2, Example House, Exampletown',
      'Chair Chair B. Example, Team Manager, Exampleshire Children’s Services',
      'Minute-taker Minute-taker C. Example, Business Support Officer',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('name every attendee with role, agency and attendance', () => {
    expectInOrder(
      doc('minutes').text,
      sampleMinutes.attendees.map((a) =>
        normalise(`${a.name} ${a.role} ${a.agency} ${ATTENDANCE_LABELS[a.attendance]}`),
      ),
    );
  });

  it('list everyone on the distribution list, the host authority included', () => {
    expectInOrder(
      doc('minutes').text,
      sampleMinutes.distribution.map((r) =>
        normalise(`${r.name ?? 'Agency inbox'} ${r.agency} ${r.reason ?? ''}`),
      ),
    );
    expect(doc('minutes').text).toContain('Agency inbox Otherborough Council Host authority');
  });

  it('show every agenda item with all its minutes and decisions', () => {
    const expected = sampleMinutes.agenda.flatMap((item, i) => [
      `${i + 1}. ${item.title}`,
      ...item.minutes.split(/\n\s*\n/).map(normalise),
      ...(item.approvedMinutes ?? '')
        .split(/\n\s*\n/)
        .filter(Boolean)
        .map(normalise),
      ...item.decisions.map(decisionText),
    ]);
    expectInOrder(doc('minutes').text, expected);
  });

  it('show the push and pull factors, push first', () => {
    const { factors } = sampleMinutes;
    const ordered = [
      ...factors.filter((f) => f.direction === 'push'),
      ...factors.filter((f) => f.direction === 'pull'),
    ];
    // The first line of each row: direction and the factor's first words (longer cells wrap and interleave).
    expectInOrder(
      doc('minutes').text,
      ordered.map((f) =>
        normalise(`${f.direction === 'push' ? 'Push' : 'Pull'} ${f.label.split(' ').slice(0, 2).join(' ')}`),
      ),
    );
  });

  it('say exactly which episodes are listed and since when, with the whole history beside them', () => {
    expectInOrder(doc('minutes').text, [
      'Missing episodes',
      'Listed below: the episodes reported since Tuesday 9 December 2025 at 10:00 (the last Missing Intervention Meeting about the child), or still open then: 3 of 11 in all.',
      'The whole history, up to this meeting:',
      '3 11 4 10 2 days 19 hours 4 3 Feb 2025',
      'Reported: 12 Dec 2025, 22:15',
      'Reported: 20 Dec 2025, 19:05',
      'Reported: 2 Jan 2026, 21:00',
    ]);
  });

  it('print each return interview as the app shows it: held within 72 hours, declined with why, overdue', () => {
    const { text } = doc('minutes');
    expectInOrder(text, [
      'Missing episodes',
      'Held 15 Dec 2025, 16:00',
      'Within 72 hours',
      'Offered 13 Dec 2025, 14:00',
    ]);
    expectInOrder(text, ['Missing episodes', 'Declined', 'Said they had nothing to add']);
    expectInOrder(text, ['Missing episodes', 'Overdue: by 6 Jan 2026, 01:10']);
    expect(text).not.toContain('Not yet offered');
  });

  it('print why the meeting was called: the protocol, the chair’s words and the triggering episodes', () => {
    expectInOrder(doc('minutes').text, [
      'Reason for the meeting',
      `Protocol ${sampleMinutes.reason?.protocolReason ?? ''}`,
      `Called because ${sampleMinutes.reason?.statement ?? ''}`,
      'The 3 episodes that called the meeting',
      'Missing, reported Fri 12 Dec 2025, 22:15, police risk Medium',
      'Missing, reported Sat 20 Dec 2025, 19:05, police risk High',
      'Absent, reported Fri 2 Jan 2026, 21:00, police risk Low',
      'Attendance',
    ]);
  });

  it('list every action in the action plan table, its due date on one line', () => {
    const { text, pages } = doc('minutes');
    expectInOrder(text, sampleMinutes.actions.map(actionRow));
    const lines = pages.join('\n').split('\n');
    for (const a of sampleMinutes.actions) {
      expect(
        lines.some((l) => l.includes(dueCell(a))),
        dueCell(a),
      ).toBe(true);
    }
  });

  it('give the next meeting’s date, time and venue and list the amendments', () => {
    const { text } = doc('minutes');
    expect(text).toContain(
      'Next meeting Date and time Tuesday 20 January 2026 at 14:30 Venue Room 2, Example House',
    );
    const [amendment] = sampleMinutes.amendments;
    expect(text).toContain(`Wed 14 Jan 2026, 09:12 ${amendment?.amendedBy ?? ''} ${amendment?.change ?? ''}`);
  });

  it('use only Arial’s metric twin, so no text fell back to a serif font', () => {
    // LibreOffice substitutes Liberation Sans for Arial where Arial is not installed; both are sans-serif.
    const pdf = readFileSync(doc('minutes').pdf, 'latin1');
    const fonts = [...pdf.matchAll(/\/BaseFont\s*\/([A-Z]{6}\+)?([A-Za-z-]+)/g)].map((m) => m[2] ?? '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^(Arial|LiberationSans)/);
  });
});

describe('rendered multi-child minutes', () => {
  it('name every child, in the children table and against their episodes and actions', () => {
    const { text } = doc('daily-review');
    expectInOrder(text, [
      'Sample Child-Alpha EX-000101 4 Mar 2011',
      'Sample Child-Bravo EX-000102 20 Nov 2009',
      'Sample Child-Charlie EX-000103 15 Jul 2010',
    ]);
    // Nobody recorded whether Worker L. came: that is its own state, never "Did not attend".
    expect(text).toContain('6 attended, 1 sent apologies, 1 declined, 1 attendance not recorded.');
    expectInOrder(text, ['Worker L. Example', 'Not recorded']);
    expect(text).not.toContain('Did not attend');
    expectInOrder(text, ['Sample Child-Bravo', 'Reported: 5 Jul 2026,', '19:30', 'Found: Still missing']);
    expectInOrder(
      text,
      sampleDailyReviewMinutes.actions.map((_a, i) => normalise(`${i + 1} Sample`)),
    );
  });
});

describe('rendered large minutes', () => {
  it('list all 100 actions in order', () => {
    expect(largeMinutes.actions).toHaveLength(100);
    expectInOrder(doc('large-minutes').text, largeMinutes.actions.map(actionRow));
    // The Due column never wraps a date: each reads whole on one line of its page.
    const lines = doc('large-minutes').pages.join('\n').split('\n');
    for (const a of largeMinutes.actions)
      expect(
        lines.some((l) => l.includes(dueCell(a))),
        dueCell(a),
      ).toBe(true);
  });

  it('show all 15 agenda items with every paragraph of their minutes', () => {
    const expected = largeMinutes.agenda.flatMap((item, i) => [
      `${i + 1}. ${item.title}`,
      ...item.minutes.split(/\n\s*\n/).map(normalise),
    ]);
    expect(largeMinutes.agenda).toHaveLength(15);
    expectInOrder(doc('large-minutes').text, expected);
  });

  it('repeat the action table’s header row on every page the table spans', () => {
    const { pages } = doc('large-minutes');
    const first = pages.findIndex((p) => p.includes('Action plan'));
    const last = pages.findIndex((p) => p.includes('Next meeting'));
    expect(first).toBeGreaterThan(0);
    expect(last - first).toBeGreaterThanOrEqual(3);
    for (let i = first; i <= last; i++) {
      if (i === last && !/^\s*\d+\s/m.test(pages[i]?.split('Next meeting')[0] ?? '')) continue;
      expect(pages[i], `page ${i + 1}`).toMatch(/No\.\s+Action\s+Owner\s+Agency\s+Due\s+Status/);
    }
  });
});

describe('rendered action plan', () => {
  it('names the child and meeting and lists every action', () => {
    const { text } = doc('action-plan');
    expect(text).toContain('Agreed at the Missing Intervention Meeting — Stage 1 on Tuesday 6 January 2026');
    // On its own, the plan also carries the risk and the decisions behind it.
    expectInOrder(text, ['Risk agreed by the meeting', 'Agreed by the meeting High', 'Decisions']);
    for (const d of sampleActionPlan.decisions ?? []) expect(text).toContain(decisionText(d.decision));
    expect(text).toContain('Name Sample Child-Alpha');
    expect(doc('action-plan').pages.join('\n')).toMatch(/No\.\s+Action\s+Owner\s+Agency\s+Due\s+Status/);
    expectInOrder(text, sampleActionPlan.actions.map(actionRow));
  });
});

describe('rendered chronology', () => {
  it('shows every episode, oldest first, with its times in London time, duration and return interview', () => {
    // Row by row in the page's layout text: a row's first line carries its number and the time reported.
    const layout = doc('chronology').pages.join('\n');
    expectInOrder(layout, [
      '3 Feb 2025 21:30',
      'to 4 Feb 2025 08:00',
      '29 Mar 2025 23:00',
      'to 30 Mar 2025 11:30',
      '10 May 2025 18:00',
      '21 Jun 2025 20:00',
      '30 Jul 2025 23:10',
      '14 Sep 2025 21:00',
      '26 Oct 2025 00:30',
      '12 Dec 2025 22:15',
      '20 Dec 2025 19:05',
      '5 Jan 2026 21:00',
      'Still missing',
    ]);
    const { text } = doc('chronology');
    for (const s of [
      'Push: Conflict or something wrong at home or placement',
      'Ref. EXP-25-0301',
      'Not engaged',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('summarises the episodes and the factors across them', () => {
    const { text } = doc('chronology');
    expect(text).toContain(
      '10 episodes. Missing: 7. Absent: 2. Away from placement without authorisation: 1.',
    );
    expect(text).toContain('1 episode is still open.');
    expect(text).toContain('Pull Worrying associates or older adults 2');
  });

  it('is on landscape pages', () => {
    const pdf = readFileSync(doc('chronology').pdf, 'latin1');
    // A4 landscape in points: 842 wide, 595 tall.
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 841\.\d+ 595\.\d+\s*\]/);
  });
});

describe('rendered letterhead documents', () => {
  it('keep the council’s address in the header of every page', () => {
    for (const name of ['letterhead-minutes', 'letterhead-chronology'] as const) {
      for (const page of doc(name).pages) expect(normalise(page)).toContain(LETTERHEAD_ADDRESS);
    }
  });

  it('carry the whole minutes, every action included', () => {
    const { text } = doc('letterhead-minutes');
    expectInOrder(text, ['Missing Intervention Meeting — Stage 1', 'Attendance', 'Action plan']);
    expectInOrder(text, sampleMinutes.actions.map(actionRow));
  });

  it('fit the chronology to the portrait letterhead with the times in one column', () => {
    const { text, pages } = doc('letterhead-chronology');
    for (const header of ['No.', 'Reported and', 'Category', 'Where found', 'Return']) {
      expect(text).toContain(header);
    }
    expectInOrder(pages.join('\n'), ['29 Mar 2025, 23:00', 'Found: 30 Mar', '2025, 11:30']);
    // No word is broken across lines in the narrow columns.
    expect(text).not.toMatch(/Exampletow n/);
  });
});

describe('page images for review', () => {
  it('draw page 1 of the minutes to test-results/docx', () => {
    const png = readFileSync(doc('minutes').pdf.replace(/\.pdf$/, '-page1.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // 60 dpi A4 is about 496 x 702 pixels.
    expect(png.readUInt32BE(16)).toBeGreaterThan(480);
    expect(png.readUInt32BE(20)).toBeGreaterThan(690);
  });
});
