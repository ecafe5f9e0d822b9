import type { ExportedCsv } from '../../../shared/api/importExport';
import { safeFileName } from '../../../shared/api/text';
import { auditShown } from '../audit/views';
import type { BackendContext } from '../context';
import { toCsv } from './csv';
import type { Period } from './period';

/**
 * Wraps an export as a file to save and writes its audit row: which file, for which period, how many rows. No
 * child is named in the detail; the file name holds only the export's kind and dates. Called inside the export's
 * mutation, so the file and its audit row describe the same moment.
 */
export async function csvFile(
  ctx: BackendContext,
  kind: string,
  period: Period,
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  note: string | null,
  /** The children the file holds: the export's audit row links to each of them. */
  childIds: Iterable<string>,
): Promise<ExportedCsv> {
  const fileName = safeFileName(`${kind}-${period.label}.csv`);
  await auditShown(
    ctx,
    'export',
    'file',
    fileName,
    childIds,
    `rows=${rows.length} from=${period.from ?? '-'} to=${period.to ?? '-'}`,
  );
  return {
    fileName,
    mimeType: 'text/csv',
    base64: Buffer.from(toCsv([header, ...rows]), 'utf8').toString('base64'),
    rows: rows.length,
    note,
  };
}
