import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiSchemas, isApiMethod, type ApiMethod, type ApiResult } from '../../shared/api';
import { scopeOf, type ChangeEvent } from '../../shared/api/invalidation';
import { osUserName } from './app/handlers';
import type { BackendContext } from './context';
import { backupIfDue, backupNow, backupTo, listBackups } from './db/backup';
import { busyCode, DatabaseBusyError } from './db/busy';
import { deriveAuditKey, verifyAuditChain, type ChainReport } from './audit/chain';
import { AUDIT_KEY_FILE, checkKey, keyFromFile } from './db/key';
import { openDatabase, type DatabaseConfig, type OpenOptions } from './db/open';
import { DomainError, fromZod } from './errors';
import type { Handler } from './handler';
import { handlers } from './handlers';
import { withViewAudit } from './audit/viewed';
import { accessFor } from '../../shared/auth/roles';
import { admit, roleRefusal } from './accounts/access';
import type { Caller } from './accounts/caller';
import { redact } from './accounts/redact';
import { sweep } from './protocol/state/read';
import { mergeViewLinks } from './audit/mergeLinks';
import { readSetting } from './settings/settings';

export interface BackendOptions extends OpenOptions {
  dataDir: string;
  /**
   * The SQLite file's encryption key (64 hex digits). The desktop app passes the key it keeps wrapped by the
   * operating system's keychain; unset, HOMEWARD_DB_KEY or the owner-only key file in the data folder.
   */
  databaseKey?: string;
  /**
   * The secret keying the audit trail's hash chain on PostgreSQL (HOMEWARD_AUDIT_KEY; 64 hex digits). Unset, a key
   * file in the data folder. On SQLite it is derived from the database key.
   */
  auditKey?: string;
  /** `postgres://...` puts Homeward on PostgreSQL (HOMEWARD_DATABASE_URL); unset, the SQLite file in the data folder. */
  databaseUrl?: string;
  /** Pins the clock (tests, demo screenshots); default is the real time. */
  now?: () => Date;
  /** Where failures that are not the user's are reported; never given personal data. */
  logError?: (method: string, error: unknown) => void;
  /**
   * Hears every committed change, once per API call that wrote (its tables, and the meeting and children the
   * payload named): the live server publishes it to the change bus (electron/server/live/).
   */
  onChange?: (event: ChangeEvent) => void;
}

/** Who made a call, for the change event it may cause. */
export interface CallMeta {
  /** The window that made the change, so it can ignore its own event (it has the answer already). */
  origin?: string;
  /** Who the audit trail names as the account behind this request (local mode; unset, the OS account). */
  account?: string;
  /** The signed-in person (team mode): their role and restrictions are checked before the handler runs. */
  caller?: Caller;
}

export interface Backend {
  /**
   * Validates the payload, runs the handler, and answers a result; never throws. The team server passes the
   * signed-in `meta.caller`: the role map, the minute-taker's invitation and restricted records are then checked
   * here, before the handler, and the audit names that account. Without a caller (local mode) nothing changes;
   * `meta.account` names the account behind the request (unset, the OS account).
   */
  call(method: string, payload: unknown, meta?: CallMeta | Caller): Promise<ApiResult<unknown>>;
  /** The backend's own context (tests and command-line tools read the database through it). */
  context: BackendContext;
  /** An encrypted backup of the SQLite database now (`npm run cli -- backup`); refused on PostgreSQL. */
  backup(target?: string): string;
  /** What the check of the audit chain's end found when the backend started. */
  auditChainAtStart: ChainReport;
  /** When the newest backup in the data folder was made (Settings shows it); null on PostgreSQL or before any. */
  lastBackupAt(): Date | null;
  close(): Promise<void>;
  /** Hears every committed change from now on (as `onChange`); the browser-mode server streams them to windows. */
  subscribeChanges(listener: (event: ChangeEvent) => void): () => void;
}

/** Who a request is from, as the team server knows it (solo mode: nobody passes it, and the OS account is used). */
export type RequestIdentity = Pick<CallMeta, 'account'>;

export const DATABASE_FILE = 'homeward.sqlite';

/** How often the backend re-evaluates the children whose stored protocol state has run out by time alone. */
const SWEEP_EVERY_MS = 60_000;

/** Which database the options name: PostgreSQL by URL, else the SQLite file in the data folder. */
export function databaseConfig(options: BackendOptions): DatabaseConfig {
  if (options.databaseUrl) return { engine: 'postgres', url: options.databaseUrl };
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  return {
    engine: 'sqlite',
    file: join(options.dataDir, DATABASE_FILE),
    key: sqliteKey(options),
    backupsDir: backupsDir(options.dataDir),
    nativeBinding: options.nativeBinding,
  };
}

export const backupsDir = (dataDir: string) => join(dataDir, 'backups');

const sqliteKey = (options: BackendOptions) =>
  options.databaseKey ? checkKey(options.databaseKey, 'The database key') : keyFromFile(options.dataDir);

/** The audit chain's key: never in the database (audit/chain.ts). */
function auditKeyFor(options: BackendOptions): string {
  if (!options.databaseUrl) return deriveAuditKey(sqliteKey(options));
  if (options.auditKey) return checkKey(options.auditKey, 'The audit key');
  return keyFromFile(options.dataDir, { HOMEWARD_DB_KEY: process.env.HOMEWARD_AUDIT_KEY }, AUDIT_KEY_FILE);
}

/** Methods answered from memory, never the database (importExport/jobs.ts). */
const JOB_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'importExport.importProgress',
  'importExport.cancelImport',
]);

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const database = await openDatabase(databaseConfig(options));
  const clock = options.now ?? (() => new Date());
  const changeListeners = new Set<(event: ChangeEvent) => void>();
  if (options.onChange) changeListeners.add(options.onChange);
  // A listener's failure is its own: the save it reports is committed already.
  const emit = (event: ChangeEvent) =>
    changeListeners.forEach((l) => {
      try {
        l(event);
      } catch {
        /* see above */
      }
    });
  // The daily backup, at start: a laptop is opened most working days, so this is at most a day behind.
  if (database.sqlite) backupIfDue(database.sqlite, backupsDir(options.dataDir));
  const context: BackendContext = {
    db: database.db,
    engine: database.engine,
    dataDir: options.dataDir,
    now: clock,
    user: osUserName,
    account: osUserName,
    auditKey: auditKeyFor(options),
    // Writes made outside an API call (the CLI, the demo loader through the context) still reach other windows.
    onCommit: (tables) => emit({ tables: [...tables] }),
    announce: (tables) => emit({ tables: [...tables] }),
  };
  // The app checks the chain's end at every start; the whole walk is `npm run cli -- audit verify`.
  const chainAtStart = await verifyAuditChain(database.db, context.auditKey, { tail: 200 });
  if (!chainAtStart.ok) {
    console.error(
      `[homeward] The audit trail's chain is broken near row ${chainAtStart.brokenAtId ?? '?'}: ${chainAtStart.problem}.`,
    );
  }
  const logError =
    options.logError ??
    ((method: string, error: unknown) =>
      // Only the method and the error's class and message: payloads hold children's details and are never logged.
      console.error(
        `[homeward] ${method} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'}`,
      ));

  // Each child's protocol state is brought up to now at start (a database from before it was kept, or a laptop
  // opened after a weekend), then every minute, so a deadline passing shows without anything being saved.
  // The same timer merges the views' recent links into the index by child (audit/mergeLinks.ts).
  const sweepNow = async () => {
    const at = clock();
    await sweep({ ...context, now: () => at }).catch((e: unknown) => logError('protocol state sweep', e));
    await mergeViewLinks(database.db).catch((e: unknown) => logError('audit links merge', e));
  };
  await sweepNow();
  const sweeper = setInterval(() => void sweepNow(), SWEEP_EVERY_MS);
  sweeper.unref();

  /** One context per request: every row it writes carries the same instant and names the same person. */
  async function requestContext(
    changed: Set<string>,
    meta: CallMeta,
    method: ApiMethod,
  ): Promise<BackendContext> {
    const at = clock();
    const onCommit = (tables: ReadonlySet<string>) => tables.forEach((t) => changed.add(t));
    const caller = meta.caller;
    // Team mode: the audit names the signed-in account, never a typed display name.
    if (caller)
      return {
        ...context,
        now: () => at,
        user: () => caller.username,
        account: () => caller.username,
        caller,
        onCommit,
      };
    const account = meta.account ?? osUserName();
    // An import job's progress and cancel write nothing and read no table; on SQLite the import holds the one
    // connection for its transaction, so they must not wait on it to learn a display name they never use.
    const user = JOB_METHODS.has(method)
      ? account
      : ((await readSetting(database.db, 'displayName')) ?? account);
    return { ...context, now: () => at, user: () => user, account: () => account, onCommit };
  }

  return {
    context,
    close: () => {
      clearInterval(sweeper);
      return database.close();
    },
    subscribeChanges(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    backup(target) {
      if (!database.sqlite)
        throw new Error('Backups of a PostgreSQL database are the council’s database backups.');
      if (!target) return backupNow(database.sqlite, backupsDir(options.dataDir), 'manual');
      backupTo(database.sqlite, target);
      return target;
    },
    auditChainAtStart: chainAtStart,
    lastBackupAt: () =>
      database.sqlite ? (listBackups(backupsDir(options.dataDir)).at(-1)?.at ?? null) : null,
    async call(method, payload, given = {}) {
      // The signed-in caller alone (the team server, tests of roles), or the call's metadata.
      const meta: CallMeta = 'role' in given ? { caller: given } : given;
      if (!isApiMethod(method)) {
        return {
          ok: false,
          error: { code: 'not-found', message: `There is no API method called ${method}.` },
        };
      }
      // A role the map refuses learns nothing more, not even whether its payload would have been valid.
      const caller = meta.caller;
      if (caller && accessFor(caller.role, method) === 'refused')
        return { ok: false, error: roleRefusal(caller.role).toApiError() };
      const parsed = apiSchemas[method].safeParse(payload ?? {});
      if (!parsed.success) return { ok: false, error: fromZod(parsed.error).toApiError() };
      // The tables this call's commits changed; one event per call, after its last commit.
      const changed = new Set<string>();
      try {
        const ctx = await admit(await requestContext(changed, meta, method), method, parsed.data);
        // Restricted records are taken out of the answer before it is audited as a view, so the trail records
        // what the person was actually shown.
        const handler: Handler<ApiMethod> = handlers[method];
        const own: Handler<ApiMethod> = async (args, c) =>
          redact(method, await handler(args, c), args, c.hiddenChildren);
        const value: unknown = await withViewAudit(method, own)(parsed.data, ctx);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof DomainError) return { ok: false, error: error.toApiError() };
        logError(method, error);
        // Still busy after the retries (another process holding the file, a long import): the person is told what
        // happened and that nothing was saved, not "Something went wrong".
        if (error instanceof DatabaseBusyError || busyCode(error))
          return {
            ok: false,
            error: {
              code: 'conflict',
              message:
                'The database is busy with another save (another window, or an import). Nothing was saved: try again in a moment.',
            },
          };
        return {
          ok: false,
          error: { code: 'internal', message: 'Something went wrong; nothing was saved. Try again.' },
        };
      } finally {
        // The window only: the caller's account and the local account name are not for every open stream.
        if (changed.size > 0)
          emit({
            tables: [...changed],
            ...scopeOf(method, parsed.data),
            ...(meta.origin !== undefined ? { origin: meta.origin } : {}),
          });
      }
    },
  };
}
