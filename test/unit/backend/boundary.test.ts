import { describe, expect, it } from 'vitest';
import { freshBackend, must, sampleChild } from '../support/backend';

describe('the API boundary', () => {
  it('refuses an unknown method', async () => {
    const r = await (await freshBackend()).call('children.drop', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a payload of the wrong shape, naming the field and the problem', async () => {
    const r = await (
      await freshBackend()
    ).call('children.create', { ...sampleChild(), dateOfBirth: '31/02/2012' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues).toEqual([{ field: 'dateOfBirth', message: 'must be a date as YYYY-MM-DD' }]);
    expect(r.error.message).toBe('Date of birth must be a date as YYYY-MM-DD');
  });

  it('refuses an impossible calendar date', async () => {
    const r = await (
      await freshBackend()
    ).call('children.create', { ...sampleChild(), dateOfBirth: '2012-02-31' });
    expect(r.ok || r.error.message).toBe('Date of birth is not a real calendar date');
  });

  it('refuses a payload that is not an object at all', async () => {
    const r = await (await freshBackend()).call('episodes.create', 'DROP TABLE children');
    expect(r.ok).toBe(false);
  });

  it('refuses a second child with the same case reference and keeps the first', async () => {
    const b = await freshBackend();
    const first = await must(b, 'children.create', sampleChild());
    const r = await b.call('children.create', sampleChild({ givenName: 'Other' }));
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ field: 'caseReference' }] } });
    expect((await must(b, 'children.get', { id: first.id })).child).toEqual(first);
  });

  it('answers not found for a child that does not exist', async () => {
    const r = await (await freshBackend()).call('children.get', { id: 'nope' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found', message: 'The child was not found.' } });
  });

  it('lists children with their 90-day counts and who is missing now, missing children first', async () => {
    const b = await freshBackend('2026-11-20T10:00:00Z');
    const a = await must(b, 'children.create', sampleChild({ caseReference: 'A', familyName: 'Aaron' }));
    const z = await must(b, 'children.create', sampleChild({ caseReference: 'Z', familyName: 'Zed' }));
    await must(b, 'episodes.create', {
      childId: a.id,
      category: 'missing',
      reportedAt: '2026-06-01T10:00:00Z',
      foundAt: '2026-06-01T12:00:00Z',
    });
    await must(b, 'episodes.create', {
      childId: a.id,
      category: 'missing',
      reportedAt: '2026-11-01T10:00:00Z',
      foundAt: '2026-11-01T12:00:00Z',
    });
    await must(b, 'episodes.create', {
      childId: z.id,
      category: 'absent',
      reportedAt: '2026-11-19T22:00:00Z',
    });
    const list = await must(b, 'children.list', {});
    expect(list.map((c) => [c.familyName, c.episodesLast90Days, c.missingSince])).toEqual([
      ['Zed', 1, '2026-11-19T22:00:00.000Z'],
      ['Aaron', 1, null],
    ]);
    expect((await must(b, 'children.list', { missingNow: true })).map((c) => c.id)).toEqual([z.id]);
    expect((await must(b, 'children.list', { search: 'aar' })).map((c) => c.id)).toEqual([a.id]);
    expect((await must(b, 'children.list', { search: '%' })).map((c) => c.id)).toEqual([]);
  });
});
