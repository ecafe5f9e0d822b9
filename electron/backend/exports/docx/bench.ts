import { performance } from 'node:perf_hooks';
import { buildMinutesDocx } from './minutes';
import { largeMinutes } from './sampleModels';

const RUNS = 20;
const TARGET_MS = 500;

const percentile = (sorted: readonly number[], p: number): number => {
  // Nearest-rank: with 20 runs p95 is the 19th, so one slow outlier (a GC pause) does not decide it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
};

/**
 * Builds the large minutes (15 agenda items, ~5,000 words, 100 actions) 20 times, after one unmeasured warm-up build
 * so module loading and JIT warm-up are not counted against the document.
 */
export const benchMinutesDocx = async (): Promise<{
  name: string;
  p50_ms: number;
  p95_ms: number;
  target_ms: number;
}> => {
  await buildMinutesDocx(largeMinutes);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await buildMinutesDocx(largeMinutes);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    name: 'docx: large minutes (15 items, ~5,000 words, 100 actions)',
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    target_ms: TARGET_MS,
  };
};
