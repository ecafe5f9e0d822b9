import type { Engine } from './db/engine';
import type { Db } from './db/schema';
import type { Caller } from './accounts/caller';

/**
 * What every handler is given. The backend builds one per request: `now` and `user` are fixed for the request
 * (so every row a request writes carries the same instant and the same person), and inside `mutation()` `db` is
 * that request's transaction.
 */
export interface BackendContext {
  /** The database, or inside mutation() the open transaction: query functions take it as it is. */
  db: Db;
  engine: Engine;
  now: () => Date;
  /** Who the audit trail names, resolved before the handler runs. */
  user: () => string;
  /**
   * The account behind the request, which the audit trail records beside the display name (a label anyone can
   * change): the operating-system account, or in team mode the signed-in account the server sets per request.
   */
  account: () => string;
  dataDir: string;
  /** The secret that keys the audit trail's hash chain (never stored in the database). */
  auditKey: string;
  /** Called after a mutation commits with the tables it changed (team mode publishes them to other windows). */
  onCommit?: (changed: ReadonlySet<string>) => void;
  /** Tells every window which tables changed, for work that commits after its request answered (an import job). */
  announce?: (changed: ReadonlySet<string>) => void;
  /** Team mode: the signed-in account the request is made for. Unset in local mode (this computer, no sign-in). */
  caller?: Caller;
  /** Hears each retry of a mutation the database was too busy for (db/busy.ts): the attempt and the error code. */
  onBusyRetry?: (attempt: number, code: string) => void;
  /** Team mode: the restricted children this caller may not see (accounts/restricted.ts); empty in local mode. */
  hiddenChildren?: ReadonlySet<string>;
}
