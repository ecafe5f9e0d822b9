import type { Handlers } from '../handler';
import { mutation } from '../mutation';
import { export903 } from './export903';
import { exportAnnexA } from './exportAnnexA';
import { exportHomeward } from './exportHomeward';
import { importCsv } from './importer';
import { cancelImportJob, importProgress, startImportJob } from './jobs';
import { closedPeriod, londonToday, resolvePeriod, twelveMonthsEnding } from './period';

/** Import and export for data teams: the CLI and Settings call the same methods. */
export const importExportHandlers: Handlers<
  | 'importExport.import'
  | 'importExport.startImport'
  | 'importExport.importProgress'
  | 'importExport.cancelImport'
  | 'importExport.export903'
  | 'importExport.exportAnnexA'
  | 'importExport.exportHomeward'
> = {
  'importExport.import': (request, ctx) => importCsv(ctx, request),
  'importExport.startImport': (request, ctx) => Promise.resolve(startImportJob(ctx, request)),
  'importExport.importProgress': ({ jobId }, ctx) => Promise.resolve(importProgress(ctx, jobId)),
  'importExport.cancelImport': ({ jobId }, ctx) => Promise.resolve(cancelImportJob(ctx, jobId)),

  // Each export reads and writes its audit row in one transaction, so the file and its audit row describe the same
  // moment.
  'importExport.export903': (p, ctx) => mutation(ctx, (tx) => export903(tx, resolvePeriod(p))),

  'importExport.exportHomeward': (p, ctx) => mutation(ctx, (tx) => exportHomeward(tx, resolvePeriod(p))),

  'importExport.exportAnnexA': (p, ctx) =>
    mutation(ctx, (tx) => {
      // Annex A counts "in the last 12 months": by default the 12 months to today, or to the given To.
      const to = p.to ?? londonToday(tx.now());
      return exportAnnexA(tx, closedPeriod(p.from ?? twelveMonthsEnding(to).from, to));
    }),
};
