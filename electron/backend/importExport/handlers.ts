import type { Handlers } from '../handler';
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

  // Exports read in one transaction, so the file and its audit row describe the same moment.
  'importExport.export903': (p, ctx) => ctx.db.transaction(() => export903(ctx, resolvePeriod(p)))(),

  'importExport.exportHomeward': (p, ctx) =>
    ctx.db.transaction(() => exportHomeward(ctx, resolvePeriod(p)))(),

  'importExport.exportAnnexA': (p, ctx) =>
    ctx.db.transaction(() => {
      // Annex A counts "in the last 12 months": by default the 12 months to today, or to the given To.
      const to = p.to ?? londonToday(ctx.now());
      return exportAnnexA(ctx, closedPeriod(p.from ?? twelveMonthsEnding(to).from, to));
    })(),
};
