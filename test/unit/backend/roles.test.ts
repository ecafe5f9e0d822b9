import { describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../../shared/api';
import { accessFor, PERMISSIONS, ROLES, type Role } from '../../../shared/auth/roles';
import type { Caller } from '../../../electron/backend/accounts/caller';
import { freshBackend, must, sampleChild } from '../support/backend';
import { accountAs, firstAdministrator } from '../support/accounts';
import { mimInput } from '../meetings/fixtures';

const METHODS = Object.keys(PERMISSIONS) as ApiMethod[];

async function auditCount(b: Awaited<ReturnType<typeof freshBackend>>): Promise<number> {
  const row = await b.context.db
    .selectFrom('audit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function team() {
  const b = await freshBackend();
  const admin = await firstAdministrator(b);
  const callers: Record<Role, Caller> = {
    administrator: admin,
    manager: await accountAs(b, admin, 'manager', 'manager.m'),
    chair: await accountAs(b, admin, 'chair', 'chair.c'),
    'minute-taker': await accountAs(b, admin, 'minute-taker', 'minutes.t', 'Minute B. Example'),
    'co-ordinator': await accountAs(b, admin, 'co-ordinator', 'coord.d'),
    'read-only': await accountAs(b, admin, 'read-only', 'reader.r'),
  };
  return { b, callers };
}

describe('roles: every API method against every role, walking the one map', () => {
  it('a role the map refuses is refused for every method, before validation, and nothing is written', async () => {
    const { b, callers } = await team();
    const before = await auditCount(b);
    let refusals = 0;
    for (const method of METHODS)
      for (const role of ROLES) {
        if (accessFor(role, method) !== 'refused') continue;
        const r = await b.call(method, {}, callers[role]);
        expect(r.ok, `${role} calling ${method}`).toBe(false);
        if (!r.ok) expect(r.error.code, `${role} calling ${method}`).toBe('forbidden');
        refusals++;
      }
    expect(refusals).toBeGreaterThan(100);
    expect(await auditCount(b)).toBe(before);
  });

  it('a role the map allows gets past the check for every method (an empty payload fails validation, not the role)', async () => {
    const { b, callers } = await team();
    for (const method of METHODS)
      for (const role of ROLES) {
        if (accessFor(role, method) !== 'allowed') continue;
        const r = await b.call(method, {}, callers[role]);
        if (!r.ok) {
          expect(r.error.code, `${role} calling ${method}: ${r.error.message}`).not.toBe('forbidden');
          expect(r.error.code, `${role} calling ${method}: ${r.error.message}`).not.toBe('internal');
        }
      }
  });

  it('app.whoAmI lists exactly the methods the map gives the role, with the invited-only ones marked', async () => {
    const { b, callers } = await team();
    for (const role of ROLES) {
      const me = await b.call('app.whoAmI', {}, callers[role]);
      if (!me.ok) throw new Error(me.error.message);
      const value = me.value as { mode: string; methods: string[]; invitedOnly: string[] };
      expect(value.mode).toBe('team');
      expect(value.methods.sort()).toEqual(METHODS.filter((m) => accessFor(role, m) !== 'refused').sort());
      expect(value.invitedOnly.sort()).toEqual(
        METHODS.filter((m) => accessFor(role, m) === 'if-invited').sort(),
      );
    }
  });

  it('a minute-taker types minutes in a meeting naming them, is refused in one that does not, and never approves', async () => {
    const { b, callers } = await team();
    const manager = callers.manager;
    const taker = callers['minute-taker'];
    const child = await b.call('children.create', sampleChild(), manager);
    if (!child.ok) throw new Error(child.error.message);
    const childId = (child.value as { id: string }).id;
    const create = async (minuteTaker: string) => {
      const r = await b.call('meetings.create', mimInput(childId, { minuteTaker }), callers.chair);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as { meeting: { id: string }; items: Array<{ id: string; revision: number }> };
    };
    const mine = await create('Minute B. Example');
    const theirs = await create('Someone Else (synthetic)');
    await b.call('meetings.transition', { meetingId: mine.meeting.id, to: 'in-progress' }, callers.chair);
    const save = (m: typeof mine) =>
      b.call(
        'meetings.saveItemMinutes',
        {
          meetingId: m.meeting.id,
          itemId: m.items[0]!.id,
          minutes: 'Typed live (synthetic).',
          baseRevision: 0,
        },
        taker,
      );
    expect((await save(mine)).ok).toBe(true);
    const other = await save(theirs);
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.code).toBe('forbidden');
    await b.call('meetings.transition', { meetingId: mine.meeting.id, to: 'concluded' }, callers.chair);
    const approve = await b.call(
      'meetings.transition',
      { meetingId: mine.meeting.id, to: 'approved' },
      taker,
    );
    expect(approve.ok).toBe(false);
    if (!approve.ok) expect(approve.error.code).toBe('forbidden');
    const record = await b.call('meetings.get', { meetingId: mine.meeting.id }, taker);
    expect(record.ok && (record.value as { meeting: { status: string } }).meeting.status).toBe('concluded');
  });

  it('the audit names the signed-in account, not the display name typed in Settings', async () => {
    const { b, callers } = await team();
    await must(b, 'settings.update', { displayName: 'A Typed Name' });
    const r = await b.call(
      'children.create',
      sampleChild({ caseReference: 'AUD-1' }),
      callers['co-ordinator'],
    );
    expect(r.ok).toBe(true);
    const row = await b.context.db
      .selectFrom('audit')
      .select('user')
      .where('entity', '=', 'child')
      .where('action', '=', 'create')
      .executeTakeFirstOrThrow();
    expect(row.user).toBe('coord.d');
  });

  it('local mode (no caller) keeps today’s behaviour: every method, and accounts are refused as team-only', async () => {
    const b = await freshBackend();
    const me = await must(b, 'app.whoAmI', {});
    expect(me).toMatchObject({ mode: 'local', account: null });
    expect(me.methods.length).toBe(METHODS.length);
    const list = await b.call('accounts.list', {});
    expect(list.ok).toBe(false);
    if (!list.ok) expect(list.error.message).toMatch(/team mode/);
    expect((await b.call('children.create', sampleChild())).ok).toBe(true);
  });
});
