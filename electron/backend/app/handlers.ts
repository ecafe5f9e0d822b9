import { userInfo } from 'node:os';
import { join } from 'node:path';
import { listBackups } from '../db/backup';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { DomainError } from '../errors';
import type { Handlers } from '../handler';
import { schemaVersion } from '../db/migrate';
import { countRows } from './queries';
import { mutation } from '../mutation';
import { insertDemo } from '../demo/insert';
import { recordDemoNotifications } from '../demo/notifications';
import { readSettings, writeSetting } from '../settings/settings';

const count = (ctx: BackendContext, table: 'children' | 'episodes') => countRows(ctx.db, table);

/** The OS account name, for the audit trail when no display name is set. */
export function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}

/** The folder of the daily backups (backend.ts's backupsDir; here so a handler need not import the backend). */
const backupsFolder = (ctx: BackendContext) => join(ctx.dataDir, 'backups');

export const appHandlers: Handlers<
  'app.status' | 'app.loadDemo' | 'settings.get' | 'settings.update' | 'app.backupStatus'
> = {
  'app.status': async (_args, ctx) => ({
    childCount: await count(ctx, 'children'),
    episodeCount: await count(ctx, 'episodes'),
    user: ctx.user(),
    now: ctx.now().toISOString(),
    schemaVersion: await schemaVersion(ctx.db, ctx.engine),
  }),

  'app.loadDemo': async (_args, ctx) => {
    if ((await count(ctx, 'children')) > 0) {
      throw new DomainError('conflict', 'Demo data can only be loaded into an empty database.');
    }
    const loaded = await insertDemo(ctx);
    await recordDemoNotifications(ctx);
    return loaded;
  },

  'settings.get': (_args, ctx) => readSettings(ctx.db),

  'settings.update': (s, ctx) =>
    mutation(ctx, async (tx) => {
      if (s.displayName !== undefined) {
        const before = (await readSettings(tx.db)).displayName;
        const after = s.displayName || null;
        await writeSetting(tx.db, 'displayName', after);
        // A rename is its own row with both names, so later rows naming the new label are traced to the account
        // that chose it (staff names, never a child's).
        if (before !== after)
          await audit(
            tx,
            'update',
            'settings',
            'displayName',
            null,
            JSON.stringify({ from: before, to: after }),
          );
      }
      if (s.displayRole !== undefined) {
        const before = (await readSettings(tx.db)).displayRole;
        const after = s.displayRole || null;
        await writeSetting(tx.db, 'displayRole', after);
        // As a rename: the approvals printed later name this role, so the change is traced with both.
        if (before !== after)
          await audit(
            tx,
            'update',
            'settings',
            'displayRole',
            null,
            JSON.stringify({ from: before, to: after }),
          );
      }
      if (s.defaultProfileId) await writeSetting(tx.db, 'defaultProfileId', s.defaultProfileId);
      if (s.organisation !== undefined) await writeSetting(tx.db, 'organisation', s.organisation || null);
      if (s.service !== undefined) await writeSetting(tx.db, 'service', s.service || null);
      tx.changed('settings');
      await audit(tx, 'update', 'settings', 'settings', null, Object.keys(s).join(','));
      return readSettings(tx.db);
    }),

  'app.backupStatus': (_args, ctx) => {
    if (ctx.engine !== 'sqlite') return { engine: ctx.engine, lastBackupAt: null, folder: null };
    const folder = backupsFolder(ctx);
    return {
      engine: ctx.engine,
      lastBackupAt: listBackups(folder).at(-1)?.at.toISOString() ?? null,
      folder,
    };
  },
};
