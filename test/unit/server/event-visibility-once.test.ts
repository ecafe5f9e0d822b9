import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/api/invalidation';
import type { Caller } from '../../../electron/backend/accounts/caller';
import { changeVisibility } from '../../../electron/backend/accounts/events';
import type { Backend } from '../../../electron/backend/backend';
import { accountAs, firstAdministrator } from '../support/accounts';
import { freshBackend, sampleChild, testEngine } from '../support/backend';

// What an event's ids reveal is read from the database once per event, for every stream it goes to (fifty open
// windows made it three reads per save per window), and afresh for the next event: a restriction made between two
// events counts from the second. The hub hands every stream one event object per delivery and a reconnecting
// window's replay a copy, so "the same event" here is the same object.

async function call<T>(b: Backend, method: string, input: unknown, caller: Caller): Promise<T> {
  const r = await b.call(method, input, caller);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

describe(`change visibility read once per event (${testEngine})`, () => {
  it('one delivery keeps what it read; the next event reads the restriction made meanwhile', async () => {
    const backend = await freshBackend();
    try {
      const admin = await firstAdministrator(backend);
      const named = await accountAs(backend, admin, 'manager', 'named.manager');
      const other = await accountAs(backend, admin, 'manager', 'other.manager');
      const child = await call<{ id: string }>(
        backend,
        'children.create',
        sampleChild({ caseReference: 'ONCE-EV-1' }),
        named,
      );
      const tellOther = changeVisibility(backend.context, other);
      const tellNamed = changeVisibility(backend.context, named);
      const event: ChangeEvent = { tables: ['children'], childIds: [child.id] };

      expect(await tellOther(event)).toEqual(event);
      await call(backend, 'children.restrict', { childId: child.id, accountIds: [named.accountId] }, named);
      // The same delivery, to another of the other manager's windows: what was read for it stands.
      expect(await tellOther(event)).toEqual(event);
      // The next event (or a replay, which is a copy) reads afresh: the child is restricted now.
      const next: ChangeEvent = { ...event };
      expect(await tellOther(next)).toBeNull();
      expect(await tellNamed(next)).toEqual(next);
    } finally {
      await backend.close();
    }
  });
});
