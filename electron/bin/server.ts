import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { issueSetupCode } from '../backend/accounts/sessions';
import { createBackend } from '../backend/backend';
import { ConfigError, teamConfigFromEnv } from '../server/team/config';
import { createOidcSignIn, oidcConfigFromEnv, oidcPendingSecretFromEnv } from '../server/auth/oidc';
import { postgresBus } from '../server/live/bus';
import { createLiveHub } from '../server/live/hub';
import { startTeamServer } from '../server/team/server';
import { resolveDataDir } from './data-dir';

// Team mode: `npm run server`. A council's shared Homeward on its PostgreSQL; configuration in README's
// "Team mode: the Homeward server".
const databaseUrl = process.env.HOMEWARD_DATABASE_URL?.trim();
if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error(
    'The Homeward server needs a PostgreSQL database: set HOMEWARD_DATABASE_URL=postgres://... ' +
      '(a SQLite file is for one computer: use `npm start` or `npm run serve` for that).',
  );
  process.exit(1);
}
let config;
try {
  config = teamConfigFromEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const staticDir = resolve(import.meta.dirname, '../../out/renderer');
if (!existsSync(resolve(staticDir, 'index.html'))) {
  console.error('The renderer is not built: run `npm run build:renderer` first.');
  process.exit(1);
}
// The data folder holds only the audit key file when HOMEWARD_AUDIT_KEY is not set.
const backend = await createBackend({ dataDir: resolveDataDir(), databaseUrl });
// Live updates between every process on this database (LISTEN/NOTIFY), and single sign-on when configured.
const live = createLiveHub({ bus: await postgresBus(databaseUrl) });
const oidcConfig = oidcConfigFromEnv();
const oidc = oidcConfig
  ? createOidcSignIn(oidcConfig, { pendingSecret: oidcPendingSecretFromEnv() })
  : undefined;
const server = await startTeamServer({ backend, staticDir, config, live, oidc });
console.log(`The Homeward server is running at ${server.url} (listening on ${config.host}:${server.port}).`);
const code = await issueSetupCode(backend.context);
if (code) {
  console.log(
    `No accounts yet. Open ${server.url} and set up the first administrator with this one-time code: ${code}`,
  );
}

const stop = () => {
  void server
    .close()
    .then(() => live.close())
    .then(() => backend.close())
    .then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
