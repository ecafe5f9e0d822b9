import Sqlite from 'better-sqlite3-multiple-ciphers';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/backend/backend';
import { KEY_FILE } from '../../../electron/backend/db/key';

// `npm run cli -- backup | restore | audit verify`, each in its own process against a throw-away data folder
// (the SQLite project only: these are the embedded database's own care).
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function cli(dataDir: string, ...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'electron/bin/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HOMEWARD_DATA_DIR: dataDir, HOMEWARD_NOW: '2026-11-20T10:00:00.000Z' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function demoFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-cli-data-'));
  dirs.push(dir);
  const run = spawnSync('npx', ['tsx', 'electron/bin/demo.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HOMEWARD_DATA_DIR: dir, HOMEWARD_NOW: '2026-11-20T10:00:00.000Z' },
  });
  expect(run.status, run.stderr).toBe(0);
  return dir;
}

describe('the command line’s data commands', () => {
  it('audit verify says ok on an untouched trail, and names the first broken link after tampering', () => {
    const dir = demoFolder();
    const ok = cli(dir, 'audit', 'verify');
    expect(ok.status, ok.stderr).toBe(0);
    // The demo's 40 children created, and its 272 older notifications recorded as made (demo/notifications.ts).
    expect(ok.stdout).toMatch(/^audit chain ok: 312 rows linked/);

    // Someone with the file and its key drops the guard and deletes one row of the trail: one of the last 200,
    // which the backend checks at every start (backend.ts).
    const db = new Sqlite(join(dir, DATABASE_FILE));
    db.pragma(`hexkey='${readFileSync(join(dir, KEY_FILE), 'utf8').trim()}'`);
    db.exec('DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 250');
    db.close();
    const broken = cli(dir, 'audit', 'verify');
    expect(broken.status).toBe(1);
    // The backend says so at start as well; the command names the first broken link.
    expect(broken.stderr).toMatch(/chain is broken/);
    expect(broken.stderr).toMatch(/^audit chain broken at row 251: /m);
  }, 120_000);

  it('backup writes an encrypted copy; restore puts it back and keeps the database it replaced', () => {
    const dir = demoFolder();
    const target = join(dir, 'my-backup.sqlite');
    const backup = cli(dir, 'backup', target);
    expect(backup.status, backup.stderr).toBe(0);
    expect(readFileSync(target).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    const restored = cli(dir, 'restore', target);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/kept as .*replaced-/);
    expect(readdirSync(join(dir, 'backups')).some((n) => n.startsWith('replaced-'))).toBe(true);
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
    expect(cli(dir, 'audit', 'verify').status).toBe(0);
  }, 120_000);
});
