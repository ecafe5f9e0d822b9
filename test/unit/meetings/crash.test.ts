import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isLost, minutesFor } from '../../../electron/bin/crash-test';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;

describe('the autosave crash test', () => {
  it('kills a writer mid-typing 20 times and finds every acknowledged save, with an intact database', () => {
    const r = spawnSync(process.execPath, ['--import', tsx, 'electron/bin/crash-test.ts', '--runs', '20'], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(r.stderr).toMatch(/20 runs on \d lanes/);
    expect(r.stdout.trim()).toBe('runs=20 lost=0 integrity=ok');
    expect(r.status).toBe(0);
    // The kills must land while saves are being acknowledged, or the check would be empty.
    const killedMidTyping = Number(/(\d+) runs killed mid-typing/.exec(r.stderr)?.[1]);
    expect(killedMidTyping).toBeGreaterThanOrEqual(15);
  }, 180_000);

  it('counts a run as lost when the acknowledged revision is missing or its text is not what was written', () => {
    expect(isLost({ acknowledged: null, stored: undefined })).toBe(false);
    expect(isLost({ acknowledged: 5, stored: { revision: 5, minutes: minutesFor(5) } })).toBe(false);
    // A save that committed but was not yet acknowledged when the writer died is fine.
    expect(isLost({ acknowledged: 5, stored: { revision: 6, minutes: minutesFor(6) } })).toBe(false);
    expect(isLost({ acknowledged: 5, stored: { revision: 4, minutes: minutesFor(4) } })).toBe(true);
    expect(isLost({ acknowledged: 5, stored: { revision: 5, minutes: minutesFor(4) } })).toBe(true);
    expect(isLost({ acknowledged: 1, stored: undefined })).toBe(true);
  });
});
