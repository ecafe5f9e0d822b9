import { describe, expect, it } from 'vitest';
import { freshBackend, must } from '../support/backend';
import { file903, importText } from './support';

describe('case references read from a file', () => {
  it('drop bidi controls, so the child is created and found again by the same reference', async () => {
    const b = await freshBackend();
    const file = file903('TEST-\u202E000501,04/05/2011,M,01/09/2026,02/09/2026');
    const first = await importText(b, file);
    expect(first).toMatchObject({ imported: 1, childrenCreated: 1, rowsRejected: 0 });
    const [child] = await must(b, 'children.list', { search: 'TEST-000501' });
    expect(child?.caseReference).toBe('TEST-000501');
    // The same file again: the child is found (not created twice, which the unique reference would refuse).
    const again = await importText(b, file);
    expect(again).toMatchObject({ imported: 0, alreadyPresent: 1, childrenCreated: 0, rowsRejected: 0 });
    const exported = await must(b, 'exports.chronology', { childId: child!.id });
    expect(exported.fileName).toMatch(/^\d{4}-\d{2}-\d{2} Chronology TEST-000501\.docx$/);
  });

  it('refuse a reference that is only bidi controls as missing, naming the column', async () => {
    const b = await freshBackend();
    const r = await importText(b, file903('\u202E\u2066,04/05/2011,M,01/09/2026,02/09/2026'));
    expect(r.rejected).toEqual([{ line: 2, field: 'CHILD', message: 'is required.' }]);
  });
});
