import { createBackend } from '../backend/backend';
import { resolveDatabaseUrl, resolveDataDir, resolveNow } from './data-dir';
import { claimDataDir } from './data-lock';

// `npm run demo`: fills an empty data folder (or the PostgreSQL database HOMEWARD_DATABASE_URL names) with the
// synthetic demo children, as "Load demo data" does.
const dataDir = resolveDataDir();
if (!claimDataDir(dataDir, 'npm run demo')) process.exit(1);
const backend = await createBackend({ dataDir, databaseUrl: resolveDatabaseUrl(), now: resolveNow() });
const result = await backend.call('app.loadDemo', {});
await backend.close();
if (!result.ok) {
  console.error(result.error.message);
  process.exit(1);
}
const { children, episodes } = result.value as { children: number; episodes: number };
console.log(`Loaded ${children} fictional children and ${episodes} episodes into ${dataDir}`);
