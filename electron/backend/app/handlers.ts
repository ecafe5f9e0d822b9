import { userInfo } from 'node:os';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { DomainError } from '../errors';
import type { Handlers } from '../handler';
import { insertDemo } from '../demo/insert';
import { readSettings, writeSetting } from '../settings/settings';

const count = (ctx: BackendContext, table: 'children' | 'episodes') =>
  (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** The OS account name, for the audit trail when no display name is set. */
export function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}

export const appHandlers: Handlers<'app.status' | 'app.loadDemo' | 'settings.get' | 'settings.update'> = {
  'app.status': (_args, ctx) => ({
    childCount: count(ctx, 'children'),
    episodeCount: count(ctx, 'episodes'),
    user: ctx.user(),
    now: ctx.now().toISOString(),
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
  }),

  'app.loadDemo': (_args, ctx) => {
    if (count(ctx, 'children') > 0) {
      throw new DomainError('conflict', 'Demo data can only be loaded into an empty database.');
    }
    return insertDemo(ctx);
  },

  'settings.get': (_args, ctx) => readSettings(ctx.db),

  'settings.update': (s, ctx) =>
    ctx.db.transaction(() => {
      if (s.displayName !== undefined) writeSetting(ctx.db, 'displayName', s.displayName || null);
      if (s.defaultProfileId) writeSetting(ctx.db, 'defaultProfileId', s.defaultProfileId);
      if (s.organisation !== undefined) writeSetting(ctx.db, 'organisation', s.organisation || null);
      if (s.service !== undefined) writeSetting(ctx.db, 'service', s.service || null);
      audit(ctx, 'update', 'settings', 'settings', null, Object.keys(s).join(','));
      return readSettings(ctx.db);
    })(),
};
