import type { FileChild } from 'docx';
import type { DashboardDocument, DashboardTable } from '../../../../shared/exports/dashboard';
import { formatDateTime } from './format';
import { renderDocx, type DocxExportOptions } from './render';
import { titleBlock } from './sections';
import { dataTable } from './tables';
import { heading, para, textPara } from './text';

/** "Missing dashboard: November 2026"; names no child, as it is file metadata and on every page's footer. */
export const dashboardTitle = (model: DashboardDocument): string => `Missing dashboard: ${model.monthLabel}`;

const tableSection = (t: DashboardTable): FileChild[] => [
  heading(2, t.title),
  ...(t.intro ? [textPara(t.intro, {}, { keepNext: t.rows.length > 0 })] : []),
  ...(t.rows.length === 0
    ? [textPara(t.emptyText)]
    : [
        dataTable(
          t.columns,
          t.rows.map((cells) => [...cells]),
        ),
      ]),
];

const dashboardBody = (model: DashboardDocument, letterhead: boolean): FileChild[] => [
  ...titleBlock({
    title: dashboardTitle(model),
    lead: `For the Monthly Missing Meeting (WG 13). ${model.period}.`,
    notes: [
      `Produced ${formatDateTime(model.producedAt)}`,
      ...(model.partialNote ? [model.partialNote] : []),
    ],
    issuer: model.issuer,
    letterhead,
  }),
  heading(2, 'Summary'),
  ...model.summary.map((line) => textPara(line)),
  ...model.tables.flatMap(tableSection),
  heading(2, 'What the figures count'),
  dataTable(
    [
      { header: 'Figure', width: 30 },
      { header: 'What it counts', width: 70 },
    ],
    model.definitions.map((d) => [d.term, d.definition]),
  ),
  // Word needs a paragraph after a table that ends the document; an empty one is harmless otherwise.
  para([]),
];

/**
 * The monthly dashboard for the governance meeting's papers: a summary, then each figure as a table (not a chart
 * image, so the numbers can be read aloud by a screen reader and quoted in the minutes), then the definitions.
 */
export const buildDashboardDocx = async (
  model: DashboardDocument,
  options: DocxExportOptions = {},
): Promise<Buffer> =>
  renderDocx(
    {
      title: dashboardTitle(model),
      subject: 'Missing dashboard',
      orientation: 'portrait',
      body: ({ letterhead }) => dashboardBody(model, letterhead),
    },
    options,
  );
