import type { ImportProgress } from '../../../shared/api/importExport';
import type { BackendContext } from '../context';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { ImportCancelled, importCsv, type ImportRequest, type ImportWatch } from './importer';

// Imports started with importExport.startImport (issue 15): the file is imported in the background, in its one
// transaction, while the screen polls importProgress and may call cancelImport. Polling suits both transports
// (the desktop app's worker messages and browser mode's HTTP) with nothing pushed. Jobs live in this process only:
// an import is one transaction, so a job lost with the process was rolled back with it.

interface Job {
  /** Only the account that started a job may follow or stop it. */
  account: string;
  progress: ImportProgress;
  cancelRequested: boolean;
}

const jobs = new Map<string, Job>();

/** A finished job's report is kept this long for the screen to collect, then forgotten. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

/** Lines after the header: the bar's total (a quoted value may hold a line break, so it is at least the rows). */
function linesAfterHeader(content: string): number {
  let lines = 0;
  for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) lines++;
  const lastLineOpen = content.length > 0 && !content.endsWith('\n');
  return Math.max(0, lines + (lastLineOpen ? 1 : 0) - 1);
}

const snapshot = (job: Job): ImportProgress => ({ ...job.progress });

function jobFor(ctx: BackendContext, jobId: string): Job {
  const job = jobs.get(jobId);
  if (!job || job.account !== ctx.account()) throw notFound('The import');
  return job;
}

/** Starts the import and answers its id at once; the import runs on after this call has answered. */
export function startImportJob(ctx: BackendContext, request: ImportRequest): { jobId: string } {
  const jobId = newId();
  const job: Job = {
    account: ctx.account(),
    cancelRequested: false,
    progress: {
      jobId,
      status: 'running',
      phase: 'checking',
      rowsRead: 0,
      rowsTotal: linesAfterHeader(request.content),
      accepted: 0,
      rejected: 0,
      report: null,
      error: null,
    },
  };
  jobs.set(jobId, job);
  const watch: ImportWatch = {
    progress: (p) => {
      job.progress = { ...job.progress, ...p, rowsTotal: Math.max(job.progress.rowsTotal, p.rowsRead) };
    },
    cancelled: () => job.cancelRequested,
  };
  // The request's own commit hook ends with the call; the job's commit is announced to every window instead.
  const background: BackendContext = { ...ctx, onCommit: ctx.announce };
  const finish = (end: Partial<ImportProgress>) => {
    job.progress = { ...job.progress, ...end };
    setTimeout(() => jobs.delete(jobId), KEEP_FINISHED_MS).unref();
  };
  // Started on the next turn, so this call has answered (and left any transaction) before the import begins.
  setImmediate(() => {
    importCsv(background, request, watch).then(
      (report) =>
        finish({
          status: 'done',
          rowsRead: report.rowsRead,
          rowsTotal: report.rowsRead,
          accepted: report.imported,
          rejected: report.rowsRejected,
          report,
        }),
      (error: unknown) =>
        finish(
          error instanceof ImportCancelled
            ? { status: 'cancelled', error: null }
            : {
                status: 'failed',
                error:
                  error instanceof DomainError
                    ? error.message
                    : 'The file could not be imported; nothing was imported. Try again.',
              },
        ),
    );
  });
  return { jobId };
}

export const importProgress = (ctx: BackendContext, jobId: string): ImportProgress =>
  snapshot(jobFor(ctx, jobId));

/** Asks the import to stop: it rolls back at its next check (between chunks of rows, or before it commits). */
export function cancelImportJob(ctx: BackendContext, jobId: string): ImportProgress {
  const job = jobFor(ctx, jobId);
  if (job.progress.status === 'running') job.cancelRequested = true;
  return snapshot(job);
}
