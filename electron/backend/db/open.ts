import Database from 'better-sqlite3';
import { migrate } from './migrate';

export interface OpenOptions {
  /** Electron passes the better-sqlite3 binary built for its own ABI; plain Node leaves it unset. */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) the Homeward database with explicit pragmas: WAL for concurrent reads,
 * synchronous FULL so an acknowledged save of live minutes survives a crash or power cut, foreign keys on.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
