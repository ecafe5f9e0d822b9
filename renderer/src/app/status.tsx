import { createContext, useContext, type ReactNode } from 'react';
import type { AppStatus } from '../../../shared/api/app';
import { useQuery } from '../api/useQuery';

interface StatusContext {
  status: AppStatus | undefined;
  reload: () => void;
}

const Ctx = createContext<StatusContext>({ status: undefined, reload: () => undefined });

/** The backend's status, including its "now": every screen computes ages and clocks from the same instant. */
export function AppStatusProvider({ children }: { children: ReactNode }) {
  const q = useQuery('app.status', {});
  return <Ctx.Provider value={{ status: q.data, reload: q.reload }}>{children}</Ctx.Provider>;
}

export const useAppStatus = () => useContext(Ctx);

/** The backend's now, or the browser's until the status has loaded. */
export function useNow(): string {
  const { status } = useAppStatus();
  return status?.now ?? new Date().toISOString();
}
