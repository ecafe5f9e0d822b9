import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../electron/backend/accounts/caller';
import type { Backend } from '../../../electron/backend/backend';
import { freshBackend, sampleChild } from '../support/backend';
import { accountAs, firstAdministrator } from '../support/accounts';
import { mimInput } from '../meetings/fixtures';

// A child restricted to named accounts: others see that a record exists and never what is in it; every attempt to
// open it is refused and audited. The child's name, date of birth and case reference are searched for in every
// answer as JSON text, so a new field carrying them would be caught too.

const SECRET = {
  givenName: 'Hushed',
  familyName: 'Quietwater',
  caseReference: 'RESTR-77',
  dateOfBirth: '2012-03-09',
};

async function value(b: Backend, method: string, input: unknown, caller: Caller) {
  const r = await b.call(method, input, caller);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

async function scene() {
  const b = await freshBackend();
  const admin = await firstAdministrator(b);
  const named = await accountAs(b, admin, 'manager', 'named.manager');
  const other = await accountAs(b, admin, 'chair', 'other.chair');
  const secret = (await value(b, 'children.create', sampleChild(SECRET), named)) as { id: string };
  const open = (await value(b, 'children.create', sampleChild({ caseReference: 'OPEN-1' }), named)) as {
    id: string;
  };
  await value(
    b,
    'episodes.create',
    {
      childId: secret.id,
      category: 'missing',
      reportedAt: '2026-11-19T20:00:00.000Z',
      policeRiskAtReport: 'high',
    },
    named,
  );
  const meeting = (await value(b, 'meetings.create', mimInput(secret.id), named)) as {
    meeting: { id: string };
  };
  await value(b, 'children.restrict', { childId: secret.id, accountIds: [named.accountId] }, named);
  return { b, named, other, secret, open, meetingId: meeting.meeting.id };
}

const leaks = (answer: unknown) => {
  const text = JSON.stringify(answer);
  return Object.values(SECRET).filter((v) => text.includes(v));
};

describe('restricted records', () => {
  it('the lists say a restricted record exists, with no name, date of birth or reference; the named see it all', async () => {
    const { b, named, other, secret, open } = await scene();
    const list = (await value(b, 'children.list', {}, other)) as Array<{
      id: string;
      givenName: string;
      restricted?: true;
    }>;
    expect(list.find((c) => c.id === secret.id)).toMatchObject({
      givenName: 'Restricted record',
      restricted: true,
    });
    expect(list.find((c) => c.id === open.id)?.restricted).toBeUndefined();
    const answers = [
      list,
      await value(b, 'children.list', { search: 'Hushed' }, other),
      await value(b, 'protocol.due', {}, other),
      await value(b, 'dailyReview.board', {}, other),
      await value(b, 'meetings.list', {}, other),
      await value(b, 'actions.list', {}, other),
      await value(b, 'dashboard.month', { month: '2026-11' }, other),
    ];
    for (const answer of answers) expect(leaks(answer)).toEqual([]);
    // A search that matched the hidden name must not tell so: the row is not there at all.
    expect(answers[1]).toEqual([]);
    const namedList = (await value(b, 'children.list', {}, named)) as Array<{
      id: string;
      givenName: string;
    }>;
    expect(namedList.find((c) => c.id === secret.id)?.givenName).toBe('Hushed');
    expect(leaks(await value(b, 'protocol.due', {}, named)).length).toBeGreaterThan(0);
  });

  it('the Due list pages and counts without the children hidden from the caller, so a page is never short', async () => {
    const { b, named, other, secret, open } = await scene();
    await value(
      b,
      'episodes.create',
      {
        childId: open.id,
        category: 'missing',
        reportedAt: '2026-11-20T08:00:00.000Z',
        policeRiskAtReport: 'high',
      },
      named,
    );
    type Due = { items: Array<{ childId: string }>; counts: { all: number; overdue: number } };
    const forNamed = (await value(b, 'protocol.due', { limit: 1 }, named)) as Due;
    const forOther = (await value(b, 'protocol.due', { limit: 1 }, other)) as Due;
    const secretItems = ((await value(b, 'protocol.due', {}, named)) as Due).items.filter(
      (i) => i.childId === secret.id,
    ).length;
    expect(secretItems).toBeGreaterThan(0);
    expect(forOther.counts.all).toBe(forNamed.counts.all - secretItems);
    expect(forNamed.items[0]?.childId).toBe(secret.id);
    // The first item the other chair sees is another child's, where the named see the hidden child's.
    expect(forOther.items.map((i) => i.childId)).not.toContain(secret.id);
    expect(forOther.counts.all).toBeGreaterThan(0);
    expect(forOther.items).toHaveLength(1);
  });

  it('opening it in any way is refused and each attempt is audited, naming the account and the method', async () => {
    const { b, other, secret, meetingId } = await scene();
    const attempts: Array<[string, unknown]> = [
      ['children.get', { id: secret.id }],
      ['protocol.child', { childId: secret.id }],
      ['meetings.listForChild', { childId: secret.id }],
      ['meetings.get', { meetingId }],
      ['meetings.pack', { meetingId }],
      ['exports.chronology', { childId: secret.id }],
      ['exports.minutes', { meetingId }],
      ['importExport.exportHomeward', { from: '2026-01-01', to: '2026-11-30' }],
    ];
    for (const [method, input] of attempts) {
      const r = await b.call(method, input, other);
      expect(r.ok, method).toBe(false);
      if (!r.ok) expect(r.error.code, method).toBe('forbidden');
      if (!r.ok) expect(leaks(r.error), method).toEqual([]);
    }
    const refusals = await b.context.db
      .selectFrom('audit')
      .select(['user', 'child_id', 'detail'])
      .where('action', '=', 'refused')
      .orderBy('id')
      .execute();
    expect(refusals.map((r) => r.detail)).toEqual(attempts.slice(0, 7).map(([m]) => m));
    expect(refusals.every((r) => r.user === 'other.chair' && r.child_id === secret.id)).toBe(true);
  });

  it('lifting the restriction gives the record back to everyone', async () => {
    const { b, named, other, secret } = await scene();
    await value(b, 'children.restrict', { childId: secret.id, accountIds: [] }, named);
    const record = (await value(b, 'children.get', { id: secret.id }, other)) as {
      child: { givenName: string };
    };
    expect(record.child.givenName).toBe('Hushed');
  });
});
