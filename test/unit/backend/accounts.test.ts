import { describe, expect, it } from 'vitest';
import {
  completeSetup,
  issueSetupCode,
  sessionCaller,
  signIn,
  signOutEverywhere,
} from '../../../electron/backend/accounts/sessions';
import { verifyPassword, hashPassword } from '../../../electron/backend/accounts/passwords';
import { freshBackend } from '../support/backend';
import { accountAs, firstAdministrator, TEST_PASSWORD } from '../support/accounts';

const START = '2026-11-20T09:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000).toISOString();

/** A backend whose clock the test moves: no sleeps. */
async function pinned() {
  const clock = { iso: START };
  const b = await freshBackend(START, { now: () => new Date(clock.iso) });
  return { b, set: (iso: string) => void (clock.iso = iso) };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('accounts, sign-in and sessions (team mode)', () => {
  it('passwords are scrypt hashes with their parameters; the right one verifies, a wrong one does not', async () => {
    const hash = await hashPassword('a long synthetic password');
    expect(hash).toMatch(/^scrypt\$15\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(hash).not.toContain('a long synthetic password');
    expect(await verifyPassword('a long synthetic password', hash)).toBe(true);
    expect(await verifyPassword('a long synthetic passwore', hash)).toBe(false);
    expect(await verifyPassword('anything', null)).toBe(false);
  });

  it('the first start’s setup code makes one administrator, once; a later start prints no code', async () => {
    const { b } = await pinned();
    const code = await issueSetupCode(b.context);
    expect(code).toMatch(/^[\w-]{12}$/);
    const wrong = await refusal(
      completeSetup(b.context, 'not-the-code', {
        username: 'x.admin',
        displayName: 'X',
        password: TEST_PASSWORD,
      }),
    );
    expect(wrong.code).toBe('forbidden');
    await completeSetup(b.context, code!, {
      username: 'first.admin',
      displayName: 'First',
      password: TEST_PASSWORD,
    });
    const again = await refusal(
      completeSetup(b.context, code!, {
        username: 'second.admin',
        displayName: 'Second',
        password: TEST_PASSWORD,
      }),
    );
    expect(again.code).toBe('conflict');
    expect(await issueSetupCode(b.context)).toBeNull();
    const rows = await b.context.db.selectFrom('setup_codes').selectAll().execute();
    expect(rows).toEqual([]);
    const accounts = await b.context.db.selectFrom('accounts').select(['username', 'role']).execute();
    expect(accounts).toEqual([{ username: 'first.admin', role: 'administrator' }]);
  });

  it('a session ends after 30 minutes idle, and is kept alive by use until 12 hours from sign-in', async () => {
    const { b, set } = await pinned();
    const admin = await firstAdministrator(b);
    await accountAs(b, admin, 'chair', 'chair.c');
    const idle = await signIn(b.context, 'chair.c', TEST_PASSWORD);
    set(at(29));
    expect((await sessionCaller(b.context, idle))?.username).toBe('chair.c');
    set(at(29 + 31));
    expect(await sessionCaller(b.context, idle)).toBeNull();
    // Gone from the database too: coming back within the idle time later does not revive it.
    set(at(29 + 32));
    expect(await sessionCaller(b.context, idle)).toBeNull();

    set(START);
    const busy = await signIn(b.context, 'chair.c', TEST_PASSWORD);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      set(at(minutes));
      expect(await sessionCaller(b.context, busy), `at ${minutes} minutes`).not.toBeNull();
    }
    set(at(12 * 60 + 1));
    expect(await sessionCaller(b.context, busy)).toBeNull();
  });

  it('five wrong passwords lock the account for 15 minutes, even against the right one; then it signs in', async () => {
    const { b, set } = await pinned();
    const admin = await firstAdministrator(b);
    await accountAs(b, admin, 'manager', 'manager.m');
    for (let i = 0; i < 5; i++) {
      const r = await refusal(signIn(b.context, 'manager.m', 'wrong password here'));
      expect(r.code).toBe('forbidden');
    }
    const locked = await refusal(signIn(b.context, 'manager.m', TEST_PASSWORD));
    expect(locked.code).toBe('locked');
    const list = await b.call('accounts.list', {}, admin);
    expect(list.ok && (list.value as Array<{ username: string; lockedUntil: string | null }>)).toContainEqual(
      expect.objectContaining({ username: 'manager.m', lockedUntil: at(15) }),
    );
    set(at(14));
    expect((await refusal(signIn(b.context, 'manager.m', TEST_PASSWORD))).code).toBe('locked');
    set(at(15.5));
    const token = await signIn(b.context, 'manager.m', TEST_PASSWORD);
    expect((await sessionCaller(b.context, token))?.role).toBe('manager');
    // The count started again after the success: four more failures do not lock it.
    for (let i = 0; i < 4; i++) await refusal(signIn(b.context, 'manager.m', 'wrong password here'));
    expect(await signIn(b.context, 'manager.m', TEST_PASSWORD)).toBeTruthy();
  });

  it('an unknown username and a wrong password get the same answer', async () => {
    const { b } = await pinned();
    await firstAdministrator(b);
    const unknown = await refusal(signIn(b.context, 'nobody.here', TEST_PASSWORD));
    const wrong = await refusal(signIn(b.context, 'admin.one', 'wrong password here'));
    expect(unknown.message).toBe(wrong.message);
  });

  it('sign out everywhere ends every session of that account and no other', async () => {
    const { b } = await pinned();
    const admin = await firstAdministrator(b);
    const chair = await accountAs(b, admin, 'chair', 'chair.c');
    const laptop = await signIn(b.context, 'chair.c', TEST_PASSWORD);
    const desktop = await signIn(b.context, 'chair.c', TEST_PASSWORD);
    const adminSession = await signIn(b.context, 'admin.one', TEST_PASSWORD);
    expect(await signOutEverywhere(b.context, chair.accountId)).toBe(2);
    expect(await sessionCaller(b.context, laptop)).toBeNull();
    expect(await sessionCaller(b.context, desktop)).toBeNull();
    expect((await sessionCaller(b.context, adminSession))?.username).toBe('admin.one');
  });

  it('an administrator adds, changes, disables and resets accounts; a disabled one cannot sign in', async () => {
    const { b } = await pinned();
    const admin = await firstAdministrator(b);
    const reader = await accountAs(b, admin, 'read-only', 'reader.r');
    const open = await signIn(b.context, 'reader.r', TEST_PASSWORD);
    const dup = await b.call(
      'accounts.create',
      { username: 'READER.R', displayName: 'Dup', role: 'chair', password: TEST_PASSWORD },
      admin,
    );
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.error.issues).toEqual([{ field: 'username', message: 'is already taken' }]);
    const short = await b.call(
      'accounts.create',
      { username: 'x.y', displayName: 'Short', role: 'chair', password: 'short' },
      admin,
    );
    expect(!short.ok && short.error.issues?.[0]?.field).toBe('password');
    const changed = await b.call('accounts.update', { id: reader.accountId, role: 'chair' }, admin);
    expect(changed.ok && (changed.value as { role: string }).role).toBe('chair');
    expect((await sessionCaller(b.context, open))?.role).toBe('chair');
    await b.call('accounts.update', { id: reader.accountId, disabled: true }, admin);
    expect(await sessionCaller(b.context, open)).toBeNull();
    expect((await refusal(signIn(b.context, 'reader.r', TEST_PASSWORD))).message).toMatch(/disabled/);
    await b.call('accounts.update', { id: reader.accountId, disabled: false }, admin);
    await b.call(
      'accounts.resetPassword',
      { id: reader.accountId, password: 'a brand new synthetic one' },
      admin,
    );
    await refusal(signIn(b.context, 'reader.r', TEST_PASSWORD));
    expect(await signIn(b.context, 'reader.r', 'a brand new synthetic one')).toBeTruthy();
    const last = await b.call('accounts.update', { id: admin.accountId, role: 'manager' }, admin);
    expect(!last.ok && last.error.code).toBe('conflict');
  });
});
