import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { parseCsv } from '../../../electron/backend/importExport/csv';
import type { EpisodeInput } from '../../../shared/domain/episode';
import { freshBackend, must, sampleChild } from '../support/backend';
import { auditRows } from '../support/db';
import { dataLines, importText, textOf } from './support';

type Episode = Omit<EpisodeInput, 'childId' | 'returnInterview'> & {
  returnInterview?: EpisodeInput['returnInterview'];
};

async function childWith(b: Backend, caseReference: string, episodes: Array<Partial<Episode>>, over = {}) {
  const child = await must(b, 'children.create', sampleChild({ caseReference, ...over }));
  for (const e of episodes) {
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-01-01T10:00:00Z',
      ...e,
    });
  }
  return child;
}

const ri = (outcome: EpisodeInput['returnInterview']['outcome'], offeredAt: string | null = null) => ({
  offeredAt,
  offeredBy: null,
  outcome,
  notOfferedReason: outcome === 'not-offered' ? 'Test reason' : null,
  heldAt: null,
});

const rowsOf = (text: string): string[][] => parseCsv(text).records.map((r) => r.fields);

describe('the 903 export', () => {
  it('leaves out absent episodes and says how many', async () => {
    const b = await freshBackend();
    await childWith(b, 'TEST-000001', [
      { category: 'missing', reportedAt: '2026-02-01T10:00:00Z', foundAt: '2026-02-01T12:00:00Z' },
      { category: 'absent', reportedAt: '2026-03-01T10:00:00Z', foundAt: '2026-03-01T12:00:00Z' },
      { category: 'away', reportedAt: '2026-04-01T10:00:00Z', foundAt: '2026-04-02T12:00:00Z' },
    ]);
    const file = await must(b, 'importExport.export903', {});
    expect(dataLines(textOf(file))).toEqual([
      'TEST-000001,04/05/2011,M,01/02/2026,01/02/2026',
      'TEST-000001,04/05/2011,A,01/04/2026,02/04/2026',
    ]);
    expect(file.rows).toBe(2);
    expect(file.note).toMatch(/^1 episode recorded as Absent was left out/);
  });

  it('takes episodes reported between From and To, both days whole in London time', async () => {
    const b = await freshBackend();
    await childWith(b, 'TEST-000002', [
      { reportedAt: '2026-05-31T22:30:00Z', foundAt: '2026-05-31T23:00:00Z' }, // 23:30 BST on 31 May: before From
      { reportedAt: '2026-05-31T23:30:00Z', foundAt: '2026-06-01T01:00:00Z' }, // 00:30 BST on 1 June: the first day
      { reportedAt: '2026-06-30T22:30:00Z', foundAt: '2026-06-30T22:45:00Z' }, // 23:30 BST on 30 June: the last day
      { reportedAt: '2026-06-30T23:30:00Z', foundAt: '2026-07-01T01:00:00Z' }, // 00:30 BST on 1 July: after To
    ]);
    const file = await must(b, 'importExport.export903', { from: '2026-06-01', to: '2026-06-30' });
    expect(file.fileName).toBe('903-missing-2026-06-01-to-2026-06-30.csv');
    expect(dataLines(textOf(file)).map((l) => l.split(',')[3])).toEqual(['01/06/2026', '30/06/2026']);
  });

  it('refuses a period that ends before it starts', async () => {
    const r = await (
      await freshBackend()
    ).call('importExport.export903', { from: '2026-06-30', to: '2026-06-01' });
    expect(r.ok || r.error.issues).toEqual([{ field: 'to', message: 'must not be before From' }]);
  });

  it('is audited with its period and row count, naming the child it holds', async () => {
    const b = await freshBackend();
    await childWith(b, 'TEST-000003', [{ foundAt: '2026-01-01T11:00:00Z' }]);
    await must(b, 'importExport.export903', { from: '2026-01-01' });
    const [row] = await auditRows(b, 'export');
    expect(row).toMatchObject({
      entity: 'file',
      entity_id: '903-missing-from-2026-01-01.csv',
    });
    expect(row!.child_id).toMatch(/\S/);
    expect(row!.detail).toMatch(/^children=1 ids=[0-9a-f]{16} rows=1 from=2026-01-01 to=-$/);
  });
});

describe('the Annex A List 8 export', () => {
  it('counts missing and away episodes per child and reads the last missing episode’s return interview', async () => {
    const b = await freshBackend('2026-11-20T10:00:00.000Z');
    await childWith(
      b,
      'TEST-000010',
      [
        { reportedAt: '2025-10-01T10:00:00Z', foundAt: '2025-10-01T12:00:00Z' }, // over 12 months ago: not counted
        {
          reportedAt: '2026-02-01T10:00:00Z',
          foundAt: '2026-02-01T12:00:00Z',
          returnInterview: ri('accepted'),
        },
        { category: 'away', reportedAt: '2026-03-01T10:00:00Z', foundAt: '2026-03-01T12:00:00Z' },
        { category: 'absent', reportedAt: '2026-04-01T10:00:00Z', foundAt: '2026-04-01T12:00:00Z' },
        {
          reportedAt: '2026-05-01T10:00:00Z',
          foundAt: '2026-05-01T12:00:00Z',
          returnInterview: ri('declined'),
        },
      ],
      { gender: 'female', dateOfBirth: '2010-11-21', team: 'Team North', allocatedWorker: 'Worker Test' },
    );
    await childWith(
      b,
      'TEST-000011',
      [
        {
          reportedAt: '2026-06-01T10:00:00Z',
          foundAt: '2026-06-01T12:00:00Z',
          returnInterview: ri('not-offered'),
        },
      ],
      { gender: 'male', dateOfBirth: '2012-01-01' },
    );
    await childWith(
      b,
      'TEST-000012',
      [
        {
          reportedAt: '2026-06-01T10:00:00Z',
          foundAt: '2026-06-01T12:00:00Z',
          returnInterview: ri(null, '2026-06-01T13:00:00Z'),
        },
      ],
      { gender: 'non-binary' },
    );
    await childWith(b, 'TEST-000013', [
      { category: 'absent', reportedAt: '2026-06-01T10:00:00Z', foundAt: '2026-06-01T12:00:00Z' },
    ]);

    const file = await must(b, 'importExport.exportAnnexA', {});
    expect(file.fileName).toBe('annex-a-list-8-missing-2025-11-21-to-2026-11-20.csv');
    const [header, ...rows] = rowsOf(textOf(file));
    expect(header).toContain(
      "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
    );
    expect(rows).toEqual([
      [
        'TEST-000010',
        'b) Female',
        '21/11/2010',
        '15',
        'Child in care',
        '2',
        '1',
        'Y',
        'N',
        'Team North',
        'Worker Test',
      ],
      [
        'TEST-000011',
        'a) Male',
        '01/01/2012',
        '14',
        'Child in care',
        '1',
        '0',
        'N',
        'N',
        'Test Team',
        'Worker A. Example',
      ],
      [
        'TEST-000012',
        'd) Neither',
        '04/05/2011',
        '15',
        'Child in care',
        '1',
        '0',
        'Y',
        '',
        'Test Team',
        'Worker A. Example',
      ],
    ]);
    expect(file.note).toMatch(
      /^Counts cover episodes reported from 21\/11\/2025 to 20\/11\/2026\. Episodes recorded as Absent/,
    );
  });

  it('counts the 12 months ending on To when only To is given', async () => {
    const b = await freshBackend('2026-11-20T10:00:00.000Z');
    await childWith(b, 'TEST-000020', [
      { reportedAt: '2024-12-31T10:00:00Z', foundAt: '2024-12-31T12:00:00Z' },
      { reportedAt: '2025-01-01T10:00:00Z', foundAt: '2025-01-01T12:00:00Z' },
      { reportedAt: '2025-12-31T10:00:00Z', foundAt: '2025-12-31T12:00:00Z' },
    ]);
    const file = await must(b, 'importExport.exportAnnexA', { to: '2025-12-31' });
    expect(file.fileName).toBe('annex-a-list-8-missing-2025-01-01-to-2025-12-31.csv');
    expect(rowsOf(textOf(file))[1]?.slice(0, 6)).toEqual([
      'TEST-000020',
      'c) Not stated/recorded',
      '04/05/2011',
      '14',
      'Child in care',
      '2',
    ]);
  });

  it('says when the period is not the 12 months its headings name', async () => {
    const file = await must(await freshBackend(), 'importExport.exportAnnexA', {
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect(file.rows).toBe(0);
    expect(file.note).toMatch(/, not the 12 months the column headings name\./);
  });
});

describe('spreadsheet formula injection', () => {
  it('prefixes an apostrophe on exported cells that start with = + - or @, in every export', async () => {
    const b = await freshBackend();
    await childWith(
      b,
      '=HYPERLINK("http://x.test")',
      [{ foundAt: '2026-01-01T11:00:00Z', notes: '@SUM(A1)', policeReference: '+44' }],
      {
        team: '-Team',
      },
    );
    const cells = async (
      method: 'importExport.export903' | 'importExport.exportAnnexA' | 'importExport.exportHomeward',
    ) => textOf(await must(b, method, { from: '2026-01-01', to: '2026-01-31' }));
    expect(await cells('importExport.export903')).toContain(`"'=HYPERLINK(""http://x.test"")",04/05/2011,M`);
    expect(await cells('importExport.exportAnnexA')).toContain(`'-Team`);
    const homeward = await cells('importExport.exportHomeward');
    for (const guarded of [`"'=HYPERLINK(""http://x.test"")"`, `'+44`, `'@SUM(A1)`])
      expect(homeward).toContain(guarded);
  });

  it('reads a guarded cell back as the text it was', async () => {
    const source = await freshBackend();
    await childWith(source, '=CASE-1', [{ foundAt: '2026-01-01T11:00:00Z', notes: '=1+1' }]);
    const target = await freshBackend();
    await importText(target, textOf(await must(source, 'importExport.exportHomeward', {})));
    const row = await target.context.db
      .selectFrom('episodes as e')
      .innerJoin('children as c', 'c.id', 'e.child_id')
      .select(['c.case_reference', 'e.notes'])
      .executeTakeFirst();
    expect(row).toEqual({ case_reference: '=CASE-1', notes: '=1+1' });
  });
});

describe('the import method', () => {
  it('refuses a payload without content, naming the field', async () => {
    const r = await (await freshBackend()).call('importExport.import', { fileName: 'x.csv' });
    expect(r.ok || r.error.issues).toEqual([{ field: 'content', message: 'is required' }]);
  });
});
