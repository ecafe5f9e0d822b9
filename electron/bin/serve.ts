import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createBackend } from '../backend/backend';
import { startBrowserMode } from '../server/server';
import { resolveDatabaseUrl, resolveDataDir, resolveNow } from './data-dir';
import { claimDataDir } from './data-lock';

// Browser mode: `npm run serve`. Loopback only, random token; the URL printed carries the token.
const dataDir = resolveDataDir();
if (!claimDataDir(dataDir, 'npm run serve')) process.exit(1);
const staticDir = resolve(import.meta.dirname, '../../out/renderer');
if (!existsSync(resolve(staticDir, 'index.html'))) {
  console.error('The renderer is not built: run `npm run build:renderer` (npm run serve does it for you).');
  process.exit(1);
}
const databaseUrl = resolveDatabaseUrl();
const backend = await createBackend({ dataDir, databaseUrl, now: resolveNow() });
const port = process.env.HOMEWARD_PORT ? Number(process.env.HOMEWARD_PORT) : 0;
const server = await startBrowserMode({ backend, staticDir, port, token: process.env.HOMEWARD_TOKEN });
console.log(`Homeward is running in browser mode. Open: ${server.url}`);
console.log(databaseUrl ? 'Database: PostgreSQL (HOMEWARD_DATABASE_URL)' : `Data folder: ${dataDir}`);

const stop = () => {
  void server
    .close()
    .then(() => backend.close())
    .then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
