import {
  MAX_REJECTIONS_LISTED,
  type ImportFormat,
  type ImportReport,
  type RejectedRow,
} from '../../../shared/api/importExport';
import type { ChildInput } from '../../../shared/domain/child';
import type { EpisodeInput } from '../../../shared/domain/episode';
import { auditMany } from '../audit/audit';
import type { EpisodeFacts } from '../../../shared/protocol/types';
import { childAsWritten, insertChildren } from '../children/queries';
import type { BackendContext } from '../context';
import { withIndexesRebuilt } from '../db/bulkIndexes';
import { bulkWritten, withLargeWriteCache } from '../db/dialect';
import { episodeFactsAsWritten, insertEpisodes } from '../episodes/queries';
import { newId } from '../ids';
import { mutation, type MutationContext } from '../mutation';
import { readSetting } from '../settings/settings';
import { CsvRecordStream, type CsvParse, type CsvRecord } from './csv';
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
  rejectedNotListed: 0,
});

/** What an import started as a job (importExport/jobs.ts) is told as it goes, and asked whether to stop. */
export interface ImportWatch {
  progress: (p: {
    phase: 'checking' | 'saving';
    rowsRead: number;
    accepted: number;
    rejected: number;
  }) => void;
  cancelled: () => boolean;
}

/** Thrown inside the import's transaction when it was asked to stop, so the transaction rolls back whole. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was imported.');
  }
}

/** A turn of the event loop: a watched import lets the calls that follow it (progress, cancel) be answered. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

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
export async function importCsv(
  ctx: BackendContext,
  request: ImportRequest,
  watch?: ImportWatch,
): Promise<ImportReport> {
  // Rows are read as they are imported, a chunk at a time: a large file is never held as rows as well as text.
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

  const authority =
    request.authority ?? (await readSetting(ctx.db, AUTHORITY_SETTING)) ?? AUTHORITY_NOT_RECORDED;
  const cells = new CellReader(new LondonDays());
  const reader =
    detected.format === '903'
      ? reader903(detected.position, detected.width, cells, authority)
      : readerHomeward(detected.position, detected.width, cells, authority);

  // One transaction: every row is checked against what it reads, and an unexpected error rolls back every row.
  // SQLite gets a larger page cache for the length of it (the 100,000-row file).
  try {
    const report = await withLargeWriteCache(ctx, () =>
      mutation(ctx, (tx) => importRows(tx, detected.format, reader, records, watch)),
    );
    await bulkWritten(ctx, report.imported + report.childrenCreated);
    return report;
  } catch (error) {
    if (!(error instanceof UnclosedQuote)) throw error;
    return refused(detected.format, error.at.line, '(file)', `${error.message} No rows were imported.`);
  }
}

/** Rows parsed before the children they name are read in one go: bounded memory, few queries. */
const CHUNK_ROWS = 5_000;

/** Per child the file touched: whether it created the child, and how many episodes it added. */
type Touched = Map<string, { created: boolean; episodes: number }>;

async function importRows(
  tx: MutationContext,
  format: Exclude<ImportFormat, 'unrecognised'>,
  reader: RowReader,
  records: CsvRecordStream,
  watch: ImportWatch | undefined,
): Promise<ImportReport> {
  const at = tx.now().toISOString();
  const state = new ImportState(new Map(), at);
  const rejected: RejectedRow[] = [];
  const touched: Touched = new Map();
  const newChildren: Array<{ id: string; child: ChildInput }> = [];
  const newEpisodes: Array<{ id: string; episode: EpisodeInput }> = [];
  let alreadyPresent = 0;
  let rowsRejected = 0;
  let rowsRead = 0;
  // A file of millions of bad rows listed every reason (3.3 million in one answer); the first ones are enough.
  let rejectedNotListed = 0;

  // A chunk of rows is parsed, then the children it names are fetched in a few batched queries (not one per row),
  // then its rows are decided in file order against the database and the file's earlier rows.
  for (;;) {
    const chunk: Array<{ record: CsvRecord; parsed: RowParse }> = [];
    for (let record = records.next(); record; record = chunk.length < CHUNK_ROWS ? records.next() : null) {
      chunk.push({ record, parsed: reader.read(record) });
    }
    if (chunk.length === 0) break;
    state.addHeld(
      await readHeldChildren(
        tx,
        chunk.flatMap(({ parsed }) =>
          parsed.ok && !state.knows(parsed.row.caseReference) ? [parsed.row.caseReference] : [],
        ),
      ),
    );
    for (const { record, parsed } of chunk) {
      rowsRead++;
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
        if (child.create) newChildren.push({ id: child.id, child: child.create });
        child.create = null;
        const episodeId = state.nextId();
        newEpisodes.push({ id: episodeId, episode });
        state.accept(child, caseReference, episodeId, episode);
        counts.episodes++;
      }
    }
    if (watch) {
      const accepted = newEpisodes.length;
      watch.progress({ phase: 'checking', rowsRead, accepted, rejected: rowsRejected });
      await nextTurn();
      if (watch.cancelled()) throw new ImportCancelled();
    }
  }
  watch?.progress({ phase: 'saving', rowsRead, accepted: newEpisodes.length, rejected: rowsRejected });

  // Multi-row INSERTs through the children and episodes queries, children first (episodes refer to them). A file
  // that at least doubles the episodes has their plain indexes built afterwards, by one sort each (bulkIndexes.ts).
  await insertChildren(tx.db, newChildren, at);
  await withIndexesRebuilt(tx, 'episodes', newEpisodes.length, () => insertEpisodes(tx.db, newEpisodes, at));
  if (newChildren.length) tx.changed('children');
  if (newEpisodes.length) tx.changed('episodes');

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
  await auditImport(tx, report, touched);
  tellCreated(tx, newChildren, newEpisodes, at);
  // The last chance to stop: what was saved is still uncommitted, and the throw rolls it back.
  if (watch) {
    await nextTurn();
    if (watch.cancelled()) throw new ImportCancelled();
  }
  return report;
}

/**
 * The children the file created are evaluated from what the import made of them, nothing read back: nothing but
 * their episodes can name them yet (mutation.ts childCreated).
 */
function tellCreated(
  tx: MutationContext,
  children: ReadonlyArray<{ id: string; child: ChildInput }>,
  episodes: ReadonlyArray<{ id: string; episode: EpisodeInput }>,
  at: string,
): void {
  const made = new Map(
    children.map(({ id, child }) => [
      id,
      { child: childAsWritten(id, child, at), episodes: [] as EpisodeFacts[] },
    ]),
  );
  for (const { id, episode } of episodes)
    made.get(episode.childId)?.episodes.push(episodeFactsAsWritten(id, episode));
  // In reported order, as the engine's read orders them (stored instants are UTC text, so text order is time order).
  const byReported = (a: EpisodeFacts, b: EpisodeFacts) =>
    a.reportedAt < b.reportedAt ? -1 : a.reportedAt > b.reportedAt ? 1 : 0;
  for (const created of made.values()) {
    created.episodes.sort(byReported);
    tx.childCreated(created);
  }
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
