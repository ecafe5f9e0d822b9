import { performance } from 'node:perf_hooks';

export interface Measure {
  name: string;
  p50_ms: number;
  p95_ms: number;
  target_ms: number;
  runs: number;
  [extra: string]: string | number;
}

interface Options {
  runs?: number;
  warmup?: number;
  extra?: Record<string, string | number>;
}

// Nearest rank: with 20 runs p95 is the 19th, so one GC pause does not decide it.
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Runs `timedRun` a few times to warm up, then `runs` times, and reports p50 and p95 in milliseconds. `timedRun`
 * returns the milliseconds it measured itself, so setup such as a fresh database is not counted.
 */
export async function measureTimed(
  name: string,
  targetMs: number,
  timedRun: () => Promise<number>,
  options: Options = {},
): Promise<Measure> {
  const runs = options.runs ?? 50;
  for (let i = 0; i < (options.warmup ?? 3); i++) await timedRun();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timedRun());
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

/**
 * Times the whole of `fn`, and also the CPU time this process spent in it (cpu_p50_ms, cpu_p95_ms): on a machine
 * shared with other work the wall time swings with what else runs, the CPU time much less. SQLite runs in this
 * process, so its work is counted; PostgreSQL's server is another process, so there it is only the backend's share.
 */
export async function measure(
  name: string,
  targetMs: number,
  fn: () => unknown,
  options: Options = {},
): Promise<Measure> {
  const cpu: number[] = [];
  let counted = 0;
  const warmup = options.warmup ?? 3;
  const result = await measureTimed(
    name,
    targetMs,
    async () => {
      const startCpu = process.cpuUsage();
      const start = performance.now();
      await fn();
      const wall = performance.now() - start;
      const used = process.cpuUsage(startCpu);
      // The warm-up runs are not counted, as measureTimed does not count their wall time.
      if (++counted > warmup) cpu.push((used.user + used.system) / 1000);
      return wall;
    },
    options,
  );
  cpu.sort((a, b) => a - b);
  return { ...result, cpu_p50_ms: round(percentile(cpu, 50)), cpu_p95_ms: round(percentile(cpu, 95)) };
}
