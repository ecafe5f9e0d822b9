import { describe, expect, it } from 'vitest';
import { MAX_REJECTIONS_LISTED, type ImportReport } from '../../../shared/api/importExport';
import { formatImportReport } from '../../../electron/backend/importExport/reportText';
import { freshBackend, must } from '../support/backend';
import { call, start } from '../server/support';
import { count, HEADER_903 } from './support';

const ROWS = 200_000;

/** Every row bad in three columns (date of birth, code, start), except every 10,000th, which is good. */
function mostlyBad(): string {
  const lines = [HEADER_903];
  for (let i = 1; i <= ROWS; i++) {
    const ref = `TEST-${String(i).padStart(6, '0')}`;
    lines.push(i % 10_000 === 0 ? `${ref},01/01/2010,M,01/03/2026,02/03/2026` : `${ref},31/02/2010,Q,soon,`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('an import of a large file of mostly bad rows', () => {
  it('lists the first 1,000 reasons, counts the rest, imports the good rows, and answers in a small reply', async () => {
    const b = await freshBackend();
    const s = await start(undefined, b);
    const answer = await call(s, {
      path: '/api/importExport.import',
      token: s.token,
      body: JSON.stringify({ fileName: 'bad.csv', content: mostlyBad() }),
    });
    expect(answer.status).toBe(200);
    const result = JSON.parse(answer.body.toString('utf8')) as { ok: true; value: ImportReport };
    const r = result.value;
    const good = ROWS / 10_000;
    expect(r).toMatchObject({ format: '903', rowsRead: ROWS, imported: good, rowsRejected: ROWS - good });
    expect(r.rejected).toHaveLength(MAX_REJECTIONS_LISTED);
    expect(r.rejectedNotListed).toBe((ROWS - good) * 3 - MAX_REJECTIONS_LISTED);
    // In file order: line 2 is the first data row; 1,000 reasons of 3 per row end on the 334th row (line 335).
    expect(r.rejected.map((x) => [x.line, x.field]).slice(0, 3)).toEqual([
      [2, 'DOB'],
      [2, 'MISSING'],
      [2, 'MIS_START'],
    ]);
    expect(r.rejected.at(-1)!.line).toBe(335);
    // The reply stays small whatever the file: 3.3 million reasons made a reply of hundreds of megabytes.
    expect(answer.body.length).toBeLessThan(200_000);
    expect(await count(b, 'episodes')).toBe(good);
    const printed = formatImportReport('bad.csv', r);
    expect(printed).toContain(
      `… and ${r.rejectedNotListed.toLocaleString('en-GB')} more reasons not listed: only the first 1,000 are.`,
    );
    expect(printed.split('\n').filter((l) => l.startsWith('  line '))).toHaveLength(MAX_REJECTIONS_LISTED);
  });

  it('a file with few bad rows lists every reason and counts none as not listed', async () => {
    const b = await freshBackend();
    const r = await must(b, 'importExport.import', {
      fileName: 'few.csv',
      content: `${HEADER_903}\r\nTEST-000001,31/02/2010,M,01/03/2026,\r\n`,
    });
    expect(r.rejected).toEqual([{ line: 2, field: 'DOB', message: expect.any(String) as string }]);
    expect(r.rejectedNotListed).toBe(0);
    expect(formatImportReport('few.csv', r)).not.toContain('not listed');
  });
});
