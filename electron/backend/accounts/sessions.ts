import { createHash, randomBytes } from 'node:crypto';
import { isRole } from '../../../shared/auth/roles';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { mutation } from '../mutation';
import type { Caller } from './caller';
import { hashPassword, verifyPassword } from './passwords';
import {
  clearFailures,
  countAccounts,
  deleteSession,
  deleteSessionsOf,
  deleteSetupCodes,
  findAccountByUsername,
  findSession,
  findSetupCode,
  getFailures,
  insertAccount,
  insertSession,
  insertSetupCode,
  setFailures,
  touchSession,
} from './queries';

// Team mode's sign-in, sessions, lock-out and first-start setup. All state is in the database (several server
// processes share it); tokens and codes are kept only as SHA-256 hashes.

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
export const DEFAULT_IDLE_MINUTES = 30;
export const ABSOLUTE_HOURS = 12;
/** A session's last-seen time is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 30_000;

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMinutes: DEFAULT_IDLE_MINUTES,
  absoluteHours: ABSOLUTE_HOURS,
};

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');
const later = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000).toISOString();

/** A refused sign-in: one message whatever the reason (unknown name, wrong password, disabled), but a lock says so. */
export class SignInRefused extends DomainError {}

const WRONG = 'The username or password is not right.';

/** The people-facing context for sign-in's audit rows: they name the account trying, not whoever runs the server. */
// Both audit columns name the account: on the server the operating-system account is the service's, not a person's.
const as = (ctx: BackendContext, username: string): BackendContext => ({
  ...ctx,
  user: () => username,
  account: () => username,
});

/**
 * Checks a password and opens a session; answers the cookie's token. Five failures in a row lock the account for
 * 15 minutes (per account, in the database); a success clears the count.
 */
export async function signIn(ctx: BackendContext, username: string, password: string): Promise<string> {
  const at = ctx.now();
  const account = await findAccountByUsername(ctx.db, username);
  if (!account) {
    await verifyPassword(password, null); // the same cost as a real check: timing does not reveal usernames
    throw new SignInRefused('forbidden', WRONG);
  }
  const failures = await getFailures(ctx.db, account.id);
  if (failures?.locked_until && failures.locked_until > at.toISOString())
    throw new SignInRefused(
      'locked',
      `This account is locked after ${LOCK_AFTER_FAILURES} failed sign-ins; try again after ${LOCK_MINUTES} minutes or ask an administrator to reset the password.`,
    );
  const good = await verifyPassword(password, account.password_hash);
  if (!good || account.disabled === 1) {
    const count = (failures?.locked_until ? 0 : (failures?.failures ?? 0)) + 1;
    const locks = count >= LOCK_AFTER_FAILURES;
    await setFailures(ctx.db, account.id, locks ? 0 : count, locks ? later(at, LOCK_MINUTES) : null);
    if (locks)
      await mutation(as(ctx, account.username), (tx) =>
        audit(tx, 'refused', 'account', account.id, null, 'locked'),
      );
    throw new SignInRefused(
      'forbidden',
      account.disabled === 1 && good ? 'This account is disabled.' : WRONG,
    );
  }
  const token = newToken();
  await mutation(as(ctx, account.username), async (tx) => {
    await clearFailures(tx.db, account.id);
    await insertSession(tx.db, hashToken(token), account.id, at.toISOString());
    await audit(tx, 'create', 'session', account.id, null, 'password');
  });
  return token;
}

/** Opens a session for an account already identified (single sign-on); answers the cookie's token. */
export async function openSession(
  ctx: BackendContext,
  accountId: string,
  username: string,
  how: string,
): Promise<string> {
  const token = newToken();
  await mutation(as(ctx, username), async (tx) => {
    await insertSession(tx.db, hashToken(token), accountId, tx.now().toISOString());
    await audit(tx, 'create', 'session', accountId, null, how);
  });
  return token;
}

/**
 * The caller a session token stands for, or null when there is none, it has been idle too long, it is older than
 * the absolute limit, or its account is disabled. An expired session is deleted.
 */
export async function sessionCaller(
  ctx: BackendContext,
  token: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<Caller | null> {
  const at = ctx.now();
  const tokenHash = hashToken(token);
  const s = await findSession(ctx.db, tokenHash);
  if (!s) return null;
  const idle = at.getTime() - Date.parse(s.last_seen_at) > policy.idleMinutes * 60_000;
  const old = at.getTime() - Date.parse(s.created_at) > policy.absoluteHours * 3_600_000;
  if (idle || old || s.disabled === 1 || !isRole(s.role)) {
    await deleteSession(ctx.db, tokenHash);
    return null;
  }
  if (at.getTime() - Date.parse(s.last_seen_at) >= TOUCH_EVERY_MS)
    await touchSession(ctx.db, tokenHash, at.toISOString());
  return { accountId: s.account_id, username: s.username, displayName: s.display_name, role: s.role };
}

export const signOut = (ctx: BackendContext, token: string) => deleteSession(ctx.db, hashToken(token));

/** Ends every session of the account, this one included; answers how many ended. */
export const signOutEverywhere = (ctx: BackendContext, accountId: string) =>
  deleteSessionsOf(ctx.db, accountId);

/**
 * At a server's start with no accounts: a new one-time setup code, to be printed; null once any account exists.
 * Each start without accounts adds a code (all stay valid until the first administrator is made, then all go).
 */
export async function issueSetupCode(ctx: BackendContext): Promise<string | null> {
  if ((await countAccounts(ctx.db)) > 0) return null;
  const code = randomBytes(9).toString('base64url');
  await insertSetupCode(ctx.db, hashToken(code), ctx.now().toISOString());
  return code;
}

export const needsSetup = async (ctx: BackendContext) => (await countAccounts(ctx.db)) === 0;

/** Makes the first administrator with the printed code, then forgets every code; answers a session token. */
export async function completeSetup(
  ctx: BackendContext,
  code: string,
  admin: { username: string; displayName: string; password: string },
): Promise<string> {
  const passwordHash = await hashPassword(admin.password);
  const id = newId();
  await mutation(as(ctx, admin.username), async (tx) => {
    if ((await countAccounts(tx.db)) > 0)
      throw new DomainError('conflict', 'This server is set up already: sign in instead.');
    if (!(await findSetupCode(tx.db, hashToken(code.trim()))))
      throw new DomainError(
        'forbidden',
        'That setup code is not right. Use the code the server printed when it started.',
        [{ field: 'code', message: 'is not right' }],
      );
    await insertAccount(
      tx.db,
      { id, ...admin, role: 'administrator', email: null, passwordHash },
      tx.now().toISOString(),
    );
    await deleteSetupCodes(tx.db);
    await audit(tx, 'create', 'account', id, null, 'role=administrator,setup');
  });
  return openSession(ctx, id, admin.username, 'setup');
}
