import { performance } from 'node:perf_hooks';

export interface Measure {
  name: string;
  p50_ms: number;
  p95_ms: number;
  target_ms: number;
  runs: number;
  [extra: string]: string | number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (ms: number) => Math.round(ms * 100) / 100;

/** Runs `fn` a few times to warm up, then `runs` times, and reports p50 and p95 in milliseconds. */
export async function measure(
  name: string,
  targetMs: number,
  fn: () => unknown,
  options: { runs?: number; warmup?: number; extra?: Record<string, string | number> } = {},
): Promise<Measure> {
  const runs = options.runs ?? 50;
  for (let i = 0; i < (options.warmup ?? 3); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    target_ms: targetMs,
    runs,
    ...options.extra,
  };
}
