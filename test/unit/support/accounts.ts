import type { Role } from '../../../shared/auth/roles';
import type { Backend } from '../../../electron/backend/backend';
import type { Caller } from '../../../electron/backend/accounts/caller';
import { completeSetup, issueSetupCode, sessionCaller } from '../../../electron/backend/accounts/sessions';

export const TEST_PASSWORD = 'correct horse battery staple';

/** Makes the first administrator with the setup code, as the setup page does; answers them as a caller. */
export async function firstAdministrator(b: Backend, username = 'admin.one'): Promise<Caller> {
  const code = await issueSetupCode(b.context);
  if (!code) throw new Error('The server already has accounts.');
  const token = await completeSetup(b.context, code, {
    username,
    displayName: 'Admin One (synthetic)',
    password: TEST_PASSWORD,
  });
  const caller = await sessionCaller(b.context, token);
  if (!caller) throw new Error('The setup session did not open.');
  return caller;
}

/** An account of the role, added by the administrator through the API; answers it as a caller. */
export async function accountAs(
  b: Backend,
  admin: Caller,
  role: Role,
  username: string,
  displayName?: string,
): Promise<Caller> {
  const result = await b.call(
    'accounts.create',
    { username, displayName: displayName ?? `${username} (synthetic)`, role, password: TEST_PASSWORD },
    admin,
  );
  if (!result.ok) throw new Error(`accounts.create failed: ${result.error.message}`);
  const a = result.value as { id: string; username: string; displayName: string };
  return { accountId: a.id, username: a.username, displayName: a.displayName, role };
}
