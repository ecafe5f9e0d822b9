import type Database from 'better-sqlite3';
import type { Settings } from '../../../shared/api/app';

export const DEFAULT_PROFILE_ID = 'warwickshire';

export function readSetting(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function writeSetting(db: Database.Database, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
  else
    db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
}

export const readSettings = (db: Database.Database): Settings => ({
  displayName: readSetting(db, 'displayName'),
  defaultProfileId: readSetting(db, 'defaultProfileId') ?? DEFAULT_PROFILE_ID,
  organisation: readSetting(db, 'organisation'),
  service: readSetting(db, 'service'),
  letterheadFileName: readSetting(db, 'letterheadFileName'),
});
