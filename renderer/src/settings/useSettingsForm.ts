import { useState } from 'react';
import type { ApiInput } from '../../../shared/api';
import { ApiCallError, call } from '../api/client';

/** Saves part of the settings and reports the outcome in words a user can act on. */
export function useSaveSettings(onSaved: () => void) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; ok: boolean }>({
    busy: false,
    message: null,
    ok: true,
  });
  const save = async (input: ApiInput<'settings.update'>) => {
    setState({ busy: true, message: null, ok: true });
    try {
      await call('settings.update', input);
      setState({ busy: false, message: 'Saved.', ok: true });
      onSaved();
    } catch (e) {
      setState({
        busy: false,
        message: e instanceof ApiCallError ? e.message : 'Could not save.',
        ok: false,
      });
    }
  };
  return { ...state, save };
}
