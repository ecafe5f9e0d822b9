import { keepPreviousData, useQuery as useCachedQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api';
import { call } from './client';
import { queryOptionsFor } from './queryClient';

export interface Query<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/**
 * A read through the shared cache (TanStack Query), keyed by method and input: the same call sites as before, but
 * screens showing the same read share one answer, and saves and other windows' changes refresh it through the map
 * in shared/api/invalidation.ts. The last data is kept while a new one loads.
 */
export function useQuery<K extends ApiMethod>(method: K, input: ApiInput<K>): Query<ApiOutput<K>> {
  const q = useCachedQuery({
    queryKey: [method, input] as const,
    queryFn: () => call(method, input),
    placeholderData: keepPreviousData,
    ...queryOptionsFor(method),
  });
  const { refetch } = q;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: q.data,
    error: q.error ? q.error.message : null,
    // Loading means the answer held is for another request (or none yet); a background refresh after another
    // window's change shows no progress bar, the new answer just replaces the old.
    loading: q.isPending || q.isPlaceholderData,
    reload,
  };
}
