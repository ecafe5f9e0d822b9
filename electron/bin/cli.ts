import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ApiError } from '../../shared/api';
import type { ExportedCsv, ImportReport } from '../../shared/api/importExport';
import { isoDate } from '../../shared/domain/child';
import { createBackend, type Backend } from '../backend/backend';
import { formatImportReport } from '../backend/importExport/reportText';
import { COPY_USAGE, runCopyCommand } from './cli-copy';
import { DATA_USAGE, runDataCommand } from './cli-data';
import { resolveDatabaseUrl, resolveDataDir, resolveNow } from './data-dir';
import { claimDataDir } from './data-lock';

// `npm run cli -- ...`: import and export for data teams, through the same API methods Settings calls.
// Exit codes: 0 done, 1 rows rejected or an error, 2 the command line itself is wrong.

const USAGE = `Usage:
  npm run cli -- import <file.csv> [--authority "Placing authority"]
  npm run cli -- export 903 <file.csv> [--from YYYY-MM-DD] [--to YYYY-MM-DD]
  npm run cli -- export annex-a <file.csv> [--from YYYY-MM-DD] [--to YYYY-MM-DD]
  npm run cli -- export homeward <file.csv> [--from YYYY-MM-DD] [--to YYYY-MM-DD]
${DATA_USAGE}
${COPY_USAGE}

import     reads a 903 Missing table (CHILD, DOB, MISSING, MIS_START, MIS_END) or a Homeward episodes file,
           detected from the header row. --authority names the placing authority of children it creates.
export     903: the SSDA903 Missing table (every episode unless --from/--to);
           annex-a: Ofsted Annex A List 8 missing columns (default: the last 12 months);
           homeward: Homeward's own episodes file (every column the import reads).
The data folder is HOMEWARD_DATA_DIR, else the app's own; HOMEWARD_DATABASE_URL=postgres://... uses that
PostgreSQL database instead.
Exit codes: 0 done, 1 rows rejected or an error, 2 wrong command line.`;

class UsageError extends Error {}

interface Command {
  action: 'import' | 'export903' | 'exportAnnexA' | 'exportHomeward';
  file: string;
  options: { authority?: string; from?: string; to?: string };
}

const EXPORTS: Readonly<Record<string, Command['action']>> = {
  '903': 'export903',
  'annex-a': 'exportAnnexA',
  homeward: 'exportHomeward',
};

function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  const options: Command['options'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (name !== 'authority' && name !== 'from' && name !== 'to')
      throw new UsageError(`Unknown option --${name}.`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value.`);
    if (name !== 'authority' && !isoDate.safeParse(value).success) {
      throw new UsageError(`--${name} must be a real date as YYYY-MM-DD (found "${value}").`);
    }
    options[name] = value;
  }
  const [verb, ...rest] = positional;
  if (verb === 'import') {
    if (rest.length !== 1) throw new UsageError('import takes one file.');
    if (options.from || options.to) throw new UsageError('--from and --to are for exports.');
    return { action: 'import', file: rest[0]!, options };
  }
  if (verb === 'export') {
    const [kind, file, ...extra] = rest;
    const action = kind !== undefined && Object.hasOwn(EXPORTS, kind) ? EXPORTS[kind] : undefined;
    if (!action)
      throw new UsageError(
        `export needs a kind: 903, annex-a or homeward${kind ? ` (found "${kind}")` : ''}.`,
      );
    if (!file || extra.length) throw new UsageError('export takes one file to write.');
    if (options.authority) throw new UsageError('--authority is for imports.');
    return { action, file, options };
  }
  throw new UsageError(verb ? `Unknown command "${verb}".` : 'No command given.');
}

/** Spreadsheets on Windows still save "CSV" as Windows-1252; read that rather than garble names. */
function readText(file: string): string {
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    process.stderr.write(`Note: ${file} is not UTF-8; it was read as Windows-1252.\n`);
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function printError(error: ApiError): number {
  process.stderr.write(`${error.message}\n`);
  for (const i of error.issues ?? []) process.stderr.write(`  ${i.field}: ${i.message}\n`);
  return 1;
}

async function run(backend: Backend, command: Command): Promise<number> {
  if (command.action === 'import') {
    const content = readText(command.file);
    const fileName = basename(command.file);
    const result = await backend.call('importExport.import', {
      fileName,
      content,
      authority: command.options.authority,
    });
    if (!result.ok) return printError(result.error);
    const report = result.value as ImportReport;
    process.stdout.write(formatImportReport(fileName, report));
    return report.rejected.length ? 1 : 0;
  }
  const result = await backend.call(`importExport.${command.action}`, {
    from: command.options.from,
    to: command.options.to,
  });
  if (!result.ok) return printError(result.error);
  const file = result.value as ExportedCsv;
  writeFileSync(command.file, Buffer.from(file.base64, 'base64'));
  const rows = `${file.rows.toLocaleString('en-GB')} row${file.rows === 1 ? '' : 's'}`;
  process.stdout.write(`Wrote ${rows} to ${command.file}.\n`);
  if (file.note) process.stdout.write(`${file.note}\n`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // One process owns a data folder: a restore or an import beside a running app would fight it for the file.
  const dataDir = resolveDataDir();
  if (!claimDataDir(dataDir, `npm run cli -- ${argv[0] ?? ''}`.trim())) return 1;
  const dataCommand = await runDataCommand(argv);
  if (dataCommand !== null) return dataCommand;
  const copyCommand = await runCopyCommand(argv);
  if (copyCommand !== null) return copyCommand;
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  let backend: Backend;
  try {
    backend = await createBackend({
      dataDir,
      databaseUrl: resolveDatabaseUrl(),
      now: resolveNow(),
    });
  } catch (error) {
    // A database that cannot be opened (a bad URL, a newer version's file): the message says which.
    process.stderr.write(`${error instanceof Error ? error.message : 'The database could not be opened.'}\n`);
    return 1;
  }
  try {
    return await run(backend, command);
  } catch (error) {
    // A file that cannot be read or written: the message names it; nothing else is logged.
    process.stderr.write(`${error instanceof Error ? error.message : 'Something went wrong.'}\n`);
    return 1;
  } finally {
    await backend.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
