import type { Handlers } from '../handler';
import { mutation } from '../mutation';
import { export903 } from './export903';
import { exportAnnexA } from './exportAnnexA';
import { exportHomeward } from './exportHomeward';
import { importCsv } from './importer';
import { closedPeriod, londonToday, resolvePeriod, twelveMonthsEnding } from './period';

/** Import and export for data teams: the CLI and Settings call the same methods. */
export const importExportHandlers: Handlers<
  | 'importExport.import'
  | 'importExport.export903'
  | 'importExport.exportAnnexA'
  | 'importExport.exportHomeward'
> = {
  'importExport.import': (request, ctx) => importCsv(ctx, request),

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
