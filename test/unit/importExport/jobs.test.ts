import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { build903 } from '../../../electron/bin/bench/import';
import type { ImportProgress } from '../../../shared/api/importExport';
import { freshBackend, must } from '../support/backend';
import { countRows } from '../support/db';
import { file903, snapshot } from './support';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Polls the job a turn at a time until `stop` says so (or it ends), keeping every answer seen. */
async function follow(
  b: Backend,
  jobId: string,
  stop: (p: ImportProgress) => boolean = () => false,
): Promise<ImportProgress[]> {
  const seen: ImportProgress[] = [];
  for (;;) {
    const p = await must(b, 'importExport.importProgress', { jobId });
    seen.push(p);
    if (p.status !== 'running' || stop(p)) return seen;
    await nextTurn();
  }
}

describe('an import started as a job reports its progress and can be cancelled', () => {
  it('counts rows read, accepted and rejected as it goes, and ends with the same report as a plain import', async () => {
    const b = await freshBackend();
    // 12,000 good rows (three chunks of 5,000 and a part), then two rows no form would accept.
    const good = build903(12_000).trimEnd().split('\r\n').slice(1);
    const content = file903(
      ...good,
      'TEST-BAD1,31/02/2010,M,01/03/2024,',
      'TEST-BAD2,01/01/2010,X,01/03/2024,',
    );
    const { jobId } = await must(b, 'importExport.startImport', { fileName: 'big.csv', content });
    const seen = await follow(b, jobId);
    const last = seen.at(-1)!;
    expect(last.status, last.error ?? '').toBe('done');
    expect(last.report).toMatchObject({ rowsRead: 12_002, imported: 12_000, rowsRejected: 2 });
    expect([last.rowsRead, last.rowsTotal, last.accepted, last.rejected]).toEqual([
      12_002, 12_002, 12_000, 2,
    ]);
    // While it ran: the rows read only grew, a chunk at a time, and every row read was accepted or refused.
    const running = seen.filter((p) => p.status === 'running');
    expect(running[0]).toMatchObject({ rowsRead: 0, rowsTotal: 12_002, phase: 'checking' });
    const reads = running.map((p) => p.rowsRead);
    expect(reads).toEqual([...reads].sort((x, y) => x - y));
    expect(reads.some((n) => n > 0 && n < 12_002)).toBe(true);
    for (const p of running) {
      expect(p.rowsRead % 5_000 === 0 || p.rowsRead === 12_002).toBe(true);
      expect(p.accepted + p.rejected).toBe(p.rowsRead);
    }
    // Nothing but the summary is left for the job to have done: the same rows as a plain import saves.
    expect(await countRows(b, 'children')).toBe(last.report!.childrenCreated);
    expect(await countRows(b, 'episodes')).toBe(12_000);
    await b.close();
  }, 120_000);

  it('cancelled part way, leaves the database as it was: nothing of the file, no audit row', async () => {
    const b = await freshBackend();
    const before = await snapshot(b);
    const { jobId } = await must(b, 'importExport.startImport', {
      fileName: 'big.csv',
      content: build903(20_000),
    });
    const seen = await follow(b, jobId, (p) => p.rowsRead >= 5_000);
    expect(seen.at(-1)).toMatchObject({ status: 'running', rowsRead: 5_000, accepted: 5_000 });
    const asked = await must(b, 'importExport.cancelImport', { jobId });
    expect(asked.status).toBe('running');
    const end = (await follow(b, jobId)).at(-1)!;
    expect(end).toMatchObject({ status: 'cancelled', report: null, error: null });
    expect(await snapshot(b)).toEqual(before);
    // A cancel after the end changes nothing.
    expect((await must(b, 'importExport.cancelImport', { jobId })).status).toBe('cancelled');
    await b.close();
  }, 120_000);

  it('cancelled while saving (after every row was checked), still rolls back whole', async () => {
    const b = await freshBackend();
    const before = await snapshot(b);
    const { jobId } = await must(b, 'importExport.startImport', {
      fileName: 'small.csv',
      content: build903(3_000),
    });
    const seen = await follow(b, jobId, (p) => p.phase === 'saving');
    expect(seen.at(-1)).toMatchObject({ status: 'running', phase: 'saving', rowsRead: 3_000 });
    await must(b, 'importExport.cancelImport', { jobId });
    expect((await follow(b, jobId)).at(-1)!.status).toBe('cancelled');
    expect(await snapshot(b)).toEqual(before);
    await b.close();
  }, 120_000);

  it('a job is only its own account’s: another account, or an id never given, is not found', async () => {
    const b = await freshBackend();
    const { jobId } = await must(b, 'importExport.startImport', {
      fileName: 'one.csv',
      content: file903('TEST-1,01/01/2010,M,01/03/2024,02/03/2024'),
    });
    const other = await b.call('importExport.cancelImport', { jobId }, { account: 'someone-else' });
    expect(other.ok || other.error.code).toBe('not-found');
    const never = await b.call('importExport.importProgress', { jobId: 'no-such-job' });
    expect(never.ok || never.error.code).toBe('not-found');
    const end = (await follow(b, jobId)).at(-1)!;
    expect(end.status).toBe('done');
    expect(end.report?.imported).toBe(1);
    await b.close();
  });
});
