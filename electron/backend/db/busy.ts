/**
 * A busy database is waited for, never shown as an internal error (issue 11: two processes on one data folder made
 * 191 of 400 writes fail with "Something went wrong"). SQLite waits in its busy handler (busy_timeout, open.ts), but
 * a transaction that read before it wrote can still be refused at once with SQLITE_BUSY (its snapshot is stale);
 * PostgreSQL aborts one side of a deadlock (40P01) or a serialization failure (40001). In each case the whole
 * transaction was rolled back, so running the whole mutation again is safe.
 */

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, ...), PostgreSQL's serialization failure and deadlock. */
export function busyCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED') return code;
  return code === '40001' || code === '40P01' ? code : null;
}

/** Tries at most this many times: with the backoff below, about 1.5 s of waiting after SQLite's own 5 s. */
export const BUSY_ATTEMPTS = 6;

/** Exponential backoff with full jitter, so two writers that collided do not collide again in step. */
const backoffMs = (attempt: number): number => Math.random() * 25 * 2 ** attempt;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class DatabaseBusyError extends Error {
  constructor(readonly code: string) {
    super(`The database stayed busy (${code}) through ${BUSY_ATTEMPTS} attempts.`);
  }
}

/** Runs `attempt` again while it fails because the database was busy; `onRetry` hears each retry (logs, tests). */
export async function retryWhileBusy<T>(
  attempt: () => Promise<T>,
  onRetry?: (attempt: number, code: string) => void,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const code = busyCode(error);
      if (!code) throw error;
      if (n >= BUSY_ATTEMPTS) throw new DatabaseBusyError(code);
      onRetry?.(n, code);
      await sleep(backoffMs(n));
    }
  }
}
