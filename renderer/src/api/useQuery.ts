import { useCallback, useEffect, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api';
import { call } from './client';

export interface Query<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs a read on mount and whenever the input changes (compared as JSON); keeps the last data while reloading.
 * "Loading" is derived (the answer held is for another request), so no state is set synchronously in the effect.
 */
export function useQuery<K extends ApiMethod>(method: K, input: ApiInput<K>): Query<ApiOutput<K>> {
  const [tick, setTick] = useState(0);
  const request = `${method}|${tick}|${JSON.stringify(input)}`;
  const [state, setState] = useState<{ request?: string; data?: ApiOutput<K>; error: string | null }>({
    error: null,
  });
  useEffect(() => {
    let current = true;
    const payload = JSON.parse(request.slice(request.indexOf('|', method.length + 1) + 1)) as ApiInput<K>;
    call(method, payload).then(
      (data) => current && setState({ request, data, error: null }),
      (e: Error) => current && setState((s) => ({ ...s, request, error: e.message })),
    );
    return () => {
      current = false;
    };
  }, [method, request]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.request !== request, reload };
}
