import type { ApiMethod } from '../../../shared/api';
import type { Account, ChildRestriction, WhoAmI } from '../../../shared/api/accounts';
import { accessFor, PERMISSIONS } from '../../../shared/auth/roles';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { DomainError, notFound } from '../errors';
import type { Handlers } from '../handler';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { getChild } from '../children/queries';
import { hashPassword } from './passwords';
import {
  deleteSessionsOf,
  clearFailures,
  findAccountByEmail,
  findAccountByUsername,
  getAccountRow,
  insertAccount,
  listAccounts,
  listChildAccess,
  replaceChildAccess,
  toAccount,
  updateAccountRow,
  countActiveAdministrators,
} from './queries';

const ALL_METHODS = Object.keys(PERMISSIONS) as ApiMethod[];

/** Accounts exist only on a team server; on this computer there is nobody to sign in. */
function teamOnly(ctx: BackendContext): void {
  if (!ctx.caller)
    throw new DomainError('forbidden', 'Accounts belong to team mode (a council’s Homeward server).');
}

async function accountOrThrow(ctx: BackendContext, id: string): Promise<Account> {
  const row = await getAccountRow(ctx.db, id);
  if (!row) throw notFound('The account');
  return toAccount(row);
}

async function assertFree(
  ctx: BackendContext,
  username: string | null,
  email: string | null,
  exceptId?: string,
) {
  if (username && (await findAccountByUsername(ctx.db, username)))
    throw new DomainError('conflict', `The username ${username} is already taken.`, [
      { field: 'username', message: 'is already taken' },
    ]);
  const other = email ? await findAccountByEmail(ctx.db, email) : undefined;
  if (other && other.id !== exceptId)
    throw new DomainError('conflict', 'That email is already linked to another account.', [
      { field: 'email', message: 'is already linked to another account' },
    ]);
}

async function restrictionOf(ctx: BackendContext, childId: string): Promise<ChildRestriction> {
  const rows = await listChildAccess(ctx.db, childId);
  return {
    childId,
    accounts: rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name })),
  };
}

export const accountsHandlers: Handlers<
  | 'app.whoAmI'
  | 'accounts.list'
  | 'accounts.create'
  | 'accounts.update'
  | 'accounts.resetPassword'
  | 'children.restriction'
  | 'children.restrict'
> = {
  'app.whoAmI': (_args, ctx): WhoAmI => {
    const caller = ctx.caller;
    if (!caller) return { mode: 'local', account: null, methods: ALL_METHODS, invitedOnly: [] };
    return {
      mode: 'team',
      account: {
        id: caller.accountId,
        username: caller.username,
        displayName: caller.displayName,
        role: caller.role,
      },
      methods: ALL_METHODS.filter((m) => accessFor(caller.role, m) !== 'refused'),
      invitedOnly: ALL_METHODS.filter((m) => accessFor(caller.role, m) === 'if-invited'),
    };
  },

  'accounts.list': (_args, ctx) => {
    teamOnly(ctx);
    return listAccounts(ctx.db);
  },

  'accounts.create': async (a, ctx) => {
    teamOnly(ctx);
    const passwordHash = await hashPassword(a.password);
    return mutation(ctx, async (tx) => {
      await assertFree(tx, a.username, a.email);
      const id = newId();
      await insertAccount(tx.db, { ...a, id, passwordHash }, tx.now().toISOString());
      tx.changed('accounts');
      await audit(tx, 'create', 'account', id, null, `role=${a.role}`);
      return accountOrThrow(tx, id);
    });
  },

  'accounts.update': ({ id, ...change }, ctx) => {
    teamOnly(ctx);
    return mutation(ctx, async (tx) => {
      const before = await accountOrThrow(tx, id);
      if (change.email !== undefined) await assertFree(tx, null, change.email, id);
      const losesAdmin =
        before.role === 'administrator' &&
        !before.disabled &&
        ((change.role !== undefined && change.role !== 'administrator') || change.disabled === true);
      // A server with no working administrator could never add or repair an account again.
      if (losesAdmin && (await countActiveAdministrators(tx.db)) <= 1)
        throw new DomainError(
          'conflict',
          'This is the only administrator: add another before changing this one.',
        );
      await updateAccountRow(
        tx.db,
        id,
        {
          ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
          ...(change.role !== undefined ? { role: change.role } : {}),
          ...(change.email !== undefined ? { email: change.email } : {}),
          ...(change.disabled !== undefined ? { disabled: change.disabled ? 1 : 0 } : {}),
        },
        tx.now().toISOString(),
      );
      // A disabled account's open windows stop at their next call, not at the end of the idle time.
      if (change.disabled) await deleteSessionsOf(tx.db, id);
      tx.changed('accounts');
      await audit(tx, 'update', 'account', id, null, Object.keys(change).join(','));
      return accountOrThrow(tx, id);
    });
  },

  'accounts.resetPassword': async ({ id, password }, ctx) => {
    teamOnly(ctx);
    const passwordHash = await hashPassword(password);
    return mutation(ctx, async (tx) => {
      await accountOrThrow(tx, id);
      await updateAccountRow(tx.db, id, { password_hash: passwordHash }, tx.now().toISOString());
      await deleteSessionsOf(tx.db, id);
      await clearFailures(tx.db, id);
      tx.changed('accounts');
      await audit(tx, 'update', 'account', id, null, 'password');
      return accountOrThrow(tx, id);
    });
  },

  'children.restriction': async ({ childId }, ctx) => {
    if (!(await getChild(ctx.db, childId))) throw notFound('The child');
    return restrictionOf(ctx, childId);
  },

  'children.restrict': ({ childId, accountIds }, ctx) => {
    teamOnly(ctx);
    return mutation(ctx, async (tx) => {
      if (!(await getChild(tx.db, childId))) throw notFound('The child');
      const unique = [...new Set(accountIds)];
      for (const id of unique) await accountOrThrow(tx, id);
      await replaceChildAccess(tx.db, childId, unique);
      tx.changed('child_access');
      await audit(tx, 'update', 'child', childId, childId, `restricted-to=${unique.length}`);
      return restrictionOf(tx, childId);
    });
  },
};
