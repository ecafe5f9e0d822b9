import { z } from 'zod';

export const appSchemas = {
  'app.status': z.object({}),
  /** Fills an empty database with the synthetic demo children. Refused when any child exists. */
  'app.loadDemo': z.object({}),
  'settings.get': z.object({}),
  'settings.update': z.object({
    displayName: z.string().trim().max(100, 'must be at most 100 characters').nullable(),
    defaultProfileId: z.string().trim().min(1, 'is required').max(60).optional(),
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
  defaultProfileId: string;
}

export interface AppOutputs {
  'app.status': AppStatus;
  'app.loadDemo': { children: number; episodes: number };
  'settings.get': Settings;
  'settings.update': Settings;
}
