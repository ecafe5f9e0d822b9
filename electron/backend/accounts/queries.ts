import type { Account } from '../../../shared/api/accounts';
import type { Role } from '../../../shared/auth/roles';
import type { AccountsTable, Db } from '../db/schema';

// Accounts, sessions, lock-outs, setup codes and restricted records: every query team mode's who-is-who makes.

type AccountRow = AccountsTable & { locked_until?: string | null };

export const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role as Role,
  email: r.email,
  disabled: r.disabled === 1,
  lockedUntil: r.locked_until ?? null,
  createdAt: r.created_at,
});

const withLock = (db: Db) =>
  db
    .selectFrom('accounts')
    .leftJoin('sign_in_failures', 'sign_in_failures.account_id', 'accounts.id')
    .selectAll('accounts')
    .select('sign_in_failures.locked_until');

export async function countAccounts(db: Db): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const listAccounts = async (db: Db): Promise<Account[]> =>
  (await withLock(db).orderBy('accounts.display_name').orderBy('accounts.username').execute()).map(toAccount);

export const getAccountRow = (db: Db, id: string) =>
  withLock(db).where('accounts.id', '=', id).executeTakeFirst();

export const findAccountByUsername = (db: Db, username: string) =>
  db
    .selectFrom('accounts')
    .selectAll()
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();

export const findAccountByEmail = (db: Db, email: string) =>
  db.selectFrom('accounts').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();

export async function insertAccount(
  db: Db,
  a: {
    id: string;
    username: string;
    displayName: string;
    role: Role;
    email: string | null;
    passwordHash: string;
  },
  at: string,
): Promise<void> {
  await db
    .insertInto('accounts')
    .values({
      id: a.id,
      username: a.username,
      display_name: a.displayName,
      role: a.role,
      email: a.email,
      password_hash: a.passwordHash,
      disabled: 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateAccountRow(
  db: Db,
  id: string,
  fields: Partial<Pick<AccountsTable, 'display_name' | 'role' | 'email' | 'disabled' | 'password_hash'>>,
  at: string,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ ...fields, updated_at: at })
    .where('id', '=', id)
    .execute();
}

// ---- Sessions ----

export async function insertSession(db: Db, tokenHash: string, accountId: string, at: string): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ token_hash: tokenHash, account_id: accountId, created_at: at, last_seen_at: at })
    .execute();
}

export const findSession = (db: Db, tokenHash: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'sessions.token_hash',
      'sessions.created_at',
      'sessions.last_seen_at',
      'accounts.id as account_id',
      'accounts.username',
      'accounts.display_name',
      'accounts.role',
      'accounts.disabled',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();

export async function touchSession(db: Db, tokenHash: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOf(db: Db, accountId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('account_id', '=', accountId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

// ---- Lock-out ----

export const getFailures = (db: Db, accountId: string) =>
  db.selectFrom('sign_in_failures').selectAll().where('account_id', '=', accountId).executeTakeFirst();

export async function setFailures(
  db: Db,
  accountId: string,
  failures: number,
  lockedUntil: string | null,
): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values({ account_id: accountId, failures, locked_until: lockedUntil })
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ failures, locked_until: lockedUntil }))
    .execute();
}

export async function clearFailures(db: Db, accountId: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('account_id', '=', accountId).execute();
}

// ---- The first start's setup codes ----

export async function insertSetupCode(db: Db, codeHash: string, at: string): Promise<void> {
  await db.insertInto('setup_codes').values({ code_hash: codeHash, created_at: at }).execute();
}

export const findSetupCode = (db: Db, codeHash: string) =>
  db.selectFrom('setup_codes').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();

export async function deleteSetupCodes(db: Db): Promise<void> {
  await db.deleteFrom('setup_codes').execute();
}

// ---- Restricted records ----

export const listChildAccess = (db: Db, childId: string) =>
  db
    .selectFrom('child_access')
    .innerJoin('accounts', 'accounts.id', 'child_access.account_id')
    .select(['accounts.id', 'accounts.username', 'accounts.display_name'])
    .where('child_access.child_id', '=', childId)
    .orderBy('accounts.display_name')
    .execute();

export async function replaceChildAccess(
  db: Db,
  childId: string,
  accountIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('child_access').where('child_id', '=', childId).execute();
  if (accountIds.length > 0)
    await db
      .insertInto('child_access')
      .values(accountIds.map((account_id) => ({ child_id: childId, account_id })))
      .execute();
}

/** Children restricted to named accounts of which this account is not one. */
export async function childrenHiddenFrom(db: Db, accountId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('child_access')
    .select('child_id')
    .distinct()
    .where(
      'child_id',
      'not in',
      db.selectFrom('child_access as mine').select('mine.child_id').where('mine.account_id', '=', accountId),
    )
    .execute();
  return new Set(rows.map((r) => r.child_id));
}

/** Of these children, the restricted ones and the accounts each is restricted to (a child with no rows is open). */
export async function restrictionsOf(db: Db, childIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const named = new Map<string, Set<string>>();
  if (childIds.length === 0) return named;
  const rows = await db
    .selectFrom('child_access')
    .select(['child_id', 'account_id'])
    .where('child_id', 'in', [...new Set(childIds)])
    .execute();
  for (const r of rows) named.set(r.child_id, (named.get(r.child_id) ?? new Set()).add(r.account_id));
  return named;
}

// ---- What a request's payload points at (for the restriction and invitation checks) ----

export const childIdsOfMeeting = async (db: Db, meetingId: string): Promise<string[]> =>
  (
    await db.selectFrom('meeting_children').select('child_id').where('meeting_id', '=', meetingId).execute()
  ).map((r) => r.child_id);

export const childOfEpisode = async (db: Db, episodeId: string): Promise<string | undefined> =>
  (await db.selectFrom('episodes').select('child_id').where('id', '=', episodeId).executeTakeFirst())
    ?.child_id;

export const meetingOfAction = async (db: Db, actionId: string): Promise<string | undefined> =>
  (await db.selectFrom('meeting_actions').select('meeting_id').where('id', '=', actionId).executeTakeFirst())
    ?.meeting_id;

/** The names a meeting gives its minute-taker: the meeting's own field and any attendee marked minute-taker. */
export async function minuteTakerNames(db: Db, meetingId: string): Promise<string[]> {
  const meeting = await db
    .selectFrom('meetings')
    .select('minute_taker')
    .where('id', '=', meetingId)
    .executeTakeFirst();
  const attendees = await db
    .selectFrom('meeting_attendees')
    .select('name')
    .where('meeting_id', '=', meetingId)
    .where('is_minute_taker', '=', 1)
    .execute();
  return [meeting?.minute_taker, ...attendees.map((a) => a.name)].filter((n): n is string => !!n);
}

export async function countActiveAdministrators(db: Db): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'administrator')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
