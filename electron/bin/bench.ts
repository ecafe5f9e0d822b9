import { performance } from 'node:perf_hooks';
import { insertDemo } from '../backend/demo/insert';
import { BASELINE_NAME, benchBaseline } from './bench/baseline';
import { benchChronology } from './bench/chronology';
import { benchDashboard } from './bench/dashboard';
import { benchMinutesDocx } from './bench/docx';
import { benchDue } from './bench/due';
import { postgresEngine, sqliteEngine, type BenchEngine } from './bench/engines';
import { benchImport } from './bench/import';
import type { Measure } from './bench/measure';
import { benchSaves } from './bench/save';

// `npm run bench`: on SQLite, then on PostgreSQL, a synthetic 20,000-child / 100,000-episode database and one JSON
// line per measure, each naming its engine, with a baseline line per engine (the same rows read bare through the
// driver). Figures, not assertions: a slow machine prints slow numbers rather than failing a test.
// PostgreSQL is HOMEWARD_BENCH_PG_URL's server if set, else a throw-away cluster; HOMEWARD_BENCH_ENGINES=sqlite (or
// postgres) runs one engine only; HOMEWARD_BENCH_ONLY=import runs the import measure only.
// `--scale large`: a metropolitan area over several years, 100,000 children and 1,000,000 episodes (issue 15: the
// targets hold within 2x). Every measure also prints the engine's baseline from the same run and its ratio to it,
// since absolute times differ between machines and with what else the machine is doing.
const NOW = new Date('2026-11-20T10:00:00.000Z');
const large =
  process.argv.includes('--scale') && process.argv[process.argv.indexOf('--scale') + 1] === 'large';
const SCALE = large
  ? { children: 100_000, episodes: 1_000_000, importRows: 100_000 }
  : { children: 20_000, episodes: 100_000, importRows: 100_000 };

// The demo's first child, the busiest (500 episodes): its id is padded to the count's width (demo/generate.ts).
const BUSIEST_CHILD = `demo-child-${'1'.padStart(Math.max(4, String(SCALE.children).length), '0')}`;

let baselineMs: number | null = null;
const print = (engine: string, m: Measure | Record<string, unknown>) => {
  const p95 = typeof m.p95_ms === 'number' ? m.p95_ms : null;
  const ratio =
    p95 !== null && baselineMs !== null && baselineMs > 0 && m.name !== BASELINE_NAME
      ? { baseline_p95_ms: baselineMs, ratio_to_baseline: Math.round((p95 / baselineMs) * 1000) / 1000 }
      : {};
  console.log(JSON.stringify({ engine, ...m, ...ratio }));
};

// HOMEWARD_BENCH_ONLY=import: the import measure alone (a fresh database per run), for work on the import.
const importOnly = process.env.HOMEWARD_BENCH_ONLY === 'import';

async function benchEngine(target: BenchEngine): Promise<void> {
  const { engine } = target;
  print(engine, { name: 'scale', ...SCALE });
  if (importOnly) {
    print(engine, await benchImport(target, SCALE.importRows));
    return;
  }
  const db = await target.fresh(NOW);
  try {
    const start = performance.now();
    const counts = await insertDemo(db.backend.context, {
      children: SCALE.children,
      episodes: SCALE.episodes,
    });
    print(engine, { name: 'build synthetic database', ms: Math.round(performance.now() - start), ...counts });
    const baseline = await benchBaseline(db, NOW);
    baselineMs = baseline.p95_ms;
    print(engine, baseline);
    for (const m of await benchChronology(db.backend, BUSIEST_CHILD)) print(engine, m);
    for (const m of await benchDue(db.backend)) print(engine, m);
    for (const m of await benchDashboard(db.backend)) print(engine, m);
    for (const m of await benchSaves(db.backend, BUSIEST_CHILD)) print(engine, m);
  } finally {
    await db.dispose();
  }
  // No database in it: printed per engine so each engine's lines are complete.
  print(engine, await benchMinutesDocx());
  print(engine, await benchImport(target, SCALE.importRows));
}

const only = process.env.HOMEWARD_BENCH_ENGINES?.split(',').map((e) => e.trim());
const engines: Array<[string, () => BenchEngine | Promise<BenchEngine>]> = [
  ['sqlite', sqliteEngine],
  ['postgres', postgresEngine],
];
for (const [name, make] of engines) {
  if (only && !only.includes(name)) continue;
  const target = await make();
  try {
    await benchEngine(target);
  } finally {
    await target.stop();
  }
}
