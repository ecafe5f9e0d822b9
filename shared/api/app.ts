import { z } from 'zod';
import { apiId } from './text';

export const appSchemas = {
  'app.status': z.object({}),
  /** Fills an empty database with the synthetic demo children. Refused when any child exists. */
  'app.loadDemo': z.object({}),
  'settings.get': z.object({}),
  /** When the newest backup in the data folder was made, and where (Settings shows it). */
  'app.backupStatus': z.object({}),
  'settings.update': z.object({
    displayName: z.string().trim().max(100, 'must be at most 100 characters').nullable().optional(),
    /** The user's role as approved minutes print it ("Approved by A. Example, Missing Children Coordinator"). */
    displayRole: z.string().trim().max(100, 'must be at most 100 characters').nullable().optional(),
    defaultProfileId: apiId.optional(),
    /** Printed at the top of documents in the built-in layout, e.g. "Exampleshire County Council". */
    organisation: z.string().trim().max(120, 'must be at most 120 characters').nullable().optional(),
    service: z.string().trim().max(120, 'must be at most 120 characters').nullable().optional(),
  }),
};

export interface AppStatus {
  childCount: number;
  episodeCount: number;
  /** Who the audit trail will name for this session. */
  user: string;
  /** ISO instant the backend considers "now"; the UI uses it so tests can pin the clock. */
  now: string;
  schemaVersion: number;
}

export interface Settings {
  displayName: string | null;
  /** The user's role on this computer (team mode uses the account's): printed with their name on approval. */
  displayRole: string | null;
  defaultProfileId: string;
  organisation: string | null;
  service: string | null;
  /** The council letterhead's original file name, when one is set. */
  letterheadFileName: string | null;
}

export interface BackupStatus {
  engine: 'sqlite' | 'postgres';
  /** ISO instant of the newest backup; null before the first, and on PostgreSQL (the council's own backups). */
  lastBackupAt: string | null;
  /** The backups folder on this computer; null on PostgreSQL. */
  folder: string | null;
}

export interface AppOutputs {
  'app.backupStatus': BackupStatus;
  'app.status': AppStatus;
  'app.loadDemo': { children: number; episodes: number };
  'settings.get': Settings;
  'settings.update': Settings;
}
