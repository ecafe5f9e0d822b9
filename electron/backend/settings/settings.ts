import type { Settings } from '../../../shared/api/app';
import type { Db } from '../db/schema';

export const DEFAULT_PROFILE_ID = 'warwickshire';

export async function readSetting(db: Db, key: string): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function writeSetting(db: Db, key: string, value: string | null): Promise<void> {
  if (value === null) await db.deleteFrom('settings').where('key', '=', key).execute();
  else
    await db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
}

/** Every setting in one read: the Settings screen and the document heading ask for several at once. */
export async function readSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const value = (key: string) => rows.find((r) => r.key === key)?.value ?? null;
  return {
    displayName: value('displayName'),
    displayRole: value('displayRole'),
    defaultProfileId: value('defaultProfileId') ?? DEFAULT_PROFILE_ID,
    organisation: value('organisation'),
    service: value('service'),
    letterheadFileName: value('letterheadFileName'),
  };
}
