// Builds better-sqlite3 for Electron's ABI into .cache/electron-sqlite/<electron version>/, leaving
// node_modules/better-sqlite3 built for Node (Vitest, browser mode). Electron's main process loads this copy
// through better-sqlite3's nativeBinding option. Needs the internet once (Electron's headers); then it is cached.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');
const electronVersion = require('electron/package.json').version;
const target = join(root, '.cache', 'electron-sqlite', electronVersion);
const binary = join(target, 'better_sqlite3.node');

if (existsSync(binary)) process.exit(0);

const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = join(root, '.cache', 'electron-sqlite', `build-${electronVersion}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${source}/build`) });
console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; about a minute)...`);
const env = { ...process.env };
delete env.npm_config_nodedir; // that points at Node's headers; Electron's come from its own dist-url
try {
  execFileSync(
    'npx',
    [
      '--yes',
      'node-gyp',
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit', env },
  );
} catch {
  console.error(
    'Could not build better-sqlite3 for Electron (it needs the internet once for Electron headers).',
  );
  process.exit(1);
}
mkdirSync(target, { recursive: true });
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binary);
rmSync(work, { recursive: true, force: true });
console.log(`Ready: ${binary}`);
