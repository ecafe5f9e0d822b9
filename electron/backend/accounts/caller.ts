import type { Role } from '../../../shared/auth/roles';

/** Who a team-mode request is made for: the signed-in account, as the server found it from the session cookie. */
export interface Caller {
  accountId: string;
  username: string;
  displayName: string;
  role: Role;
}
