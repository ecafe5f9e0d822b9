import type { Paragraph, Table } from 'docx';
import type {
  DocumentEpisode,
  DocumentFactor,
  EpisodeHistory,
  PreviousAction,
} from '../../../../shared/exports/documents';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatLongDateTime,
  formatMinutes,
  formatShortDateTime,
} from './format';
import { dataTable, type CellValue } from './tables';
import { textPara } from './text';

/** The episode tables, the return interview as the app shows it, the whole-history summary, previous actions. */

export const childCell = (child: string | null): string => child ?? 'All children';

const factorLine = (f: DocumentFactor): string =>
  `${f.direction === 'push' ? 'Push' : 'Pull'}: ${f.label}${f.detail ? ` (${f.detail})` : ''}`;

const foundCell = (e: DocumentEpisode): string =>
  e.foundAt ? formatShortDateTime(e.foundAt) : 'Still missing';
const durationCell = (e: DocumentEpisode): string =>
  e.foundAt ? formatDuration(e.reportedAt, e.foundAt) : 'Ongoing';

/**
 * The return interview in the words the child's chronology screen uses: overdue or due (by when), held (and whether
 * within 72 hours), or closed with its outcome; with the date it was offered. Models made without the state fall back
 * to the recorded outcome, which never says "Not yet offered" of an interview that may be overdue.
 */
export const returnInterviewLines = (e: DocumentEpisode): string[] => {
  const ri = e.returnInterview;
  if (!ri) {
    return [
      e.returnInterviewOutcome ?? (e.foundAt ? 'No outcome recorded' : 'After return'),
      ...(e.returnInterviewHeldAt ? [`Held ${formatShortDateTime(e.returnInterviewHeldAt)}`] : []),
    ];
  }
  const offered = ri.offeredAt ? [`Offered ${formatShortDateTime(ri.offeredAt)}`] : [];
  switch (ri.state) {
    case 'not-returned':
      return ['After return'];
    case 'held':
      return [
        `Held ${formatShortDateTime(ri.heldAt ?? '')}`,
        ri.within72Hours ? 'Within 72 hours' : 'Not within 72 hours',
        ...offered,
      ];
    case 'due':
    case 'overdue':
      return [
        `${ri.state === 'overdue' ? 'Overdue' : 'Due'}: by ${formatShortDateTime(ri.dueBy ?? '')}`,
        ...(ri.accepted ? ['Accepted, not yet held'] : []),
        ...offered,
      ];
    default:
      return [
        ri.state === 'declined' ? 'Declined' : ri.state === 'not-engaged' ? 'Not engaged' : 'Not offered',
        ...(ri.reason ? [ri.reason] : []),
        ...offered,
      ];
  }
};

/**
 * Episodes as the minutes list them. A portrait page has no room for seven columns at 12 pt, so the times share one
 * cell, labelled line by line, and the police risk sits under the category.
 */
export const minutesEpisodesTable = (episodes: readonly DocumentEpisode[], multiChild: boolean): Table => {
  const when = (e: DocumentEpisode) => [
    `Reported: ${formatShortDateTime(e.reportedAt)}`,
    `Found: ${foundCell(e)}`,
    `Duration: ${durationCell(e)}`,
  ];
  const category = (e: DocumentEpisode) => [e.category, `Police risk: ${e.policeRisk ?? 'not graded'}`];
  const rest = (e: DocumentEpisode): CellValue[] => [e.whereFound ?? 'Not recorded', returnInterviewLines(e)];
  return multiChild
    ? dataTable(
        [
          { header: 'Child', width: 15 },
          { header: 'When', width: 29 },
          { header: 'Category and police risk', width: 18 },
          { header: 'Where found', width: 18 },
          { header: 'Return interview', width: 20 },
        ],
        episodes.map((e) => [childCell(e.child), when(e), category(e), ...rest(e)]),
      )
    : dataTable(
        [
          { header: 'When', width: 32 },
          { header: 'Category and police risk', width: 20 },
          { header: 'Where found', width: 24 },
          { header: 'Return interview', width: 24 },
        ],
        episodes.map((e) => [when(e), category(e), ...rest(e)]),
      );
};

const reportedLines = (e: DocumentEpisode): string[] => [
  formatShortDateTime(e.reportedAt),
  ...(e.lastSeenAt ? [`Last seen ${formatShortDateTime(e.lastSeenAt)}`] : []),
  ...(e.policeReference ? [`Ref. ${e.policeReference}`] : []),
];
const factorsCell = (e: DocumentEpisode): string | string[] =>
  e.factors.length > 0 ? e.factors.map(factorLine) : 'None recorded';
const categoryLines = (e: DocumentEpisode): string[] => [
  e.category,
  `Risk: ${e.policeRisk ?? 'not graded'}`,
  ...(e.missingFrom ? [`From: ${e.missingFrom}`] : []),
];

// The compact chronology: a date on one line and its time on the next, so each cell is at most two short lines.
const dateThenTime = (iso: string): string[] => {
  const [date = '', time = ''] = formatShortDateTime(iso).split(', ');
  return [date, time];
};
const compactFactors = (e: DocumentEpisode): string | string[] => {
  if (e.factors.length === 0) return 'None recorded';
  const side = (d: 'push' | 'pull', word: string) => {
    const fs = e.factors.filter((f) => f.direction === d);
    return fs.length === 0
      ? []
      : [`${word}: ${fs.map((f) => (f.detail ? `${f.label} (${f.detail})` : f.label)).join('; ')}`];
  };
  return [...side('push', 'Push'), ...side('pull', 'Pull')];
};
const shortDate = (iso: string) => dateThenTime(iso)[0] ?? '';
const compactReturnInterview = (e: DocumentEpisode): string[] => {
  const ri = e.returnInterview;
  const offered = ri?.offeredAt ? [`Offered ${shortDate(ri.offeredAt)}`] : [];
  if (ri && (ri.state === 'due' || ri.state === 'overdue') && ri.dueBy) {
    return [
      `${ri.state === 'overdue' ? 'Overdue' : 'Due'}${ri.accepted ? ', accepted' : ''}, by`,
      dateThenTime(ri.dueBy).join(' '),
      ...offered,
    ];
  }
  if (ri && ri.state === 'held' && ri.heldAt) {
    return [
      `Held ${shortDate(ri.heldAt)}`,
      ri.within72Hours ? 'Within 72 hours' : 'Not within 72 hours',
      ...offered,
    ];
  }
  return returnInterviewLines(e);
};
/** The app's short label: "Away" is defined under the table. */
const shortCategory = (category: string) => (category.startsWith('Away') ? 'Away' : category);
const whereLines = (e: DocumentEpisode): string[] => [
  ...(e.missingFrom ? [`From ${e.missingFrom.toLowerCase()}`] : []),
  e.foundAt ? (e.whereFound ?? 'Where found not recorded') : 'Still missing',
];

/**
 * Every episode of one child, one compact row each: a chair scans 150 of them for patterns (150 fit in 15 landscape
 * pages), so each cell holds at most two short lines, dates are short and the times sit under them. A letterhead's
 * portrait page puts reported, found and duration in one cell.
 */
export const chronologyTable = (
  episodes: readonly DocumentEpisode[],
  layout: 'landscape' | 'portrait',
): Table =>
  layout === 'landscape'
    ? dataTable(
        [
          { header: 'No.', width: 4 },
          { header: 'Reported, then found', width: 20 },
          { header: 'Duration', width: 10 },
          { header: 'Category', width: 10 },
          { header: 'Where found', width: 17 },
          { header: 'Return interview', width: 15 },
          { header: 'Push and pull factors', width: 24 },
        ],
        episodes.map((e, i) => [
          String(i + 1),
          [
            dateThenTime(e.reportedAt).join(' '),
            e.foundAt ? `to ${dateThenTime(e.foundAt).join(' ')}` : 'Still missing',
            ...(e.lastSeenAt ? [`Last seen ${dateThenTime(e.lastSeenAt).join(' ')}`] : []),
            ...(e.policeReference ? [`Ref. ${e.policeReference}`] : []),
          ],
          durationCell(e),
          [shortCategory(e.category), e.policeRisk ? `${e.policeRisk} risk` : 'Not graded'],
          whereLines(e),
          compactReturnInterview(e),
          compactFactors(e),
        ]),
        { compact: true },
      )
    : dataTable(
        [
          { header: 'No.', width: 6 },
          { header: 'Reported and found', width: 24 },
          { header: 'Category and risk', width: 16 },
          { header: 'Where found', width: 18 },
          { header: 'Return interview', width: 16 },
          { header: 'Push and pull factors', width: 20 },
        ],
        episodes.map((e, i) => [
          String(i + 1),
          [...reportedLines(e), `Found: ${foundCell(e)}`, `Duration: ${durationCell(e)}`],
          categoryLines(e),
          e.whereFound ?? 'Not recorded',
          compactReturnInterview(e),
          factorsCell(e),
        ]),
        { compact: true },
      );

const longest = (h: EpisodeHistory) =>
  h.longestMinutes === null ? 'None ended' : formatMinutes(h.longestMinutes);

/** "Listed: episodes reported since Tuesday 9 December 2025 at 10:00 (the last ...), or still open then: 3." */
export const listedSentence = (h: EpisodeHistory): string =>
  `Listed below: the episodes reported since ${formatLongDateTime(h.listedSince)} (${h.listedSinceReason}), or still open then: ${h.listed === 0 ? 'none' : h.listed} of ${h.total} in all.`;

/** The whole history in one table, so a reader sees what the listed episodes are a part of. */
/** `listed` false for the chronology, which lists every episode: the column would only repeat "In all". */
export const historyTable = (
  histories: readonly EpisodeHistory[],
  multiChild: boolean,
  listed = true,
): Table => {
  const all = (h: EpisodeHistory): CellValue[] => [
    String(h.listed),
    String(h.total),
    String(h.last90Days),
    String(h.last12Months),
    longest(h),
    String(h.highRisk),
    // The London day of the first report, as every other date in the documents.
    h.firstReportedAt ? shortDate(h.firstReportedAt) : 'None',
  ];
  const cells = (h: EpisodeHistory) => (listed ? all(h) : all(h).slice(1));
  const allColumns = [
    { header: 'Listed here', width: 11 },
    { header: 'In all', width: 9 },
    { header: 'Last 90 days', width: 11 },
    { header: 'Last 12 months', width: 12 },
    { header: 'Longest', width: 20 },
    { header: 'High risk', width: 10 },
    { header: 'First reported', width: 14 },
  ];
  const columns = listed
    ? allColumns
    : allColumns.slice(1).map((c) => (c.header === 'Longest' ? { ...c, width: c.width + 11 } : c));
  return multiChild
    ? dataTable(
        [{ header: 'Child', width: 13 }, ...columns],
        histories.map((h) => [childCell(h.child), ...cells(h)]),
      )
    : dataTable(
        columns.map((c) => (c.header === 'Longest' ? { ...c, width: c.width + 13 } : c)),
        histories.map(cells),
      );
};

export const historyParagraphs = (histories: readonly EpisodeHistory[], multiChild: boolean): Paragraph[] =>
  multiChild
    ? [
        textPara(
          'Each child’s episodes are listed since their own last meeting of this kind, or for the 90 days before this one when there was none; the table gives the period for each child.',
        ),
      ]
    : histories.map((h) => textPara(listedSentence(h), {}, { keepNext: true }));

/** The period each child's episodes are listed for, when they differ. */
export const listedSinceTable = (histories: readonly EpisodeHistory[]): Table =>
  dataTable(
    [
      { header: 'Child', width: 25 },
      { header: 'Listed since', width: 30 },
      { header: 'Because', width: 45 },
    ],
    histories.map((h) => [childCell(h.child), formatDateTime(h.listedSince), h.listedSinceReason]),
  );

const previousStatus = (a: PreviousAction): string[] =>
  a.status === 'Dropped'
    ? ['Dropped', a.droppedReason ? `Why: ${a.droppedReason}` : 'No reason recorded']
    : [a.status];

/** The actions carried into this meeting, each with its owner, due date and status. */
export const previousActionsTable = (actions: readonly PreviousAction[], multiChild: boolean): Table =>
  dataTable(
    [
      { header: 'No.', width: 6 },
      { header: 'Action and where agreed', width: multiChild ? 24 : 34 },
      ...(multiChild ? [{ header: 'Child', width: 10 }] : []),
      { header: 'Owner and agency', width: 19 },
      // As wide as the action plan's Due column: "26 Nov 2026" on one line at 12 pt.
      { header: 'Due', width: 16 },
      // A dropped action's reason is a sentence: room for it to read in a few lines, not a word a line.
      { header: 'Status', width: 25 },
    ],
    actions.map((a, i) => [
      String(i + 1),
      [a.action, `Agreed: ${a.agreedAt}`],
      ...(multiChild ? [childCell(a.child)] : []),
      [a.owner, a.agency],
      a.dueOn ? formatDate(a.dueOn) : 'No date set',
      previousStatus(a),
    ]),
  );
