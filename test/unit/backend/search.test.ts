import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../shared/text/searchKey';
import { freshBackend, must, sampleChild } from '../support/backend';

describe('finding a child ignores case, accents, apostrophe forms and hyphens', () => {
  it('the normaliser folds what Word, Outlook and a keyboard type into one key', () => {
    expect(searchKey('O’Neill')).toBe('oneill');
    expect(searchKey("O'Neill")).toBe('oneill');
    expect(searchKey('Oʼneill')).toBe('oneill');
    expect(searchKey('Zoë  Saint-Clair')).toBe('zoe saintclair');
    expect(searchKey('DEMO-000001')).toBe('demo000001');
  });

  it('"oneill", "O’Neill" and "O\'Neill" find O\'Neill, and a case reference is found without its hyphen', async () => {
    const b = await freshBackend();
    await must(
      b,
      'children.create',
      sampleChild({ givenName: 'Zoë', familyName: "O'Neill", caseReference: 'TEST-0042' }),
    );
    await must(
      b,
      'children.create',
      sampleChild({ givenName: 'Other', familyName: 'Child', caseReference: 'TEST-0043' }),
    );
    const names = async (search: string) =>
      (await must(b, 'children.list', { search, missingNow: false, legalStatus: null })).map(
        (c) => c.familyName,
      );
    for (const q of [
      'oneill',
      'O’Neill',
      "O'Neill",
      'ONEILL',
      'zoe o’neill',
      'neill zoe',
      'test0042',
      'test-0042',
    ])
      expect(await names(q), q).toEqual(["O'Neill"]);
    expect(await names('zzz')).toEqual([]);
  });

  it('a child renamed is found by the new name only: the key is written on every save', async () => {
    const b = await freshBackend();
    const created = await must(b, 'children.create', sampleChild({ familyName: 'Smyth' }));
    await must(b, 'children.update', {
      id: created.id,
      baseRevision: created.revision,
      child: sampleChild({ familyName: 'D’Arcy' }),
    });
    const list = async (search: string) =>
      (await must(b, 'children.list', { search, missingNow: false, legalStatus: null })).length;
    expect(await list('darcy')).toBe(1);
    expect(await list('smyth')).toBe(0);
  });
});
