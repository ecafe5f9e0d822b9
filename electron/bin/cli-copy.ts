import { hostname } from 'node:os';
import { osUserName } from '../backend/app/handlers';
import { createBackend } from '../backend/backend';
import { copyToServer, CopyRefused } from '../backend/db/copy';
import { checkKey } from '../backend/db/key';
import { openDatabase } from '../backend/db/open';
import { schemaVersion } from '../backend/db/migrate';
import { resolveDatabaseUrl, resolveDataDir, resolveNow } from './data-dir';

// `npm run cli -- copy-to-server <postgres-url>`: the local database (the encrypted SQLite file in the data
// folder) onto the council's server, in one transaction on the server (electron/backend/db/copy.ts).
// Exit codes as the CLI's: 0 done, 1 refused or failed, 2 wrong command line.

export const COPY_USAGE = `  npm run cli -- copy-to-server <postgres://...>   copies this computer's database onto the council's server
                                     (HOMEWARD_AUDIT_KEY must be the server's audit key)`;

const fail = (text: string, code = 1) => {
  process.stderr.write(`${text}\n`);
  return code;
};

/** Runs copy-to-server, or answers null when argv is another command. */
export async function runCopyCommand(argv: readonly string[]): Promise<number | null> {
  const [command, ...rest] = argv;
  if (command !== 'copy-to-server') return null;
  if (rest.length !== 1) return fail('copy-to-server takes one postgres:// URL: the server’s database.', 2);
  const url = rest[0]!;
  if (!/^postgres(ql)?:\/\//.test(url)) {
    return fail(`copy-to-server needs a postgres:// URL (found "${url.replace(/:[^:@/]*@/, ':***@')}").`, 2);
  }
  if (resolveDatabaseUrl()) {
    return fail(
      'copy-to-server copies the SQLite database in the data folder: unset HOMEWARD_DATABASE_URL.',
      2,
    );
  }
  // The server's chain is keyed by the server's audit key; a key made up here would make it fail verification.
  const key = process.env.HOMEWARD_AUDIT_KEY;
  if (!key) return fail('Set HOMEWARD_AUDIT_KEY to the server’s audit key (64 hex digits) before copying.');
  let auditKey: string;
  try {
    auditKey = checkKey(key, 'HOMEWARD_AUDIT_KEY');
  } catch (error) {
    return fail((error as Error).message);
  }
  const now = resolveNow() ?? (() => new Date());
  const local = await createBackend({ dataDir: resolveDataDir(), now });
  try {
    const server = await openDatabase({ engine: 'postgres', url, poolSize: 2 }).catch((error: unknown) => {
      throw new CopyRefused(
        `The server database could not be opened: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
    });
    try {
      const version = await schemaVersion(local.context.db, 'sqlite');
      const report = await copyToServer(
        {
          db: local.context.db,
          auditKey: local.context.auditKey,
          // The computer's name says where from; the data folder's path would carry a user name.
          description: `the local database on ${hostname()} (schema ${version})`,
        },
        { db: server.db, auditKey, now, user: osUserName() },
      );
      process.stdout.write(`${report.summary}\n`);
      return 0;
    } finally {
      await server.close();
    }
  } catch (error) {
    if (error instanceof CopyRefused) return fail(error.message);
    return fail(
      `The copy failed and nothing was written to the server: ${error instanceof Error ? error.message : 'unknown error'}`,
    );
  } finally {
    await local.close();
  }
}
