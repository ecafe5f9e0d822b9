// Builds better-sqlite3-multiple-ciphers (the encrypting build of better-sqlite3 the backend opens its database
// with) for Electron's ABI into .cache/electron-sqlite/<electron version>/, leaving node_modules' copy built for Node (Vitest, browser mode). Electron's main process loads this copy
// through better-sqlite3's nativeBinding option. Needs the internet once (Electron's headers); then it is cached.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');
const electronVersion = require('electron/package.json').version;
// The folder names the driver too, so a cache built from plain better-sqlite3 by an earlier release is not reused.
const target = join(root, '.cache', 'electron-sqlite', `mc-${electronVersion}`);
const binary = join(target, 'better_sqlite3.node');

// electron-builder ships whatever is at current/ (electron-builder.yml), so packing needs no version in its config.
const current = join(root, '.cache', 'electron-sqlite', 'current');
const publishCurrent = () => {
  mkdirSync(current, { recursive: true });
  copyFileSync(binary, join(current, 'better_sqlite3.node'));
};

if (existsSync(binary)) {
  publishCurrent();
  process.exit(0);
}

const source = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const work = join(root, '.cache', 'electron-sqlite', `build-${electronVersion}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${source}/build`) });
console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; about a minute)...`);
// Electron's headers, never Node's: npm and npx would inject a nodedir from the user's npmrc (these machines set
// nodedir=/usr for Node's own build), which builds a binary Electron cannot load. node-gyp is run directly, with
// nodedir blanked, so it fetches the headers for the Electron version from dist-url.
const env = { ...process.env, npm_config_nodedir: '' };
const gypArgs = [
  'rebuild',
  '--release',
  `--target=${electronVersion}`,
  '--runtime=electron',
  '--dist-url=https://electronjs.org/headers',
];
let nodeGyp;
try {
  nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
} catch {
  nodeGyp = null;
}
try {
  if (nodeGyp) execFileSync(process.execPath, [nodeGyp, ...gypArgs], { cwd: work, stdio: 'inherit', env });
  else
    execFileSync('npx', ['--yes', 'node-gyp', ...gypArgs, '--nodedir='], {
      cwd: work,
      stdio: 'inherit',
      env,
    });
} catch {
  console.error(
    `Could not build better-sqlite3 for Electron ${electronVersion}: it needs the internet once, for Electron's headers.`,
  );
  process.exit(1);
}
mkdirSync(target, { recursive: true });
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binary);
rmSync(work, { recursive: true, force: true });
publishCurrent();
console.log(`Ready: ${binary}`);
