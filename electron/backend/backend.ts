import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiSchemas, isApiMethod, type ApiMethod, type ApiResult } from '../../shared/api';
import { osUserName } from './app/handlers';
import type { BackendContext } from './context';
import { openDatabase, type OpenOptions } from './db/open';
import { DomainError, fromZod } from './errors';
import type { Handler } from './handler';
import { handlers } from './handlers';
import { readSetting } from './settings/settings';

export interface BackendOptions extends OpenOptions {
  dataDir: string;
  /** Pins the clock (tests, demo screenshots); default is the real time. */
  now?: () => Date;
  /** Where failures that are not the user's are reported; never given personal data. */
  logError?: (method: string, error: unknown) => void;
}

export interface Backend {
  /** Validates the payload, runs the handler, and answers a result; never throws. */
  call(method: string, payload: unknown): Promise<ApiResult<unknown>>;
  context: BackendContext;
  close(): void;
}

export const DATABASE_FILE = 'homeward.sqlite';

export function createBackend(options: BackendOptions): Backend {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, DATABASE_FILE), options);
  const context: BackendContext = {
    db,
    dataDir: options.dataDir,
    now: options.now ?? (() => new Date()),
    user: () => readSetting(db, 'displayName') ?? osUserName(),
  };
  const logError =
    options.logError ??
    ((method: string, error: unknown) =>
      // Only the method and the error's class and message: payloads hold children's details and are never logged.
      console.error(
        `[homeward] ${method} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'}`,
      ));

  return {
    context,
    close: () => db.close(),
    async call(method, payload) {
      if (!isApiMethod(method)) {
        return {
          ok: false,
          error: { code: 'not-found', message: `There is no API method called ${method}.` },
        };
      }
      const parsed = apiSchemas[method].safeParse(payload ?? {});
      if (!parsed.success) return { ok: false, error: fromZod(parsed.error).toApiError() };
      try {
        const handler: Handler<ApiMethod> = handlers[method];
        const value: unknown = await handler(parsed.data, context);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof DomainError) return { ok: false, error: error.toApiError() };
        logError(method, error);
        return {
          ok: false,
          error: { code: 'internal', message: 'Something went wrong; nothing was saved. Try again.' },
        };
      }
    },
  };
}
