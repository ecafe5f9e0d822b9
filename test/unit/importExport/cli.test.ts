import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, fixturePath } from './support';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-cli-'));
  dirs.push(dir);
  return dir;
}

/** Runs the CLI as a data team would, in its own process, against a throw-away data folder. */
function cli(dataDir: string, ...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'electron/bin/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HOMEWARD_DATA_DIR: dataDir, HOMEWARD_NOW: '2026-11-20T10:00:00.000Z' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the command line', () => {
  it('imports a 903 file, prints the report and exits 0; exports it back the same and exits 0', () => {
    const dir = tempDir();
    const imported = cli(
      dir,
      'import',
      fixturePath('903-sample.csv'),
      '--authority',
      'Exampleshire County Council',
    );
    expect(imported.stdout).toMatch(/Import of 903-sample\.csv \(903 Missing table\)/);
    expect(imported.stdout).toMatch(/imported\s+6\n/);
    expect(imported.stdout).toMatch(/children created\s+3\n/);
    expect(imported.status).toBe(0);

    const out = join(dir, 'out.csv');
    const exported = cli(dir, 'export', '903', out);
    expect(exported.stdout).toMatch(/^Wrote 6 rows to .*out\.csv\.$/m);
    expect(exported.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(fixture('903-sample.csv'));
  });

  it('lists rejected rows by line and exits 1', () => {
    const run = cli(tempDir(), 'import', fixturePath('903-malformed.csv'));
    expect(run.stdout).toMatch(/rows rejected\s+8\n/);
    expect(run.stdout).toContain('line 3, MIS_START: is not a real date (found "31/02/2026").');
    expect(run.stdout).toContain('line 11, (row): has 6 values but the header row has 5 columns.');
    expect(run.status).toBe(1);
  });

  it('prints what is wrong and the usage, and exits 2, on a wrong command line', () => {
    const dir = tempDir();
    const cases: Array<[string[], string]> = [
      [[], 'No command given.'],
      [['export', 'annex-b', 'x.csv'], 'export needs a kind: 903, annex-a or homeward (found "annex-b").'],
      [
        ['export', '903', 'x.csv', '--from', '2026-13-01'],
        '--from must be a real date as YYYY-MM-DD (found "2026-13-01").',
      ],
    ];
    for (const [args, reason] of cases) {
      const run = cli(dir, ...args);
      expect(run.stderr).toContain(reason);
      expect(run.stderr).toContain('Usage:');
      expect(run.status, args.join(' ')).toBe(2);
    }
  });

  it('exits 1 with the reason when the file cannot be read', () => {
    const run = cli(tempDir(), 'import', join(tempDir(), 'no-such-file.csv'));
    expect(run.stderr).toMatch(/no such file/i);
    expect(run.status).toBe(1);
  });
});
