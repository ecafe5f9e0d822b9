import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentAction } from '../../../shared/exports/documents';
import {
  buildActionPlanDocx,
  buildChronologyDocx,
  buildMinutesDocx,
} from '../../../electron/backend/exports/docx';
import { formatDayDate } from '../../../electron/backend/exports/docx/format';
import {
  largeMinutes,
  sampleActionPlan,
  sampleChronology,
  sampleDailyReviewMinutes,
  sampleMinutes,
} from '../../../electron/backend/exports/docx/sampleModels';
import { LETTERHEAD_ADDRESS, buildLetterheadTemplate } from './letterheadTemplate';
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

/** The row of an action as it reads across the table: number, action, owner, agency, due date, status. */
const actionRow = (a: DocumentAction, i: number): string =>
  normalise(
    [i + 1, a.action, a.owner, a.agency, a.dueOn ? formatDayDate(a.dueOn) : 'No date set', a.status].join(
      ' ',
    ),
  );

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
    'Minutes of the meeting held on Tue 6 Jan 2026',
    'Child',
    'Meeting details',
    'Attendance',
    'Distribution',
    'Agenda and minutes',
    'Push and pull factors',
    'Episodes since the last meeting',
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
      'Date of birth 4 Mar 2011',
      'Date and time Tue 6 Jan 2026, 14:30 to 16:00',
      'Venue Room 2, Example House, Exampletown',
      'Chair Chair B. Example, Team Manager, Exampleshire Children’s Services',
      'Minute-taker Minute-taker C. Example, Business Support Officer',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('name every attendee with role, agency and attendance', () => {
    const labels = {
      attended: 'Attended',
      apologies: 'Apologies',
      declined: 'Declined',
      invited: 'Did not attend',
    };
    expectInOrder(
      doc('minutes').text,
      sampleMinutes.attendees.map((a) =>
        normalise(`${a.name} ${a.role} ${a.agency} ${labels[a.attendance]}`),
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
      ...item.decisions,
    ]);
    expectInOrder(doc('minutes').text, expected);
  });

  it('show the push and pull factors, push first', () => {
    const { factors } = sampleMinutes;
    const ordered = [
      ...factors.filter((f) => f.direction === 'push'),
      ...factors.filter((f) => f.direction === 'pull'),
    ];
    expectInOrder(
      doc('minutes').text,
      ordered.map((f) =>
        normalise(`${f.direction === 'push' ? 'Push' : 'Pull'} ${f.label} ${f.detail ?? ''}`),
      ),
    );
  });

  it('show each episode since the last meeting with its times in London time', () => {
    // A cell's first paragraph reads across the row; its later paragraphs follow, lower down the same row.
    expectInOrder(doc('minutes').text, [
      'Since Tue 9 Dec 2025, 10:00: 3 episodes.',
      'Reported: Fri 12 Dec 2025, 22:15 Missing Friend’s address, Exampletown Accepted',
      'Police risk: Medium',
      'Found: Sat 13 Dec 2025, 09:40',
      'Duration: 11 hours 25 minutes',
      'Reported: Sat 20 Dec 2025, 19:05 Missing Stopped by police at Exampletown bus station Declined',
      'Police risk: High',
      'Found: Mon 22 Dec 2025, 11:30',
      'Duration: 1 day 16 hours 25 minutes',
      'Reported: Fri 2 Jan 2026, 21:00 Absent Returned to placement of own accord Not yet offered',
      'Police risk: Low',
      'Found: Sat 3 Jan 2026, 01:10',
      'Duration: 4 hours 10 minutes',
    ]);
  });

  it('list every action in the action plan table', () => {
    expectInOrder(doc('minutes').text, sampleMinutes.actions.map(actionRow));
  });

  it('give the next meeting’s date and list the amendments', () => {
    const { text } = doc('minutes');
    expect(text).toContain('Next meeting Tue 20 Jan 2026, 14:30');
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
    expect(text).toContain('6 attended, 1 sent apologies, 1 declined, 1 did not attend.');
    expect(text).toContain(
      'Worker L. Example Independent reviewing officer Exampleshire Children’s Services Did not attend',
    );
    expectInOrder(text, [
      'Sample Child-Bravo Reported: Sun 5 Jul 2026, 19:30 Missing Not recorded Not yet offered',
      'Police risk: High',
      'Found: Still missing',
      'Duration: Ongoing',
    ]);
    expectInOrder(
      text,
      sampleDailyReviewMinutes.actions.map((a, i) =>
        normalise(
          `${i + 1} ${a.child ?? ''} ${a.action} ${a.owner} ${a.agency} ${a.dueOn ? formatDayDate(a.dueOn) : ''} ${a.status}`,
        ),
      ),
    );
  });
});

describe('rendered large minutes', () => {
  it('list all 100 actions in order', () => {
    expect(largeMinutes.actions).toHaveLength(100);
    expectInOrder(doc('large-minutes').text, largeMinutes.actions.map(actionRow));
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
      expect(pages[i], `page ${i + 1}`).toMatch(/No\.\s+Action\s+Owner\s+Agency\s+Due\s+Status/);
    }
  });
});

describe('rendered action plan', () => {
  it('names the child and meeting and lists every action', () => {
    const { text } = doc('action-plan');
    expect(text).toContain('Agreed at the Missing Intervention Meeting — Stage 1 on Tue 6 Jan 2026');
    expect(text).toContain('Name Sample Child-Alpha');
    expectInOrder(text, ['No. Action Owner Agency Due Status', ...sampleActionPlan.actions.map(actionRow)]);
  });
});

describe('rendered chronology', () => {
  it('shows every episode with times, duration, category, risk, where found, return interview and factors', () => {
    // Each row's first lines read across; a cell's later paragraphs (last seen, police ref.) follow.
    expectInOrder(doc('chronology').text, [
      '1 Mon 3 Feb 2025, 21:30 Tue 4 Feb 2025, 08:00 10 hours 30 minutes Missing Medium Friend’s address, Exampletown Accepted Push: Conflict or something wrong at home or placement',
      'Held Wed 5 Feb 2025, 15:00',
      'Last seen Mon 3 Feb 2025, 20:45',
      'Police ref. EXP-25-0301',
      // Across the spring clock change: 23:00 GMT to 11:30 BST is 11 h 30 min of real time.
      '2 Sat 29 Mar 2025, 23:00 Sun 30 Mar 2025, 11:30 11 hours 30 minutes Absent Low Returned of own accord Accepted None recorded',
      '3 Sat 10 May 2025, 18:00 Mon 12 May 2025, 13:00 1 day 19 hours Missing High Friend’s address, Exampletown Declined Pull: Worrying associates or older adults (Older males with a car)',
      'Pull: Going to get drugs or alcohol',
      '4 Sat 21 Jun 2025, 20:00 Sun 22 Jun 2025, 00:45 4 hours 45 minutes Away from placement without authorisation No apparent risk At a friend’s house Accepted None recorded',
      '5 Wed 30 Jul 2025, 23:10 Thu 31 Jul 2025, 08:00 8 hours 50 minutes Missing Medium',
      '6 Sun 14 Sep 2025, 21:00 Mon 15 Sep 2025, 19:20 22 hours 20 minutes Missing High Found by police in Othertown city centre Not engaged Pull: Worrying associates or older adults',
      'Pull: Child criminal exploitation or county lines (Had a second phone and cash)',
      '7 Sun 26 Oct 2025, 00:30 Sun 26 Oct 2025, 09:00 9 hours 30 minutes Absent Low',
      '8 Fri 12 Dec 2025, 22:15 Sat 13 Dec 2025, 09:40 11 hours 25 minutes Missing Medium',
      '9 Sat 20 Dec 2025, 19:05 Mon 22 Dec 2025, 11:30 1 day 16 hours 25 minutes Missing High',
      '10 Mon 5 Jan 2026, 21:00 Still missing Ongoing Missing High Not recorded Not yet offered None recorded',
    ]);
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
    const { text } = doc('letterhead-chronology');
    for (const header of ['No.', 'When', 'Category and police risk', 'Where found', 'Return interview']) {
      expect(text).toContain(header);
    }
    expectInOrder(text, [
      '2 Reported: Sat 29 Mar 2025, 23:00 Absent Returned of own accord Accepted None recorded',
      'Police risk: Low',
      'From: Placement',
      'Found: Sun 30 Mar 2025, 11:30',
      'Duration: 11 hours 30 minutes',
    ]);
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
