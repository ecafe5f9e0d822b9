import { performance } from 'node:perf_hooks';
import type { ImportReport } from '../../../shared/api/importExport';
import type { BenchEngine } from './engines';
import { measureTimed, type Measure } from './measure';

const RUNS = 3;
const TARGET_MS = 5_000;
const ROWS = 100_000;
const EPISODES_PER_CHILD = 5;
const NOW = '2026-11-20T10:00:00.000Z';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const ukDay = (d: Date): string => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
const DAY = 86_400_000;

/**
 * A synthetic 903 Missing table: 20,000 children (TEST-000001...) with 5 episodes each, 60 days apart so that none
 * overlap, every fifth one away from placement, a few still open at the end. Deterministic.
 */
export function build903(rows = ROWS): string {
  const lines = ['CHILD,DOB,MISSING,MIS_START,MIS_END'];
  const base = Date.UTC(2021, 0, 4);
  for (let i = 0; i < rows; i++) {
    const child = Math.floor(i / EPISODES_PER_CHILD);
    const k = i % EPISODES_PER_CHILD;
    const dob = new Date(Date.UTC(2008 + (child % 5), child % 12, 1 + (child % 28)));
    const start = base + (k * 60 + (child % 50)) * DAY;
    const open = k === EPISODES_PER_CHILD - 1 && child % 10 === 0;
    const end = open ? '' : ukDay(new Date(start + (child % 3) * DAY));
    lines.push(
      `TEST-${pad(child + 1, 6)},${ukDay(dob)},${i % 5 === 4 ? 'A' : 'M'},${ukDay(new Date(start))},${end}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Imports a `rows`-row 903 file into a fresh database of the engine; each timed run is the whole API call. */
export function benchImport(engine: BenchEngine, rows = ROWS): Promise<Measure> {
  const content = build903(rows);
  return measureTimed(
    `import a 903 Missing table: ${rows.toLocaleString('en-GB')} rows, ${(rows / EPISODES_PER_CHILD).toLocaleString('en-GB')} new children`,
    TARGET_MS,
    async () => {
      const db = await engine.fresh(new Date(NOW));
      try {
        const start = performance.now();
        const result = await db.backend.call('importExport.import', { fileName: 'bench.csv', content });
        const ms = performance.now() - start;
        const report = result.ok ? (result.value as ImportReport) : null;
        if (!report || report.imported !== rows)
          throw new Error('the benchmark import did not import every row');
        return ms;
      } finally {
        await db.dispose();
      }
    },
    { runs: RUNS, warmup: 0 },
  );
}
