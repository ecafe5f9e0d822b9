import type { FileChild } from 'docx';
import type { DocumentEscalation, EscalationLogDocument } from '../../../../shared/exports/escalationLog';
import { formatLongDateTime, formatShortDateTime } from './format';
import { renderDocx, type DocxExportOptions } from './render';
import { childFacts, titleBlock } from './sections';
import { dataTable, type CellValue, type Column } from './tables';
import { heading, para, textPara } from './text';

const OPEN = 'No outcome recorded yet';

const aboutCell = (e: DocumentEscalation): CellValue => (e.section ? [e.about, `(${e.section})`] : e.about);
const outcomeCell = (e: DocumentEscalation): CellValue =>
  e.outcome ? [e.outcome, ...(e.outcomeAt ? [formatShortDateTime(e.outcomeAt)] : [])] : OPEN;

/**
 * The log as one table (W-CP 5.0: from whom, to whom, about what, the outcome), its header repeated on every page.
 * A meeting about several children adds the child's column, as its other tables do.
 */
export const escalationTable = (entries: readonly DocumentEscalation[], multiChild: boolean): FileChild => {
  const columns: Column[] = multiChild
    ? [
        { header: 'Child', width: 14 },
        { header: 'Escalated', width: 18 },
        { header: 'From and to', width: 21 },
        { header: 'About', width: 25 },
        { header: 'Outcome', width: 22 },
      ]
    : [
        // "10 Oct 2026, 10:00" on one line at 12 pt.
        { header: 'Escalated', width: 19 },
        { header: 'From and to', width: 24 },
        { header: 'About', width: 31 },
        { header: 'Outcome', width: 26 },
      ];
  return dataTable(
    columns,
    entries.map((e) => [
      ...(multiChild ? [e.child ?? ''] : []),
      formatShortDateTime(e.escalatedAt),
      [`From ${e.fromWho}`, `To ${e.toWho}`, `Recorded by ${e.recordedBy}`],
      aboutCell(e),
      outcomeCell(e),
    ]),
  );
};

/** "3 escalations, 1 without an outcome yet." */
export const escalationSummary = (entries: readonly DocumentEscalation[]): string => {
  const open = entries.filter((e) => e.outcome === '').length;
  const n = entries.length;
  return `${n} ${n === 1 ? 'escalation' : 'escalations'}${open > 0 ? `, ${open} without an outcome yet` : ', each with its outcome'}.`;
};

/** A child's whole escalation log on portrait pages, in the minutes' marked, accessible layout. */
export const buildEscalationLogDocx = (
  model: EscalationLogDocument,
  options: DocxExportOptions = {},
): Promise<Buffer> =>
  renderDocx(
    {
      // No child's name: the title travels as file metadata.
      title: `Escalation log: case ${model.child.caseReference}`,
      subject: 'Escalation and conflict resolution log',
      orientation: 'portrait',
      body: ({ letterhead }) => [
        ...titleBlock({
          title: 'Escalation and conflict resolution log',
          lead: model.child.name,
          notes: [`Produced ${formatLongDateTime(model.producedAt)}`],
          issuer: model.issuer,
          letterhead,
          confidentiality:
            'Confidential. The escalations and disagreements about a child, and their outcomes, kept under the multi-agency protocol’s escalation and conflict resolution process (W-CP 5.0).',
        }),
        heading(2, 'Child'),
        ...childFacts(model.child, model.producedAt),
        heading(2, 'Escalations'),
        ...(model.entries.length === 0
          ? [textPara('No escalations are recorded.')]
          : [
              textPara(escalationSummary(model.entries), {}, { keepNext: true }),
              escalationTable(model.entries, false),
            ]),
        // Word needs a paragraph after a table that ends the document.
        para([]),
      ],
    },
    options,
  );

/** The minutes' section: the pack's entries, or a line saying there were none. */
export const escalationSection = (
  entries: readonly DocumentEscalation[] | undefined,
  multiChild: boolean,
): FileChild[] =>
  entries === undefined
    ? []
    : [
        heading(2, 'Escalation log'),
        ...(entries.length === 0
          ? [textPara('No escalations were recorded in the period, and none is waiting for an outcome.')]
          : [
              textPara(
                `${escalationSummary(entries)} Escalated in the period these minutes cover, or earlier and still without an outcome.`,
                {},
                { keepNext: true },
              ),
              escalationTable(entries, multiChild),
            ]),
      ];
