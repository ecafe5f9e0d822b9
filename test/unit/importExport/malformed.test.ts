import { describe, expect, it } from 'vitest';
import { freshBackend, must, sampleChild } from '../support/backend';
import { count, file903, fixture, importText, snapshot } from './support';

describe('a file with the wrong columns', () => {
  it('is refused whole, naming the columns expected, missing and found', async () => {
    const b = await freshBackend();
    const r = await importText(b, 'CHILD,DOB,MISSING,MIS_START\r\nTEST-000001,01/01/2010,M,05/01/2026\r\n');
    expect(r).toMatchObject({ format: '903', rowsRead: 0, imported: 0 });
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ line: 1, field: '(header)' });
    expect(r.rejected[0]!.message).toContain('CHILD, DOB, MISSING, MIS_START, MIS_END');
    expect(r.rejected[0]!.message).toContain('Missing: MIS_END.');
    expect(r.rejected[0]!.message).toContain('Found: CHILD, DOB, MISSING, MIS_START.');
    expect(await count(b, 'children')).toBe(0);
  });

  it('refuses a misspelt column rather than dropping its values', async () => {
    const b = await freshBackend();
    const r = await importText(b, 'case_reference,date_of_birth,category,reported_at,where_fuond\r\n');
    expect(r.format).toBe('homeward');
    expect(r.rejected[0]!.message).toContain('Not expected: where_fuond.');
  });

  it('names both formats when the header matches neither', async () => {
    const b = await freshBackend();
    const r = await importText(b, 'Name,Address\r\nA,B\r\n');
    expect(r.format).toBe('unrecognised');
    expect(r.rejected[0]!.message).toMatch(
      /903 Missing table columns CHILD, DOB, MISSING, MIS_START, MIS_END/,
    );
    expect(r.rejected[0]!.message).toMatch(/at least case_reference, date_of_birth, category, reported_at/);
    expect(r.rejected[0]!.message).toMatch(/Found: Name, Address\.$/);
  });

  it('says so when the file is empty', async () => {
    const r = await importText(await freshBackend(), '');
    expect(r.rejected).toEqual([
      { line: 1, field: '(header)', message: expect.stringMatching(/empty/) as string },
    ]);
  });

  it('refuses a file with a quoted value never closed, naming its line, and imports none of it', async () => {
    const b = await freshBackend();
    const r = await importText(
      b,
      file903('TEST-000001,01/01/2010,M,05/01/2026,06/01/2026', 'TEST-000002,"01/01/2010,M,05/01/2026,'),
    );
    expect(r.rejected).toEqual([
      {
        line: 3,
        field: '(file)',
        message: expect.stringMatching(/never closed.*No rows were imported/) as string,
      },
    ]);
    expect(await count(b, 'episodes')).toBe(0);
  });
});

describe('rows that break the rules', () => {
  it('are listed by line, column and reason, and the valid rows are imported', async () => {
    const b = await freshBackend();
    const r = await importText(b, fixture('903-malformed.csv'));
    expect(r).toMatchObject({ format: '903', rowsRead: 10, imported: 2, alreadyPresent: 0, rowsRejected: 8 });
    const byLine = (line: number) =>
      r.rejected.filter((x) => x.line === line).map((x) => `${x.field}: ${x.message}`);
    expect(byLine(3)).toEqual(['MIS_START: is not a real date (found "31/02/2026").']);
    expect(byLine(4)).toEqual(['MIS_START: must be a date as dd/mm/yyyy (found "2026-01-05").']);
    expect(byLine(5)).toEqual([
      expect.stringMatching(/^MIS_END: Found \/ returned \(08\/03\/2026 12:00\) must not be before Reported/),
    ]);
    expect(byLine(6)).toEqual([
      expect.stringMatching(
        /^MIS_START: This episode overlaps another episode of the child \(10\/02\/2026 12:00 to 11\/02\/2026 12:00\)/,
      ),
    ]);
    expect(byLine(7)).toEqual([
      'MISSING: must be M (missing) or A (away from placement without authorisation) (found "Z").',
    ]);
    expect(byLine(9)).toEqual([
      expect.stringMatching(/^MIS_END: This child already has an open episode/),
      expect.stringMatching(
        /^MIS_START: This episode overlaps another episode of the child \(01\/05\/2026 12:00 to still open\)/,
      ),
    ]);
    expect(byLine(10)).toEqual([
      expect.stringMatching(/^MIS_START: Reported .* is before the child’s date of birth/),
    ]);
    expect(byLine(11)).toEqual(['(row): has 6 values but the header row has 5 columns.']);
    expect([...new Set(r.rejected.map((x) => x.line))]).toEqual([3, 4, 5, 6, 7, 9, 10, 11]);
  });

  it('refuses an episode that overlaps one already saved, and leaves the saved one as it was', async () => {
    const b = await freshBackend();
    const child = await must(
      b,
      'children.create',
      sampleChild({ caseReference: 'TEST-000500', dateOfBirth: '2011-05-04' }),
    );
    const { warnings, ...saved } = await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-02-01T20:00:00Z',
      foundAt: '2026-02-03T09:00:00Z',
    });
    expect(warnings).toEqual([]);
    const r = await importText(b, file903('TEST-000500,04/05/2011,A,02/02/2026,02/02/2026'));
    expect(r.rejected).toEqual([
      {
        line: 2,
        field: 'MIS_START',
        message: expect.stringMatching(
          /overlaps another episode .*01\/02\/2026 20:00 to 03\/02\/2026 09:00/,
        ) as string,
      },
    ]);
    expect((await must(b, 'children.get', { id: child.id })).episodes).toEqual([saved]);
  });

  it('refuses a second open episode when the child is already missing in the database', async () => {
    const b = await freshBackend();
    const child = await must(
      b,
      'children.create',
      sampleChild({ caseReference: 'TEST-000501', dateOfBirth: '2011-05-04' }),
    );
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-11-19T20:00:00Z',
    });
    const r = await importText(b, file903('TEST-000501,04/05/2011,M,01/06/2026,'));
    expect(r.rejected.map((x) => x.field)).toContain('MIS_END');
    expect(r.imported).toBe(0);
  });

  it('refuses a date of birth that differs from the one held for the child', async () => {
    const b = await freshBackend();
    await must(
      b,
      'children.create',
      sampleChild({ caseReference: 'TEST-000502', dateOfBirth: '2011-05-04' }),
    );
    const r = await importText(b, file903('TEST-000502,05/04/2011,M,01/06/2026,02/06/2026'));
    expect(r.rejected).toEqual([
      {
        line: 2,
        field: 'DOB',
        message: 'does not match the date of birth Homeward holds for TEST-000502 (04/05/2011).',
      },
    ]);
  });

  it('explains that a 903 date of today is in the future until noon', async () => {
    const b = await freshBackend('2026-11-20T10:00:00.000Z');
    const r = await importText(b, file903('TEST-000001,01/01/2010,M,20/11/2026,'));
    expect(r.rejected[0]!.message).toMatch(
      /must not be in the future\. A 903 date is stored as 12:00 London time/,
    );
  });

  it('changes nothing at all when every row is rejected', async () => {
    const b = await freshBackend();
    const child = await must(
      b,
      'children.create',
      sampleChild({ caseReference: 'TEST-000600', dateOfBirth: '2011-05-04' }),
    );
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-02-01T20:00:00Z',
      foundAt: '2026-02-03T09:00:00Z',
      factors: [{ direction: 'push', code: 'bullying' }],
    });
    const before = await snapshot(b);
    const r = await importText(
      b,
      file903(
        'TEST-000600,04/05/2011,M,02/02/2026,02/02/2026',
        'TEST-000601,31/02/2011,M,02/02/2026,02/02/2026',
        'TEST-000602,01/01/2011,X,02/02/2026,02/02/2026',
      ),
    );
    expect(r).toMatchObject({ imported: 0, rowsRejected: 3 });
    expect(await snapshot(b)).toEqual(before);
  });
});
