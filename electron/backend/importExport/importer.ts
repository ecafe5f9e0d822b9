import type { ImportFormat, ImportReport, RejectedRow } from '../../../shared/api/importExport';
import type { ChildInput } from '../../../shared/domain/child';
import type { EpisodeInput } from '../../../shared/domain/episode';
import { auditMany } from '../audit/audit';
import { insertChildren } from '../children/queries';
import type { BackendContext } from '../context';
import { withLargeWriteCache } from '../db/dialect';
import { insertEpisodes } from '../episodes/queries';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { readSetting } from '../settings/settings';
import { parseCsv, type CsvRecord } from './csv';
import { CellReader } from './fieldReaders';
import { detectFormat } from './formats';
import { LondonDays } from './londonDays';
import { reader903 } from './parse903';
import { readerHomeward } from './parseHomeward';
import type { RowParse, RowReader } from './rows';
import { readHeldChildren } from './held';
import { ImportState } from './validate';

export interface ImportRequest {
  /** For the caller's own messages: never stored or audited, since a file name may name a child. */
  fileName: string;
  content: string;
  authority?: string | undefined;
}

/** Settings key of the authority's own name, used as the placing authority of children an import creates. */
export const AUTHORITY_SETTING = 'placingAuthority';
export const AUTHORITY_NOT_RECORDED = 'Not recorded';

const refused = (format: ImportFormat, line: number, field: string, message: string): ImportReport => ({
  format,
  rowsRead: 0,
  imported: 0,
  alreadyPresent: 0,
  childrenCreated: 0,
  rowsRejected: 0,
  rejected: [{ line, field, message }],
});

/**
 * Imports a CSV file of missing episodes. Every row goes through the checks the forms use, against the database
 * and against the file's earlier rows; rows that fail are listed with their line and reason and the rest are
 * imported. A file whose header or quoting is wrong is refused whole.
 */
export async function importCsv(ctx: BackendContext, request: ImportRequest): Promise<ImportReport> {
  const csv = parseCsv(request.content);
  const [header, ...records] = csv.records;
  if (!header) {
    return csv.error
      ? refused('unrecognised', csv.error.line, '(file)', `${csv.error.message} No rows were imported.`)
      : refused(
          'unrecognised',
          1,
          '(header)',
          'The file is empty: expected a header row naming the columns.',
        );
  }
  const detected = detectFormat(header.fields);
  if (!detected.ok) return refused(detected.format, header.line, '(header)', detected.message);
  if (csv.error)
    return refused(detected.format, csv.error.line, '(file)', `${csv.error.message} No rows were imported.`);

  const authority =
    request.authority ?? (await readSetting(ctx.db, AUTHORITY_SETTING)) ?? AUTHORITY_NOT_RECORDED;
  const cells = new CellReader(new LondonDays());
  const reader =
    detected.format === '903'
      ? reader903(detected.position, detected.width, cells, authority)
      : readerHomeward(detected.position, detected.width, cells, authority);

  // One transaction: every row is checked against what it reads, and an unexpected error rolls back every row.
  // SQLite gets a larger page cache for the length of it (the 100,000-row file).
  return withLargeWriteCache(ctx, () =>
    mutation(ctx, (tx) => importRows(tx, detected.format, reader, records)),
  );
}

/** Per child the file touched: whether it created the child, and how many episodes it added. */
type Touched = Map<string, { created: boolean; episodes: number }>;

async function importRows(
  tx: BackendContext & { changed: (table: string) => void },
  format: Exclude<ImportFormat, 'unrecognised'>,
  reader: RowReader,
  records: readonly CsvRecord[],
): Promise<ImportReport> {
  const at = tx.now().toISOString();
  // Every row is read first, so the children it names are fetched in a few batched queries, not one per row.
  const parsed: RowParse[] = records.map((record) => reader.read(record));
  const state = new ImportState(
    await readHeldChildren(
      tx,
      parsed.flatMap((p) => (p.ok ? [p.row.caseReference] : [])),
    ),
    at,
  );
  const rejected: RejectedRow[] = [];
  const touched: Touched = new Map();
  const newChildren: Array<{ id: string; child: ChildInput }> = [];
  const newEpisodes: Array<{ id: string; episode: EpisodeInput }> = [];
  let alreadyPresent = 0;
  let rowsRejected = 0;

  records.forEach((record, i) => {
    const row = parsed[i]!;
    const decision = row.ok
      ? state.decide(row.row, reader)
      : { kind: 'rejected' as const, issues: row.issues };
    if (decision.kind === 'rejected') {
      rowsRejected++;
      for (const issue of decision.issues) rejected.push({ line: record.line, ...issue });
    } else if (decision.kind === 'duplicate') {
      alreadyPresent++;
    } else {
      const { child, caseReference, episode } = decision;
      const counts = touched.get(child.id) ?? { created: child.create !== null, episodes: 0 };
      touched.set(child.id, counts);
      if (child.create) newChildren.push({ id: child.id, child: child.create });
      child.create = null;
      const episodeId = newId();
      newEpisodes.push({ id: episodeId, episode });
      state.accept(child, caseReference, episodeId, episode);
      counts.episodes++;
    }
  });

  // Multi-row INSERTs through the children and episodes queries, children first (episodes refer to them).
  await insertChildren(tx.db, newChildren, at);
  await insertEpisodes(tx.db, newEpisodes, at);
  if (newChildren.length) tx.changed('children');
  if (newEpisodes.length) tx.changed('episodes');

  const report: ImportReport = {
    format,
    rowsRead: records.length,
    imported: [...touched.values()].reduce((n, c) => n + c.episodes, 0),
    alreadyPresent,
    childrenCreated: [...touched.values()].filter((c) => c.created).length,
    rowsRejected,
    rejected,
  };
  await auditImport(tx, report, touched);
  return report;
}

/**
 * One audit row per child the file changed (not one per episode: 100,000 more rows would add seconds), then one
 * for the file. Details hold the format and counts only, never the file name, which may name a child. An import
 * that changed nothing leaves no trace, as a refused save does.
 */
async function auditImport(ctx: BackendContext, report: ImportReport, touched: Touched): Promise<void> {
  if (report.imported === 0) return;
  const { format, rowsRead, imported, alreadyPresent, childrenCreated, rowsRejected } = report;
  await auditMany(ctx, [
    ...[...touched].map(([childId, { created, episodes }]) => ({
      action: 'import' as const,
      entity: 'child',
      entityId: childId,
      childId,
      detail: `format=${report.format} created=${created ? 'yes' : 'no'} episodes=${episodes}`,
    })),
    {
      action: 'import' as const,
      entity: 'file',
      entityId: newId(),
      childId: null,
      detail: Object.entries({ format, rowsRead, imported, alreadyPresent, childrenCreated, rowsRejected })
        .map(([k, v]) => `${k}=${v}`)
        .join(' '),
    },
  ]);
}
