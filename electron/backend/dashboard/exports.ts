import type { FileToSave } from '../../../shared/api';
import type { ExportedCsv } from '../../../shared/api/importExport';
import { safeFileName } from '../../../shared/api/text';
import type { MonthDashboard } from '../../../shared/api/dashboard';
import type { DashboardDocument } from '../../../shared/exports/dashboard';
import type { DocumentIssuer } from '../../../shared/exports/documents';
import { auditShown, childrenShownIn } from '../audit/views';
import type { BackendContext } from '../context';
import { buildDashboardDocx } from '../exports/docx';
import { formatDateTime, formatDayOfInstant } from '../exports/docx/format';
import { docxFile } from '../exports/handlers';
import { issuerFor } from '../exports/issuer';
import { readLetterhead } from '../exports/letterhead';
import { toCsv } from '../importExport/csv';
import { PROTECTIVE_MARKING } from '../exports/docx';
import { mutation } from '../mutation';
import { dashboardSummary } from './summary';
import { dashboardTables } from './tables';

/**
 * The dashboard covers every child the service holds, so no child's authority can stand in for an organisation that
 * Settings does not name: the service's name alone is printed then, once.
 */
async function dashboardIssuer(ctx: BackendContext): Promise<DocumentIssuer> {
  const issuer = await issuerFor(ctx, 'Children’s Services');
  return issuer.service === issuer.organisation ? { ...issuer, service: null } : issuer;
}

const lastDay = (d: MonthDashboard) => new Date(new Date(d.end).getTime() - 1).toISOString();

export async function toDashboardDocument(
  ctx: BackendContext,
  d: MonthDashboard,
): Promise<DashboardDocument> {
  return {
    issuer: await dashboardIssuer(ctx),
    monthLabel: d.label,
    period: `Episodes from ${formatDayOfInstant(d.start)} to ${formatDayOfInstant(lastDay(d))}, UK time`,
    producedAt: d.asOf,
    partialNote: d.partial ? `The month is not over: figures run to ${formatDateTime(d.asOf)}.` : null,
    summary: dashboardSummary(d),
    tables: dashboardTables(d),
    definitions: d.definitions,
  };
}

/** The Word document for the Monthly Missing Meeting's papers; the export is audited (no child is named in it). */
export async function dashboardDocx(ctx: BackendContext, d: MonthDashboard): Promise<FileToSave> {
  const letterhead = await readLetterhead(ctx);
  const bytes = await buildDashboardDocx(await toDashboardDocument(ctx, d), letterhead ? { letterhead } : {});
  await mutation(ctx, async (tx) =>
    auditShown(tx, 'export', 'dashboard', d.month, await childrenShownIn(tx.db, d), 'docx'),
  );
  return docxFile(ctx, `Missing dashboard ${d.month}`, bytes);
}

/**
 * One CSV file, a section per table: the section's title on a line of its own, its header row, its rows, then a
 * blank line. The marking comes first, as on every page of the Word document.
 */
export async function dashboardCsv(ctx: BackendContext, d: MonthDashboard): Promise<ExportedCsv> {
  const doc = await toDashboardDocument(ctx, d);
  const rows: string[][] = [[PROTECTIVE_MARKING], [`Missing dashboard: ${d.label}`], [doc.period]];
  if (doc.partialNote) rows.push([doc.partialNote]);
  rows.push([]);
  let dataRows = 0;
  for (const t of doc.tables) {
    rows.push(
      [t.title],
      t.columns.map((c) => c.header),
      ...t.rows,
      [],
    );
    dataRows += t.rows.length;
  }
  rows.push(
    ['What the figures count'],
    ['Figure', 'What it counts'],
    ...doc.definitions.map((x) => [x.term, x.definition]),
  );
  const fileName = safeFileName(`missing-dashboard-${d.month}.csv`);
  await mutation(ctx, async (tx) =>
    auditShown(tx, 'export', 'dashboard', d.month, await childrenShownIn(tx.db, d), `csv rows=${dataRows}`),
  );
  return {
    fileName,
    mimeType: 'text/csv',
    // A byte order mark, so Excel reads the file as UTF-8 and shows the dashes and apostrophes as written.
    base64: Buffer.from(`\uFEFF${toCsv(rows)}`, 'utf8').toString('base64'),
    rows: dataRows,
    note: null,
  };
}
