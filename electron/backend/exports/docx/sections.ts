import type { Paragraph, Table } from 'docx';
import type {
  DocumentAction,
  DocumentChild,
  DocumentDecision,
  DocumentFactor,
  DocumentIssuer,
  DocumentPerson,
  IsoDate,
  IsoInstant,
  RiskSummary,
} from '../../../../shared/exports/documents';
import { ageAt } from '../../../../shared/time/london';
import { childCell } from './episodes';
import { formatDate, formatLongDate } from './format';
import { dataTable } from './tables';
import { COLOUR, SIZE, bullet, fact, heading, para, run, textPara } from './text';

/** The pieces more than one document shares: title block, child facts, the actions and factors tables. */

/** "Missing Intervention Meeting — Stage 1". */
export const meetingTitle = (kind: string, stage: string | null): string =>
  stage ? `${kind} — ${stage}` : kind;

const words = (s: string) => s.trim().toLowerCase();

/**
 * "Chair B. Example, Team Manager, Exampleshire Children’s Services". A part that repeats an earlier one, or is
 * already said by it ("Minute-taker C. Example, Minute-taker"; a name that is only the role), is left out.
 */
export const personLine = (p: DocumentPerson): string =>
  [p.name, p.role, p.agency]
    .filter((s): s is string => s !== null && s.trim() !== '')
    .reduce<string[]>(
      (kept, part) => (kept.some((k) => words(k).includes(words(part))) ? kept : [...kept, part]),
      [],
    )
    .join(', ');

/** The confidentiality statement printed on every document unless the model brings the council's own. */
export const CONFIDENTIALITY =
  'Confidential. This document is shared under the multi-agency missing children protocol to safeguard the child. It is for the people and agencies on its distribution list only: do not forward, copy or share it further without the chair’s agreement. Store it securely and delete it under your agency’s retention policy.';

export interface TitleBlock {
  title: string;
  /** Larger line under the title, e.g. "Minutes of the meeting held on Tuesday 6 January 2026". */
  lead: string;
  /** Smaller lines, e.g. approval status. */
  notes: readonly string[];
  issuer: DocumentIssuer;
  /** With a letterhead the council's own header names the organisation, so the issuer line is left out. */
  letterhead: boolean;
  draft?: boolean;
  circulatedOn?: IsoDate | null;
  confidentiality?: string;
}

export const titleBlock = (t: TitleBlock): Paragraph[] => [
  ...(t.letterhead
    ? []
    : [
        textPara(
          [t.issuer.organisation, t.issuer.service].filter(Boolean).join(' · '),
          { colour: COLOUR.muted, size: SIZE.body },
          { after: 200 },
        ),
      ]),
  heading(1, t.draft ? `DRAFT: ${t.title}` : t.title),
  textPara(t.lead, { size: SIZE.lead, colour: COLOUR.heading }, { after: 120 }),
  ...t.notes.map((n) => textPara(n, { colour: COLOUR.muted }, { after: 60 })),
  ...(t.draft
    ? [
        textPara(
          'DRAFT: these minutes are not approved. Check them before they are relied on; the approved version replaces this one.',
          { bold: true },
          { after: 60 },
        ),
      ]
    : []),
  ...(t.circulatedOn
    ? [textPara(`Circulated on ${formatLongDate(t.circulatedOn)}.`, {}, { after: 60 })]
    : []),
  para([run(t.confidentiality ?? CONFIDENTIALITY, { italics: true })], { before: 60, after: 200 }),
];

const orNull = (label: string, value: string | null | undefined): Paragraph[] =>
  value !== null && value !== undefined && value.trim() !== '' ? [fact(label, value)] : [];

const present = (value: string | null | undefined): string[] =>
  value !== null && value !== undefined && value.trim() !== '' ? [value] : [];

const birthAndAge = (child: DocumentChild, asOf: IsoInstant | null): string =>
  asOf
    ? `${formatDate(child.dateOfBirth)} (age ${ageAt(child.dateOfBirth, asOf)})`
    : formatDate(child.dateOfBirth);

/** `asOf` (the meeting) gives the child's age at that time. */
export const childFacts = (child: DocumentChild, asOf: IsoInstant | null = null): Paragraph[] => [
  fact('Name', child.name),
  fact('Case reference', child.caseReference),
  fact('Date of birth', birthAndAge(child, asOf)),
  ...orNull('Gender', child.gender),
  ...orNull('Legal status', child.legalStatus),
  ...orNull('Placement', child.placement),
  ...orNull('School', child.school),
  ...orNull('Placing authority', child.placingAuthority),
  ...orNull('Host authority', child.hostAuthority),
  ...orNull('Allocated worker', child.allocatedWorker),
];

/** One child as facts, several as a table; with the section heading either way. */
export const childrenSection = (
  children: readonly DocumentChild[],
  asOf: IsoInstant | null = null,
): (Paragraph | Table)[] => {
  const [only] = children;
  if (children.length === 1 && only) return [heading(2, 'Child'), ...childFacts(only, asOf)];
  return [
    heading(2, 'Children'),
    textPara(`${children.length} children were discussed.`),
    dataTable(
      [
        { header: 'Name', width: 22 },
        { header: 'Case reference', width: 17 },
        { header: 'Date of birth', width: 18 },
        { header: 'Legal status', width: 16 },
        { header: 'Placement and school', width: 27 },
      ],
      // Gender, placement and school where recorded, as in the one-child facts; nothing printed for what is not.
      children.map((c) => [
        [c.name, ...present(c.gender)],
        c.caseReference,
        birthAndAge(c, asOf),
        c.legalStatus ?? '',
        [
          c.placement ?? (c.hostAuthority ? `Placed in ${c.hostAuthority}’s area` : 'Not placed out of area'),
          ...present(c.school && `School: ${c.school}`),
        ],
      ]),
    ),
  ];
};

const actionLines = (a: DocumentAction): string[] => [
  a.action,
  ...(a.setOn ? [`Set ${formatDate(a.setOn)}`] : []),
  ...(a.rationale ? [`Why: ${a.rationale}`] : []),
  ...(a.changes ?? []),
];

/**
 * The action plan table; numbered so a meeting can say "action 7". The Due column is wide enough for "26 Nov 2026"
 * on one line at 12 pt (checked in the rendered pages); the weekday is left to the reader's calendar.
 */
export const actionsTable = (actions: readonly DocumentAction[], multiChild: boolean): Table => {
  const due = (a: DocumentAction) => (a.dueOn ? formatDate(a.dueOn) : 'No date set');
  return multiChild
    ? dataTable(
        [
          { header: 'No.', width: 6 },
          { header: 'Child', width: 12 },
          { header: 'Action', width: 21 },
          { header: 'Owner', width: 13 },
          { header: 'Agency', width: 18 },
          { header: 'Due', width: 16 },
          { header: 'Status', width: 14 },
        ],
        actions.map((a, i) => [
          String(i + 1),
          childCell(a.child),
          actionLines(a),
          a.owner,
          a.agency,
          due(a),
          a.status,
        ]),
      )
    : dataTable(
        [
          { header: 'No.', width: 6 },
          { header: 'Action', width: 29 },
          { header: 'Owner', width: 15 },
          { header: 'Agency', width: 20 },
          { header: 'Due', width: 16 },
          { header: 'Status', width: 14 },
        ],
        actions.map((a, i) => [String(i + 1), actionLines(a), a.owner, a.agency, due(a), a.status]),
      );
};

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

export const decisionText = (d: string | DocumentDecision): string =>
  typeof d === 'string' ? d : d.decision;

/** A decision as a bullet, its rationale under it when recorded. */
export const decisionParagraphs = (d: string | DocumentDecision): Paragraph[] => [
  bullet(decisionText(d)),
  ...(typeof d !== 'string' && d.rationale
    ? [textPara(`Why: ${d.rationale}`, { italics: true }, { after: 80 })]
    : []),
];

/** The risk agreed by the meeting beside the police grading; says so when the meeting did not record one. */
export const riskSection = (risk: readonly RiskSummary[], multiChild: boolean): (Paragraph | Table)[] => {
  if (risk.length === 0) return [textPara('No risk level was recorded.')];
  if (!multiChild) {
    return risk.flatMap((r) => [
      fact('Agreed by the meeting', r.agreedLevel ?? 'Not recorded'),
      fact('Police grading', r.policeGrading ?? 'Not graded'),
      ...orNull('Why', r.rationale),
    ]);
  }
  return [
    dataTable(
      [
        { header: 'Child', width: 22 },
        { header: 'Agreed by the meeting', width: 22 },
        { header: 'Police grading', width: 22 },
        { header: 'Why', width: 34 },
      ],
      risk.map((r) => [
        childCell(r.child),
        r.agreedLevel ?? 'Not recorded',
        r.policeGrading ?? 'Not graded',
        r.rationale ?? '',
      ]),
    ),
  ];
};
