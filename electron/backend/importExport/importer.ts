import {
  MAX_REJECTIONS_LISTED,
  type ImportFormat,
  type ImportReport,
  type RejectedRow,
} from '../../../shared/api/importExport';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { newId } from '../ids';
import { readSetting } from '../settings/settings';
import { CsvRecordStream, type CsvParse } from './csv';
import { CellReader } from './fieldReaders';
import { detectFormat } from './formats';
import { LondonDays } from './londonDays';
import { reader903 } from './parse903';
import { readerHomeward } from './parseHomeward';
import type { RowReader } from './rows';
import { prepareImportStatements } from './statements';
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

/** Negative cache_size is in KiB: 64 MB. */
const IMPORT_CACHE_KIB = -65_536;

const refused = (format: ImportFormat, line: number, field: string, message: string): ImportReport => ({
  format,
  rowsRead: 0,
  imported: 0,
  alreadyPresent: 0,
  childrenCreated: 0,
  rowsRejected: 0,
  rejected: [{ line, field, message }],
  rejectedNotListed: 0,
});

/** A quoted value never closed: thrown once the rows before it were read, so what they added is rolled back. */
class UnclosedQuote extends Error {
  constructor(readonly at: NonNullable<CsvParse['error']>) {
    super(at.message);
  }
}

/**
 * Imports a CSV file of missing episodes. Every row goes through the checks the forms use, against the database
 * and against the file's earlier rows; rows that fail are listed with their line and reason and the rest are
 * imported. A file whose header or quoting is wrong is refused whole.
 */
export function importCsv(ctx: BackendContext, request: ImportRequest): ImportReport {
  // Rows are read one at a time as they are imported: a large file is never held as rows as well as text.
  const records = new CsvRecordStream(request.content);
  const header = records.next();
  if (!header) {
    return records.error
      ? refused(
          'unrecognised',
          records.error.line,
          '(file)',
          `${records.error.message} No rows were imported.`,
        )
      : refused(
          'unrecognised',
          1,
          '(header)',
          'The file is empty: expected a header row naming the columns.',
        );
  }
  const detected = detectFormat(header.fields);
  if (!detected.ok) return refused(detected.format, header.line, '(header)', detected.message);

  const authority = request.authority ?? readSetting(ctx.db, AUTHORITY_SETTING) ?? AUTHORITY_NOT_RECORDED;
  const cells = new CellReader(new LondonDays());
  const reader =
    detected.format === '903'
      ? reader903(detected.position, detected.width, cells, authority)
      : readerHomeward(detected.position, detected.width, cells, authority);

  // SQLite's default page cache (2 MB) is too small for 100,000 random-keyed inserts into four indexes; a larger
  // one for the length of the import saves seconds. The connection's own setting is put back afterwards.
  const cacheSize = ctx.db.pragma('cache_size', { simple: true }) as number;
  ctx.db.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  try {
    // IMMEDIATE: no other writer (the app, while the CLI runs) can add an episode between a row's checks and its
    // insert, and an unexpected error rolls back every row.
    return ctx.db.transaction(() => importRows(ctx, detected.format, reader, records)).immediate();
  } catch (error) {
    if (!(error instanceof UnclosedQuote)) throw error;
    return refused(detected.format, error.at.line, '(file)', `${error.message} No rows were imported.`);
  } finally {
    ctx.db.pragma(`cache_size = ${cacheSize}`);
  }
}

/** Per child the file touched: whether it created the child, and how many episodes it added. */
type Touched = Map<string, { created: boolean; episodes: number }>;

function importRows(
  ctx: BackendContext,
  format: Exclude<ImportFormat, 'unrecognised'>,
  reader: RowReader,
  records: CsvRecordStream,
): ImportReport {
  const at = ctx.now().toISOString();
  const statements = prepareImportStatements(ctx.db);
  const state = new ImportState(statements, at);
  const rejected: RejectedRow[] = [];
  const touched: Touched = new Map();
  let alreadyPresent = 0;
  let rowsRejected = 0;
  let rowsRead = 0;
  // A file of millions of bad rows listed every reason (3.3 million in one answer); the first ones are enough.
  let rejectedNotListed = 0;

  for (const record of records) {
    rowsRead++;
    const parsed = reader.read(record);
    const decision = parsed.ok
      ? state.decide(parsed.row, reader)
      : { kind: 'rejected' as const, issues: parsed.issues };
    if (decision.kind === 'rejected') {
      rowsRejected++;
      for (const issue of decision.issues) {
        if (rejected.length < MAX_REJECTIONS_LISTED) rejected.push({ line: record.line, ...issue });
        else rejectedNotListed++;
      }
    } else if (decision.kind === 'duplicate') {
      alreadyPresent++;
    } else {
      const { child, caseReference, episode } = decision;
      const counts = touched.get(child.id) ?? { created: child.create !== null, episodes: 0 };
      touched.set(child.id, counts);
      if (child.create) statements.insertChild(child.id, child.create, at);
      child.create = null;
      const episodeId = newId();
      statements.insertEpisode(episodeId, episode, at);
      state.accept(child, caseReference, episodeId, episode);
      counts.episodes++;
    }
  }

  if (records.error) throw new UnclosedQuote(records.error);

  const report: ImportReport = {
    format,
    rowsRead,
    imported: [...touched.values()].reduce((n, c) => n + c.episodes, 0),
    alreadyPresent,
    childrenCreated: [...touched.values()].filter((c) => c.created).length,
    rowsRejected,
    rejected,
    rejectedNotListed,
  };
  auditImport(ctx, report, touched);
  return report;
}

/**
 * One audit row per child the file changed (not one per episode: 100,000 more rows would add seconds), then one
 * for the file. Details hold the format and counts only, never the file name, which may name a child. An import
 * that changed nothing leaves no trace, as a refused save does.
 */
function auditImport(ctx: BackendContext, report: ImportReport, touched: Touched): void {
  if (report.imported === 0) return;
  // The user and time are the same for every row; looking the user up per row (a settings query and an OS call)
  // would cost seconds.
  const user = ctx.user();
  const now = ctx.now();
  const fixed: BackendContext = { ...ctx, user: () => user, now: () => now };
  for (const [childId, { created, episodes }] of touched) {
    const detail = `format=${report.format} created=${created ? 'yes' : 'no'} episodes=${episodes}`;
    audit(fixed, 'import', 'child', childId, childId, detail);
  }
  const { format, rowsRead, imported, alreadyPresent, childrenCreated, rowsRejected } = report;
  audit(
    fixed,
    'import',
    'file',
    newId(),
    null,
    Object.entries({ format, rowsRead, imported, alreadyPresent, childrenCreated, rowsRejected })
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
  );
}
