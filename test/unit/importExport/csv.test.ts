import { describe, expect, it } from 'vitest';
import { guardFormula, parseCsv, toCsv, unguardFormula } from '../../../electron/backend/importExport/csv';
import { readFactors, writeFactors } from '../../../electron/backend/importExport/factorsText';

describe('reading CSV', () => {
  it('reads quoted values with commas, doubled quotes and line breaks, and numbers records by their first line', () => {
    const { records, error } = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\nlast,row\r\n');
    expect(error).toBeNull();
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 5, fields: ['last', 'row'] },
    ]);
  });

  it('skips blank lines and rows of empty cells but keeps their line count', () => {
    const { records } = parseCsv('\uFEFFa,b\n\n,\nc,d');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['c', 'd'] },
    ]);
  });

  it('accepts LF, CRLF and CR line ends alike', () => {
    const expected = [['h'], ['1'], ['2']];
    for (const text of ['h\n1\n2\n', 'h\r\n1\r\n2\r\n', 'h\r1\r2\r']) {
      expect(parseCsv(text).records.map((r) => r.fields)).toEqual(expected);
    }
  });

  it('keeps a trailing empty value', () => {
    expect(parseCsv('a,b,\r\n').records[0]?.fields).toEqual(['a', 'b', '']);
  });

  it('reports a quoted value that is never closed at the line it opens', () => {
    const { records, error } = parseCsv('a,b\n1,2\n3,"open\nmore\n');
    expect(records).toHaveLength(2);
    expect(error?.line).toBe(3);
    expect(error?.message).toMatch(/never closed/);
  });
});

describe('writing CSV', () => {
  it('quotes only values that need it, doubles quotes and ends every record with CRLF', () => {
    expect(toCsv([['plain', 'with, comma', 'say "hi"', 'two\nlines', '']])).toBe(
      'plain,"with, comma","say ""hi""","two\nlines",\r\n',
    );
  });

  it('prefixes an apostrophe on cells a spreadsheet would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'safe=1']])).toBe(
      `"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),safe=1\r\n`,
    );
  });

  it('reads back exactly what it wrote, formula guard removed', () => {
    const rows = [['=1+1', 'a,b', '"q"', 'x\r\ny', "'plain apostrophe"]];
    const back = parseCsv(toCsv(rows)).records[0]!.fields.map(unguardFormula);
    expect(back).toEqual(rows[0]);
    expect(guardFormula("'plain apostrophe")).toBe("'plain apostrophe");
  });
});

describe('push and pull factors in one cell', () => {
  it('writes and reads back factors whose detail holds ; = : and a backslash', () => {
    const factors = [
      { direction: 'push' as const, code: 'conflict-at-home' as const, detail: null },
      { direction: 'pull' as const, code: 'other' as const, detail: 'met a=b; then C:\\temp' },
    ];
    const text = writeFactors(factors);
    expect(text).toBe('push:conflict-at-home;pull:other=met a=b\\; then C:\\\\temp');
    expect(readFactors(text)).toEqual({ ok: true, value: factors });
  });

  it('refuses an unknown code or direction, naming the entry and listing the codes', () => {
    const r = readFactors('push:bullying;sideways:peer-pressure');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message).toMatch(
        /^entry 2 \("sideways:peer-pressure"\) must be push:code or pull:code.*codes: conflict-at-home/,
      );
  });
});
