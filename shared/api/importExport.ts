import { z } from 'zod';
import { isoDate } from '../domain/child';
import { apiId, stripBidiControls } from './text';
import type { FileToSave } from './index';

/**
 * A CSV file is read whole into memory; 100,000 903 rows are about 5 MB and a full Homeward file of that size about
 * 30 MB. The cap keeps a wrong file (a database dump, a video) from exhausting memory.
 */
export const MAX_IMPORT_CHARACTERS = 64 * 1024 * 1024;

/** An optional reporting period, as London calendar dates, both days included. */
const period = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { error: 'must not be before From', path: ['to'] });

const importFile = z.object({
  fileName: z
    .string()
    .max(260, 'must be at most 260 characters')
    .transform((name) => stripBidiControls(name).trim())
    .pipe(z.string().min(1, 'is required')),
  content: z.string().max(MAX_IMPORT_CHARACTERS, 'is too large to import (at most 64 MB)'),
  /** Placing authority of children the file creates; default from settings, else "Not recorded". */
  authority: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters').optional(),
});

const importJob = z.object({
  jobId: apiId.max(64, 'is not an id'),
});

export const importExportSchemas = {
  /** Imports a CSV file: the SSDA903 Missing table or Homeward's own episodes file (detected from the header row). */
  'importExport.import': importFile,
  /**
   * The same import, answered at once with a job id: the file is imported in the background, in one transaction,
   * while importProgress says how far it has gone and cancelImport can stop it (issue 15). Polled rather than
   * pushed, so it works the same over the desktop app's worker messages and browser mode's HTTP.
   */
  'importExport.startImport': importFile,
  /** How far an import started with startImport has gone; its report once it has finished. */
  'importExport.importProgress': importJob,
  /** Stops an import: its one transaction is rolled back, so nothing of the file is kept. */
  'importExport.cancelImport': importJob,
  /** The SSDA903 Missing table: episodes reported in the period (every episode without one). */
  'importExport.export903': period,
  /** Ofsted Annex A List 8 missing columns, per child missing or away in the period (default: the last 12 months). */
  'importExport.exportAnnexA': period,
  /** Homeward's own episodes file, every column the import reads (a lossless copy for another Homeward). */
  'importExport.exportHomeward': period,
};

/** An import lists at most this many reasons a row was refused; the rest are counted (rejectedNotListed). */
export const MAX_REJECTIONS_LISTED = 1000;

export const IMPORT_FORMATS = ['903', 'homeward', 'unrecognised'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One reason a row (or the header, line 1) was refused. `field` is the column as the file names it. */
export interface RejectedRow {
  line: number;
  field: string;
  message: string;
}

export interface ImportReport {
  format: ImportFormat;
  /** Data rows in the file (blank lines are not rows). */
  rowsRead: number;
  imported: number;
  /** Rows whose episode (same child, category and reported at) Homeward already holds: not added again. */
  alreadyPresent: number;
  childrenCreated: number;
  /** Distinct rows refused; `rejected` may hold several reasons for one row. */
  rowsRejected: number;
  /** The first MAX_REJECTIONS_LISTED reasons, in file order. */
  rejected: RejectedRow[];
  /** Reasons found after the first MAX_REJECTIONS_LISTED, counted but not listed. */
  rejectedNotListed: number;
}

/**
 * An import job: running (checking the rows, then saving them), done (with its report), cancelled (rolled back:
 * nothing imported) or failed (rolled back, with the reason).
 */
export interface ImportProgress {
  jobId: string;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  phase: 'checking' | 'saving';
  /** Data rows read so far, of `rowsTotal` (the file's lines after the header: a blank line is not a row). */
  rowsRead: number;
  rowsTotal: number;
  /** Rows checked and to be imported (new episodes), and rows refused, so far. */
  accepted: number;
  rejected: number;
  report: ImportReport | null;
  error: string | null;
}

/** A CSV export: the file plus what a data team needs to know about it. */
export interface ExportedCsv extends FileToSave {
  /** Data rows written (the header row not counted). */
  rows: number;
  /** What the file leaves out and why, when it leaves anything out; null otherwise. */
  note: string | null;
}

export interface ImportExportOutputs {
  'importExport.import': ImportReport;
  'importExport.startImport': { jobId: string };
  'importExport.importProgress': ImportProgress;
  'importExport.cancelImport': ImportProgress;
  'importExport.export903': ExportedCsv;
  'importExport.exportAnnexA': ExportedCsv;
  'importExport.exportHomeward': ExportedCsv;
}
