import type { Connection, ConnectionInfo } from '../../shared/api/connection';
import { audit } from '../backend/audit/audit';
import type { BackendContext } from '../backend/context';
import { mutation } from '../backend/mutation';
import { readSetting, writeSetting } from '../backend/settings/settings';
import { CONNECTION_SETTING, connectionSettingValue, readConnection } from './connection';

// The choice kept in the local database's settings table (no Electron here, so the tests run it on a real file).

export async function loadConnection(ctx: BackendContext): Promise<ConnectionInfo> {
  return readConnection(await readSetting(ctx.db, CONNECTION_SETTING));
}

/** Keeps the choice, audited like any other setting: which mode, never more than the server's origin. */
export function storeConnection(ctx: BackendContext, connection: Connection): Promise<void> {
  return mutation(ctx, async (tx) => {
    await writeSetting(tx.db, CONNECTION_SETTING, connectionSettingValue(connection));
    tx.changed('settings');
    const detail =
      connection.mode === 'server' ? `server ${new URL(connection.url).origin}` : 'this computer';
    await audit(tx, 'update', 'settings', CONNECTION_SETTING, null, detail);
  });
}
