import { MAX_REJECTIONS_LISTED, type ImportReport } from '../../../shared/api/importExport';

const FORMAT_NAMES: Record<ImportReport['format'], string> = {
  '903': '903 Missing table',
  homeward: 'Homeward episodes file',
  unrecognised: 'format not recognised',
};

const count = (n: number): string => n.toLocaleString('en-GB');

/** What the CLI and Settings say when an import found more reasons to refuse rows than it lists. */
export const notListedText = (r: ImportReport): string =>
  `… and ${count(r.rejectedNotListed)} more reason${r.rejectedNotListed === 1 ? '' : 's'} not listed: only the first ${count(MAX_REJECTIONS_LISTED)} are. Correct those and import again to see the next.`;

/** The import report as the command line prints it: the counts, then one line per reason a row was refused. */
export function formatImportReport(fileName: string, r: ImportReport): string {
  const width = Math.max(
    ...[r.rowsRead, r.imported, r.alreadyPresent, r.childrenCreated, r.rowsRejected].map(
      (n) => count(n).length,
    ),
  );
  const line = (label: string, n: number) => `  ${label.padEnd(18)}${count(n).padStart(width)}`;
  const out = [
    `Import of ${fileName} (${FORMAT_NAMES[r.format]})`,
    line('rows read', r.rowsRead),
    line('imported', r.imported),
    line('already present', r.alreadyPresent),
    line('children created', r.childrenCreated),
    line('rows rejected', r.rowsRejected),
  ];
  if (r.rejected.length) {
    out.push(
      '',
      r.rowsRejected ? 'Rejected rows (nothing from them was imported):' : 'The file was refused:',
    );
    for (const x of r.rejected) out.push(`  line ${x.line}, ${x.field}: ${x.message}`);
    if (r.rejectedNotListed) out.push(`  ${notListedText(r)}`);
  }
  return `${out.join('\n')}\n`;
}
