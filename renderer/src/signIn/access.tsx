import { createContext, useContext, type ReactNode } from 'react';
import type { ApiMethod } from '../../../shared/api';
import type { WhoAmI } from '../../../shared/api/accounts';

/**
 * Who is signed in and what they may call (app.whoAmI). The UI hides what the person cannot do; the server is
 * what refuses. Local mode: everything.
 */
const AccessContext = createContext<WhoAmI | null>(null);

export const AccessProvider = ({ me, children }: { me: WhoAmI; children: ReactNode }) => (
  <AccessContext.Provider value={me}>{children}</AccessContext.Provider>
);

export const useWhoAmI = () => useContext(AccessContext);

/** Whether the person may call the method (an invited-only method: in the meetings naming them). */
export function useCan(): (method: ApiMethod) => boolean {
  const me = useContext(AccessContext);
  return (method) => !me || me.methods.includes(method);
}
