import type Database from 'better-sqlite3';

/** What every handler is given. `now` is injectable so tests and the demo can pin the clock. */
export interface BackendContext {
  db: Database.Database;
  now: () => Date;
  /** Who the audit trail names: the display name from settings, else the OS user name. */
  user: () => string;
  dataDir: string;
}
