import { resolve } from 'node:path';
import { verifyAuditChain } from '../backend/audit/chain';
import { backupsDir, createBackend, DATABASE_FILE } from '../backend/backend';
import { restoreBackup } from '../backend/db/backup';
import { keyFromFile } from '../backend/db/key';
import { resolveDatabaseUrl, resolveDataDir } from './data-dir';

// `npm run cli -- backup [file]`, `restore <file>` and `audit verify`: the data folder's own care, kept apart from
// the import and export commands. Exit codes as the CLI's: 0 done, 1 refused or failed, 2 wrong command line.

export const DATA_USAGE = `  npm run cli -- backup [file]       an encrypted backup now (default: into the data folder's backups/)
  npm run cli -- restore <file>      puts a backup in place of the database (the replaced one is kept)
  npm run cli -- audit verify        walks the audit trail's hash chain: ok, or the first broken link`;

const say = (text: string) => void process.stdout.write(`${text}\n`);
const fail = (text: string) => {
  process.stderr.write(`${text}\n`);
  return 1;
};

/** Runs a data-folder command, or answers null when argv is not one (the CLI then tries its other commands). */
export async function runDataCommand(argv: readonly string[]): Promise<number | null> {
  const [command, ...rest] = argv;
  if (command === 'restore') {
    if (rest.length !== 1 || resolveDatabaseUrl()) {
      return fail('restore takes one backup file, and works on the SQLite database in the data folder.');
    }
    const dataDir = resolveDataDir();
    try {
      const kept = restoreBackup(
        resolve(dataDir, DATABASE_FILE),
        resolve(rest[0]!),
        keyFromFile(dataDir),
        backupsDir(dataDir),
      );
      say(`Restored ${rest[0]}. The database it replaced is kept as ${kept}.`);
      return 0;
    } catch (error) {
      return fail(error instanceof Error ? error.message : 'The backup could not be restored.');
    }
  }
  if (command !== 'backup' && !(command === 'audit' && rest[0] === 'verify')) return null;
  if (command === 'backup' && rest.length > 1) return fail('backup takes at most one file name.');
  const backend = await createBackend({ dataDir: resolveDataDir(), databaseUrl: resolveDatabaseUrl() });
  try {
    if (command === 'backup') {
      say(`Backup written: ${backend.backup(rest[0] ? resolve(rest[0]) : undefined)}`);
      return 0;
    }
    const report = await verifyAuditChain(backend.context.db, backend.context.auditKey);
    if (report.ok) {
      say(
        `audit chain ok: ${report.chained} rows linked, ${report.beforeChain} written before the chain began.`,
      );
      return 0;
    }
    return fail(`audit chain broken at row ${report.brokenAtId ?? '(end)'}: ${report.problem}.`);
  } catch (error) {
    return fail(error instanceof Error ? error.message : 'Something went wrong.');
  } finally {
    await backend.close();
  }
}
