import type { Paragraph, Table } from 'docx';
import type {
  DocumentAction,
  DocumentChild,
  DocumentEpisode,
  DocumentFactor,
  DocumentIssuer,
  DocumentPerson,
} from '../../../../shared/exports/documents';
import { formatDate, formatDateTime, formatDayDate, formatDuration } from './format';
import { dataTable, type Column } from './tables';
import { COLOUR, SIZE, fact, heading, textPara } from './text';

/** The pieces more than one document shares: title block, child facts, the actions, episodes and factors tables. */

/** "Missing Intervention Meeting — Stage 1". */
export const meetingTitle = (kind: string, stage: string | null): string =>
  stage ? `${kind} — ${stage}` : kind;

/** "Chair B. Example, Team Manager, Exampleshire Children's Services". */
export const personLine = (p: DocumentPerson): string =>
  [p.name, p.role, p.agency].filter((s): s is string => s !== null && s.trim() !== '').join(', ');

export interface TitleBlock {
  title: string;
  /** Larger line under the title, e.g. "Minutes of the meeting held on Tue 6 Jan 2026". */
  lead: string;
  /** Smaller lines, e.g. approval status. */
  notes: readonly string[];
  issuer: DocumentIssuer;
  /** With a letterhead the council's own header names the organisation, so the issuer line is left out. */
  letterhead: boolean;
}

export const titleBlock = (t: TitleBlock): Paragraph[] => [
  ...(t.letterhead
    ? []
    : [
        textPara(
          [t.issuer.organisation, t.issuer.service].filter(Boolean).join(' · '),
          {
            colour: COLOUR.muted,
            size: SIZE.body,
          },
          { after: 200 },
        ),
      ]),
  heading(1, t.title),
  textPara(t.lead, { size: SIZE.lead, colour: COLOUR.heading }, { after: 120 }),
  ...t.notes.map((n, i) =>
    textPara(n, { colour: COLOUR.muted }, { after: i === t.notes.length - 1 ? 200 : 60 }),
  ),
];

const orNull = (label: string, value: string | null): Paragraph[] =>
  value !== null && value.trim() !== '' ? [fact(label, value)] : [];

export const childFacts = (child: DocumentChild): Paragraph[] => [
  fact('Name', child.name),
  fact('Case reference', child.caseReference),
  fact('Date of birth', formatDate(child.dateOfBirth)),
  ...orNull('Legal status', child.legalStatus),
  ...orNull('Placing authority', child.placingAuthority),
  ...orNull('Host authority', child.hostAuthority),
  ...orNull('Allocated worker', child.allocatedWorker),
];

/** One child as facts, several as a table; with the section heading either way. */
export const childrenSection = (children: readonly DocumentChild[]): (Paragraph | Table)[] => {
  const [only] = children;
  if (children.length === 1 && only) return [heading(2, 'Child'), ...childFacts(only)];
  return [
    heading(2, 'Children'),
    textPara(`${children.length} children were discussed.`),
    dataTable(
      [
        { header: 'Name', width: 28 },
        { header: 'Case reference', width: 18 },
        { header: 'Date of birth', width: 17 },
        { header: 'Legal status', width: 18 },
        { header: 'Host authority', width: 19 },
      ],
      children.map((c) => [
        c.name,
        c.caseReference,
        formatDate(c.dateOfBirth),
        c.legalStatus ?? '',
        c.hostAuthority ?? 'Not placed out of area',
      ]),
    ),
  ];
};

/**
 * Column widths are set per layout rather than derived: each was checked in the rendered pages so that the longest
 * single words the cells hold ("authorisation", "Exampleshire", "progress", "100") fit without breaking mid-word.
 */
const childColumn: Column = { header: 'Child', width: 13 };
const childCell = (child: string | null): string => child ?? 'All children';

/** The action plan table; numbered so a meeting can say "action 7". */
export const actionsTable = (actions: readonly DocumentAction[], multiChild: boolean): Table => {
  const due = (a: DocumentAction) => (a.dueOn ? formatDayDate(a.dueOn) : 'No date set');
  return multiChild
    ? dataTable(
        [
          { header: 'No.', width: 7 },
          childColumn,
          { header: 'Action', width: 23 },
          { header: 'Owner', width: 14 },
          { header: 'Agency', width: 18 },
          { header: 'Due', width: 12 },
          { header: 'Status', width: 13 },
        ],
        actions.map((a, i) => [
          String(i + 1),
          childCell(a.child),
          a.action,
          a.owner,
          a.agency,
          due(a),
          a.status,
        ]),
      )
    : dataTable(
        [
          { header: 'No.', width: 7 },
          { header: 'Action', width: 33 },
          { header: 'Owner', width: 16 },
          { header: 'Agency', width: 19 },
          { header: 'Due', width: 12 },
          { header: 'Status', width: 13 },
        ],
        actions.map((a, i) => [String(i + 1), a.action, a.owner, a.agency, due(a), a.status]),
      );
};

const factorLine = (f: DocumentFactor): string =>
  `${f.direction === 'push' ? 'Push' : 'Pull'}: ${f.label}${f.detail ? ` (${f.detail})` : ''}`;

const foundCell = (e: DocumentEpisode): string => (e.foundAt ? formatDateTime(e.foundAt) : 'Still missing');
const durationCell = (e: DocumentEpisode): string =>
  e.foundAt ? formatDuration(e.reportedAt, e.foundAt) : 'Ongoing';
const returnInterviewCell = (e: DocumentEpisode): string[] => [
  e.returnInterviewOutcome ?? 'Not yet offered',
  ...(e.returnInterviewHeldAt ? [`Held ${formatDateTime(e.returnInterviewHeldAt)}`] : []),
];

/**
 * Episodes since the last meeting, as the minutes show them. A portrait page has no room for seven columns at 11 pt,
 * so the times share one cell, labelled line by line, and the police risk sits under the category.
 */
export const minutesEpisodesTable = (episodes: readonly DocumentEpisode[], multiChild: boolean): Table => {
  const when = (e: DocumentEpisode) => [
    `Reported: ${formatDateTime(e.reportedAt)}`,
    `Found: ${foundCell(e)}`,
    `Duration: ${durationCell(e)}`,
  ];
  const category = (e: DocumentEpisode) => [e.category, `Police risk: ${e.policeRisk ?? 'not graded'}`];
  const rest = (e: DocumentEpisode) => [e.whereFound ?? 'Not recorded', returnInterviewCell(e)];
  return multiChild
    ? dataTable(
        [
          { header: 'Child', width: 15 },
          { header: 'When', width: 28 },
          { header: 'Category and police risk', width: 19 },
          { header: 'Where found', width: 20 },
          { header: 'Return interview', width: 18 },
        ],
        episodes.map((e) => [childCell(e.child), when(e), category(e), ...rest(e)]),
      )
    : dataTable(
        [
          { header: 'When', width: 32 },
          { header: 'Category and police risk', width: 20 },
          { header: 'Where found', width: 26 },
          { header: 'Return interview', width: 22 },
        ],
        episodes.map((e) => [when(e), category(e), ...rest(e)]),
      );
};

const reportedLines = (e: DocumentEpisode): string[] => [
  ...(e.lastSeenAt ? [`Last seen ${formatDateTime(e.lastSeenAt)}`] : []),
  ...(e.missingFrom ? [`From: ${e.missingFrom}`] : []),
  ...(e.policeReference ? [`Police ref. ${e.policeReference}`] : []),
];
const factorsCell = (e: DocumentEpisode): string | string[] =>
  e.factors.length > 0 ? e.factors.map(factorLine) : 'None recorded';

/**
 * Every episode of one child. On the built-in landscape page each fact has its column; in a letterhead, which is
 * portrait, the times share a cell and the police risk sits under the category, as in the minutes, so that no
 * column is too narrow for its words.
 */
export const chronologyTable = (
  episodes: readonly DocumentEpisode[],
  layout: 'landscape' | 'portrait',
): Table =>
  layout === 'landscape'
    ? dataTable(
        [
          { header: 'No.', width: 5 },
          { header: 'Reported', width: 14 },
          { header: 'Found', width: 11 },
          { header: 'Duration', width: 9 },
          { header: 'Category', width: 12 },
          { header: 'Police risk', width: 8 },
          { header: 'Where found', width: 12 },
          { header: 'Return interview', width: 11 },
          { header: 'Push and pull factors', width: 18 },
        ],
        episodes.map((e, i) => [
          String(i + 1),
          [formatDateTime(e.reportedAt), ...reportedLines(e)],
          foundCell(e),
          durationCell(e),
          e.category,
          e.policeRisk ?? 'Not graded',
          e.whereFound ?? 'Not recorded',
          returnInterviewCell(e),
          factorsCell(e),
        ]),
      )
    : dataTable(
        [
          { header: 'No.', width: 7 },
          { header: 'When', width: 28 },
          { header: 'Category and police risk', width: 17 },
          { header: 'Where found', width: 16 },
          { header: 'Return interview', width: 14 },
          { header: 'Push and pull factors', width: 18 },
        ],
        episodes.map((e, i) => [
          String(i + 1),
          [
            `Reported: ${formatDateTime(e.reportedAt)}`,
            ...reportedLines(e),
            `Found: ${foundCell(e)}`,
            `Duration: ${durationCell(e)}`,
          ],
          [e.category, `Police risk: ${e.policeRisk ?? 'not graded'}`],
          e.whereFound ?? 'Not recorded',
          returnInterviewCell(e),
          factorsCell(e),
        ]),
      );

/** Push factors first, then pull: the order chairs discuss them in. */
export const factorsTable = (factors: readonly DocumentFactor[], multiChild: boolean): Table => {
  const ordered = [
    ...factors.filter((f) => f.direction === 'push'),
    ...factors.filter((f) => f.direction === 'pull'),
  ];
  const cells = (f: DocumentFactor) => [
    f.direction === 'push' ? 'Push' : 'Pull',
    f.label,
    f.detail ?? 'Nothing further recorded',
  ];
  return multiChild
    ? dataTable(
        [
          { header: 'Child', width: 15 },
          { header: 'Push or pull', width: 12 },
          { header: 'Factor', width: 30 },
          { header: 'What was said', width: 43 },
        ],
        ordered.map((f) => [childCell(f.child), ...cells(f)]),
      )
    : dataTable(
        [
          { header: 'Push or pull', width: 14 },
          { header: 'Factor', width: 34 },
          { header: 'What was said', width: 52 },
        ],
        ordered.map(cells),
      );
};
