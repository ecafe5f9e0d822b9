import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../backend/backend';
import { insertDemo } from '../backend/demo/insert';
import { benchChronology } from './bench/chronology';
import { benchDashboard } from './bench/dashboard';
import { benchMinutesDocx } from './bench/docx';
import { benchDue } from './bench/due';
import { benchImport100k } from './bench/import';
import type { Measure } from './bench/measure';

// `npm run bench`: a synthetic 20,000-child / 100,000-episode database, then one JSON line per measure.
// Figures, not assertions: a slow machine prints slow numbers rather than failing a test.
const NOW = new Date('2026-11-20T10:00:00.000Z');
const dir = mkdtempSync(join(tmpdir(), 'homeward-bench-'));
const backend = createBackend({ dataDir: dir, now: () => NOW });
const print = (m: Measure | Record<string, unknown>) => console.log(JSON.stringify(m));

try {
  const start = performance.now();
  const counts = insertDemo(backend.context, { children: 20_000, episodes: 100_000 });
  print({ name: 'build synthetic database', ms: Math.round(performance.now() - start), ...counts });
  for (const m of await benchChronology(backend, 'demo-child-00001')) print(m);
  print(await benchDue(backend));
  for (const m of await benchDashboard(backend)) print(m);
  print(await benchMinutesDocx());
  print(await benchImport100k());
} finally {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
}
