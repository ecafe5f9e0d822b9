import type { Kysely } from 'kysely';
import type { Engine } from '../engine';

/** What a migration is given: the transaction that applies every pending migration, and the engine it runs on. */
export interface MigrationContext {
  // Migrations build tables that the Database type does not know yet, so they use an untyped handle.
  db: Kysely<unknown>;
  engine: Engine;
}

export interface Migration {
  version: number;
  name: string;
  /** Runs inside the one transaction that applies all pending migrations, on SQLite or PostgreSQL alike. */
  up: (m: MigrationContext) => Promise<void>;
}
