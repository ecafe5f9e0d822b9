import { performance } from 'node:perf_hooks';
import { insertDemo } from '../backend/demo/insert';
import { benchBaseline } from './bench/baseline';
import { benchChronology } from './bench/chronology';
import { benchDashboard } from './bench/dashboard';
import { benchMinutesDocx } from './bench/docx';
import { benchDue } from './bench/due';
import { postgresEngine, sqliteEngine, type BenchEngine } from './bench/engines';
import { benchImport } from './bench/import';
import type { Measure } from './bench/measure';

// `npm run bench`: on SQLite, then on PostgreSQL, a synthetic 20,000-child / 100,000-episode database and one JSON
// line per measure, each naming its engine, with a baseline line per engine (the same rows read bare through the
// driver). Figures, not assertions: a slow machine prints slow numbers rather than failing a test.
// PostgreSQL is HOMEWARD_BENCH_PG_URL's server if set, else a throw-away cluster; HOMEWARD_BENCH_ENGINES=sqlite (or
// postgres) runs one engine only.
const NOW = new Date('2026-11-20T10:00:00.000Z');
const SCALE = { children: 20_000, episodes: 100_000, importRows: 100_000 };

const print = (engine: string, m: Measure | Record<string, unknown>) =>
  console.log(JSON.stringify({ engine, ...m }));

async function benchEngine(target: BenchEngine): Promise<void> {
  const { engine } = target;
  print(engine, { name: 'scale', ...SCALE });
  const db = await target.fresh(NOW);
  try {
    const start = performance.now();
    const counts = await insertDemo(db.backend.context, {
      children: SCALE.children,
      episodes: SCALE.episodes,
    });
    print(engine, { name: 'build synthetic database', ms: Math.round(performance.now() - start), ...counts });
    print(engine, await benchBaseline(db, NOW));
    for (const m of await benchChronology(db.backend, 'demo-child-00001')) print(engine, m);
    print(engine, await benchDue(db.backend));
    for (const m of await benchDashboard(db.backend)) print(engine, m);
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
