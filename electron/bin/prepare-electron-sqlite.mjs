// Builds better-sqlite3-multiple-ciphers (the encrypting build of better-sqlite3 the backend opens its database
// with) for Electron's ABI into .cache/electron-sqlite/mc-<electron version>/, leaving node_modules' copy built for
// Node (Vitest, browser mode). Electron's main process loads this copy through the driver's nativeBinding option. Needs the internet once (Electron's headers); then it is cached.
//
// With --start (npm start) it then opens the desktop app; where Electron's binary or headers cannot be had it says
// so in one line and starts browser mode instead (which prints its URL), so the README's first command always gives
// a working Homeward. Without --start (npm run dist) a failure is an error.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');
const starting = process.argv.includes('--start');
const electronVersion = require('electron/package.json').version;

/** Runs a command as the last thing this process does, passing its exit code on. */
const handOver = (command, args) => {
  const child = spawn(command, args, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
};

/** One plain line saying what is missing, then browser mode (npm start), or an error (npm run dist). */
const cannot = (what) => {
  if (!starting) {
    console.error(`Cannot prepare the desktop app: ${what}.`);
    process.exit(1);
  }
  console.error(
    `Homeward cannot open as a desktop app here: ${what}. Starting browser mode instead (open the URL below).`,
  );
  handOver('npm', ['run', 'serve']);
};

const start = () => (starting ? handOver('electron-vite', ['dev']) : process.exit(0));

// The electron package's main module throws when its binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD,
// no internet at install).
let electronBinary = null;
try {
  electronBinary = require('electron');
} catch {
  electronBinary = null;
}
// The folder names the driver too, so a cache built from plain better-sqlite3 by an earlier release is not reused.
const target = join(root, '.cache', 'electron-sqlite', `mc-${electronVersion}`);
const binary = join(target, 'better_sqlite3.node');

// electron-builder ships whatever is at current/ (electron-builder.yml), so packing needs no version in its config.
const current = join(root, '.cache', 'electron-sqlite', 'current');
const publishCurrent = () => {
  mkdirSync(current, { recursive: true });
  copyFileSync(binary, join(current, 'better_sqlite3.node'));
};

if (starting && (typeof electronBinary !== 'string' || !existsSync(electronBinary))) {
  cannot(`Electron ${electronVersion}'s binary is not installed (node_modules/electron/dist is missing)`);
} else if (existsSync(binary)) {
  publishCurrent();
  start();
} else {
  build();
}

function build() {
  const source = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
  const work = join(root, '.cache', 'electron-sqlite', `build-${electronVersion}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${source}/build`) });
  console.log(
    `Building better-sqlite3-multiple-ciphers for Electron ${electronVersion} (once; about a minute)...`,
  );
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
  // node-gyp's output goes to a log, not the screen: a failure is one line here, the details in the file.
  const log = join(root, '.cache', 'electron-sqlite', 'build.log');
  try {
    const output = nodeGyp
      ? execFileSync(process.execPath, [nodeGyp, ...gypArgs], { cwd: work, env, stdio: 'pipe' })
      : execFileSync('npx', ['--yes', 'node-gyp', ...gypArgs, '--nodedir='], {
          cwd: work,
          env,
          stdio: 'pipe',
        });
    writeFileSync(log, output);
  } catch (error) {
    const out =
      error && typeof error === 'object' ? `${error.stdout ?? ''}${error.stderr ?? ''}` : String(error);
    writeFileSync(log, out);
    rmSync(work, { recursive: true, force: true });
    cannot(
      `better-sqlite3 could not be built for Electron ${electronVersion}, which needs Electron's headers from the internet once (details: ${log})`,
    );
    return;
  }
  mkdirSync(target, { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binary);
  rmSync(work, { recursive: true, force: true });
  publishCurrent();
  console.log(`Ready: ${binary}`);
  start();
}
