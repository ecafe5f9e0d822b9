import { describe, expect, it } from 'vitest';
import { guardFormula, parseCsv, toCsv, unguardFormula } from '../../../electron/backend/importExport/csv';

// Each leader a spreadsheet may read as the start of a formula: ASCII, full-width (Excel and LibreOffice fold
// them), the small forms, the pipe (DDE), and tab / CR / LF before any of them.
const LEADERS = [
  '=',
  '+',
  '-',
  '@',
  '|',
  '\t',
  '\r',
  '\n',
  '＝',
  '＋',
  '－',
  '＠',
  '｜',
  '﹢',
  '﹣',
  '﹦',
  '﹫',
];

describe('CSV formula guard', () => {
  it.each(LEADERS)('prefixes an apostrophe to a cell starting with %j', (leader) => {
    const cell = `${leader}1+1`;
    expect(guardFormula(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text, and an apostrophe not followed by a leader, alone', () => {
    for (const cell of ['Police', '1+1', ' =1', "'quoted", 'a=b', '']) expect(guardFormula(cell)).toBe(cell);
  });

  it('a file written with guarded cells reads back to exactly the cells written', () => {
    const row = LEADERS.map((l) => `${l}HYPERLINK("http://example.invalid")`);
    const back = parseCsv(toCsv([row])).records[0]!.fields.map(unguardFormula);
    expect(back).toEqual(row);
  });
});
