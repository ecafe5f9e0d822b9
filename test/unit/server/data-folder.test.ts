import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUse, LOCK_FILE, lockDataDir } from '../../../electron/bin/data-lock';
import { prepareDataDir } from '../../../electron/bin/data-dir';

const ROOT = resolve(import.meta.dirname, '../../..');
/** `node --import tsx <script>`: one process, so its pid is the one the lock file names. */
const entry = (script: string) => ['--import', 'tsx', resolve(ROOT, 'electron/bin', script)];
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'homeward-owner-'));
  dirs.push(d);
  return join(d, 'data');
};

/** Runs one of the real entry points (`npm run cli`, `npm run serve`) as its own process on a data folder. */
function runEntry(script: 'cli.ts' | 'serve.ts', dataDir: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [...entry(script), ...args], {
    cwd: ROOT,
    env: { ...process.env, HOMEWARD_DATA_DIR: dataDir, HOMEWARD_PORT: '0' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The pid of a process that has exited: what a crash leaves in a lock file. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}

/** A running serve needs the built renderer (npm run build:renderer); without it that test says so and is skipped. */
const BUILT = existsSync(resolve(ROOT, 'out/renderer/index.html'));
if (!BUILT)
  console.log('skipping the running-serve test: out/renderer is not built (npm run build:renderer)');

const mode = (path: string) => statSync(path).mode & 0o777;
const posix = process.platform !== 'win32';

describe('one process owns a data folder', () => {
  it('refuses a second serve and a CLI export with one line naming the owner, and changes nothing', () => {
    const dataDir = freshDir();
    prepareDataDir(dataDir);
    const held = lockDataDir(dataDir, 'npm run serve');
    try {
      const out = join(dataDir, '..', 'out.csv');
      const cli = runEntry('cli.ts', dataDir, ['export', '903', out]);
      expect(cli.status).toBe(1);
      expect(cli.stderr.trim().split('\n')).toHaveLength(1);
      expect(cli.stderr).toContain(
        `Another Homeward (npm run serve, process ${process.pid} on ${hostname()})`,
      );
      expect(cli.stderr).toContain(dataDir);
      expect(existsSync(out)).toBe(false);
      const serve = runEntry('serve.ts', dataDir);
      expect(serve.status).toBe(1);
      expect(serve.stderr.trim().split('\n')).toHaveLength(1);
      expect(serve.stderr).toContain('Another Homeward (npm run serve');
      expect(serve.stdout).not.toContain('Open:');
      // The holder's lock is untouched.
      expect(readFileSync(held.file, 'utf8').split('\n')[0]).toBe(String(process.pid));
    } finally {
      held.release();
    }
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it.skipIf(!BUILT)(
    'refuses a second serve while the first runs; the open database, -wal and -shm are 0600',
    async () => {
      const dataDir = freshDir();
      const first = spawn(process.execPath, entry('serve.ts'), {
        cwd: ROOT,
        env: { ...process.env, HOMEWARD_DATA_DIR: dataDir, HOMEWARD_PORT: '0' },
      });
      try {
        await new Promise<void>((ok, fail) => {
          let seen = '';
          first.stdout.on('data', (c: Buffer) => {
            seen += c.toString();
            if (seen.includes('Open:')) ok();
          });
          first.once('exit', (code) => fail(new Error(`the first serve exited (${code})`)));
        });
        if (posix) {
          expect(mode(dataDir)).toBe(0o700);
          for (const f of ['homeward.sqlite', 'homeward.sqlite-wal', 'homeward.sqlite-shm', LOCK_FILE]) {
            expect([f, mode(join(dataDir, f))]).toEqual([f, 0o600]);
          }
        }
        const second = runEntry('serve.ts', dataDir);
        expect(second.status).toBe(1);
        expect(second.stderr).toContain(`Another Homeward (npm run serve, process ${first.pid}`);
        const cli = runEntry('cli.ts', dataDir, [
          'import',
          resolve(ROOT, 'test/fixtures/csv/903-sample.csv'),
        ]);
        expect(cli.status).toBe(1);
        expect(cli.stdout).toBe('');
      } finally {
        const exited = new Promise((done) => first.once('exit', done));
        first.kill('SIGTERM');
        await exited;
      }
      // A clean stop gives the folder back.
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    },
  );

  it('takes over a lock left by a process that has died, and gives it back on exit', () => {
    const dataDir = freshDir();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, LOCK_FILE), `${deadPid()}\n${hostname()}\nnpm run serve\n`);
    const out = join(dataDir, '..', 'out.csv');
    const cli = runEntry('cli.ts', dataDir, ['export', '903', out]);
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^CHILD,DOB,MISSING,MIS_START,MIS_END/);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('does not take a lock from a live process, from another host, or one still being written', () => {
    const dataDir = freshDir();
    mkdirSync(dataDir, { recursive: true });
    const lock = join(dataDir, LOCK_FILE);
    for (const content of [`${process.pid}\n${hostname()}\nx\n`, `${deadPid()}\nanother-host\nx\n`, '']) {
      writeFileSync(lock, content);
      expect(() => lockDataDir(dataDir, 'test')).toThrow(DataDirInUse);
      expect(readFileSync(lock, 'utf8')).toBe(content);
    }
  });
});

describe('the data folder is private to its owner', () => {
  it.runIf(posix)('the CLI makes the folder 0700 and the database 0600', () => {
    const dataDir = freshDir();
    const csv = resolve(ROOT, 'test/fixtures/csv/903-sample.csv');
    const r = runEntry('cli.ts', dataDir, ['import', csv]);
    expect(r.stderr).not.toContain('Another Homeward');
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'homeward.sqlite'))).toBe(0o600);
  });

  it.runIf(posix)('tightens a folder and files an earlier version left readable by others', () => {
    const dataDir = freshDir();
    mkdirSync(join(dataDir, 'backups'), { recursive: true, mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'homeward.sqlite-wal'), '');
    chmodSync(join(dataDir, 'homeward.sqlite-wal'), 0o644);
    writeFileSync(join(dataDir, 'backups', 'old.sqlite'), '');
    chmodSync(join(dataDir, 'backups', 'old.sqlite'), 0o664);
    const umask = process.umask();
    try {
      prepareDataDir(dataDir);
    } finally {
      process.umask(umask);
    }
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'backups'))).toBe(0o700);
    expect(mode(join(dataDir, 'homeward.sqlite-wal'))).toBe(0o600);
    expect(mode(join(dataDir, 'backups', 'old.sqlite'))).toBe(0o600);
  });

  // On Windows the profile folder's ACL protects the data; file modes are a Linux and macOS check (above).
});
