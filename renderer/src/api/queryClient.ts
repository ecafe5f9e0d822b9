import { QueryClient } from '@tanstack/react-query';
import type { ApiMethod } from '../../../shared/api';
import { AUDITED_QUERIES, isQueryMethod } from '../../../shared/api/invalidation';

/** The renderer's one cache: every screen's reads share it, keyed by [method, input]. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A failed read is shown with its message and a Try again button; one quiet retry covers a blip.
      retry: 1,
      // Opening a screen reads afresh, as before the cache (an audited read is a "view" of the record).
      staleTime: 0,
    },
  },
});

/** How often the backend's status (and with it the app's "now") is read again: durations and overdue chips move. */
export const CLOCK_TICK_MS = 60_000;

/** The per-method options: audited reads never refetch on focus or reconnect, only for a change that touches them. */
export function queryOptionsFor(method: ApiMethod) {
  const audited = isQueryMethod(method) && AUDITED_QUERIES.has(method);
  return {
    refetchOnWindowFocus: !audited,
    refetchOnReconnect: !audited,
    refetchInterval: method === 'app.status' ? CLOCK_TICK_MS : (false as const),
  };
}
