import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { prepareDataDir } from './data-dir';

/**
 * One process owns a data folder. Two writers on one SQLite file (two browser-mode servers, the app and a CLI
 * import) fought over its write lock and users saw "Something went wrong"; now the second one is refused at start
 * with a message saying who holds the folder.
 *
 * The lock is a file created with O_EXCL holding the owner's pid and host. A lock whose pid is no longer running
 * on this host was left by a crash and is taken over; a takeover is itself guarded by a second O_EXCL file, so two
 * processes finding the same stale lock cannot both take it.
 */
export const LOCK_FILE = 'homeward.lock';
const TAKEOVER_FILE = 'homeward.lock.takeover';

export interface DataDirLock {
  file: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

export class DataDirInUse extends Error {
  constructor(
    readonly dir: string,
    readonly owner: string,
  ) {
    super(
      `Another Homeward (${owner}) is using the data folder ${dir}. Close it first; if none is running, delete ${join(dir, LOCK_FILE)}.`,
    );
  }
}

interface Owner {
  pid: number;
  host: string;
  what: string;
}

const errno = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error ? String(error.code) : undefined;

function readOwner(file: string): Owner | null | 'gone' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (errno(error) === 'ENOENT') return 'gone';
    throw error;
  }
  const [pid, host, ...what] = text.split('\n');
  const n = Number(pid);
  // Empty or garbled: a process may be between creating the file and writing its pid, so it counts as held.
  return Number.isSafeInteger(n) && n > 0 && host ? { pid: n, host, what: what.join(' ').trim() } : null;
}

/** Whether the owner may still be running: only a pid on this host that the OS says is gone is stale. */
function isRunning(owner: Owner): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errno(error) !== 'ESRCH';
  }
}

const describe = (owner: Owner | null) =>
  owner ? `${owner.what || 'a process'}, process ${owner.pid} on ${owner.host}` : 'a process starting up';

/** Creates `file` only if it does not exist, holding our pid; false if it exists. */
function createExclusive(file: string, what: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if (errno(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n${hostname()}\n${what}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function removeIfOwnedBy(file: string, pid: number): void {
  const owner = readOwner(file);
  if (owner !== 'gone' && owner !== null && owner.pid === pid) {
    try {
      unlinkSync(file);
    } catch (error) {
      if (errno(error) !== 'ENOENT') throw error;
    }
  }
}

/** Removes a stale lock, unless another process is doing the same (then it is left to that one). */
function takeOverStale(dir: string, file: string, stale: Owner): void {
  const guard = join(dir, TAKEOVER_FILE);
  if (!createExclusive(guard, 'takeover')) {
    const other = readOwner(guard);
    if (other !== 'gone' && other !== null && !isRunning(other)) removeIfOwnedBy(guard, other.pid);
    return;
  }
  try {
    // Read again under the guard: it may have been taken over and re-created since we looked.
    const now = readOwner(file);
    if (now !== 'gone' && now !== null && now.pid === stale.pid && now.host === stale.host) unlinkSync(file);
  } finally {
    removeIfOwnedBy(guard, process.pid);
  }
}

/**
 * Takes the data folder for this process (`what` says which command, for the message a second one gets). Throws
 * DataDirInUse when a running process holds it. The lock is released on exit; call release() to give it up sooner.
 */
export function lockDataDir(dir: string, what: string): DataDirLock {
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(file, what)) {
      const release = () => removeIfOwnedBy(file, process.pid);
      process.once('exit', release);
      return {
        file,
        release: () => {
          process.off('exit', release);
          release();
        },
      };
    }
    const owner = readOwner(file);
    if (owner === 'gone') continue;
    if (owner === null || isRunning(owner)) throw new DataDirInUse(dir, describe(owner));
    takeOverStale(dir, file, owner);
  }
  throw new DataDirInUse(dir, 'another process taking it at the same moment');
}

/**
 * For the command-line entry points: makes the folder private and takes it, or prints the one-line reason another
 * process holds it and answers false (the caller exits 1).
 */
export function claimDataDir(dir: string, what: string): boolean {
  prepareDataDir(dir);
  try {
    lockDataDir(dir, what);
    return true;
  } catch (error) {
    if (!(error instanceof DataDirInUse)) throw error;
    process.stderr.write(`${error.message}\n`);
    return false;
  }
}
