import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../../electron/backend/db/open';
import { startPostgres } from './postgres';

export const TEMPLATE_DATABASE = 'homeward_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL project's cluster: a superuser URL to its `postgres` database. */
    pgUrl: string;
  }
}

/**
 * The PostgreSQL half of the backend suite: one cluster for the run, and a template database migrated once, so each
 * test's fresh database is a quick copy of it (CREATE DATABASE ... TEMPLATE).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPostgres();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    await admin.end();
    const template = await openDatabase({
      engine: 'postgres',
      url: cluster.urlFor(TEMPLATE_DATABASE),
      poolSize: 1,
    });
    await template.close();
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
