import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../electron/backend/audit/audit';
import { verifyAuditChain } from '../../../electron/backend/audit/chain';
import { writeSetting } from '../../../electron/backend/settings/settings';
import { freshBackend, must, sampleChild } from '../support/backend';
import { auditRows } from '../support/db';
import { count, dataLines, file903, fixture, importText, textOf } from './support';

describe('importing a 903 Missing table', () => {
  it('creates each child once, in care, with placeholder names, and imports every episode', async () => {
    const b = await freshBackend();
    const report = await importText(b, fixture('903-sample.csv'), 'Exampleshire County Council');
    expect(report).toEqual({
      format: '903',
      rowsRead: 6,
      imported: 6,
      alreadyPresent: 0,
      childrenCreated: 3,
      rowsRejected: 0,
      rejected: [],
      rejectedNotListed: 0,
    });
    const [child] = await must(b, 'children.list', { search: 'TEST-000102' });
    expect(child).toMatchObject({
      givenName: 'Unknown',
      familyName: '(903 import)',
      dateOfBirth: '2012-02-29',
      legalStatus: 'child-in-care',
      placingAuthority: 'Exampleshire County Council',
    });
    const record = await must(b, 'children.get', { id: child!.id });
    expect(record.child.gender).toBe('not-recorded');
    expect(record.episodes.map((e) => [e.category, e.reportedAt, e.foundAt])).toEqual([
      ['missing', '2026-03-28T12:00:00.000Z', '2026-03-30T11:00:00.000Z'],
      ['away', '2026-10-25T12:00:00.000Z', '2026-10-26T12:00:00.000Z'],
    ]);
  });

  it('stores a date without a time at 12:00 London time, in winter and in summer', async () => {
    const b = await freshBackend();
    await importText(
      b,
      file903('TEST-000001,01/01/2010,M,05/01/2026,06/01/2026', 'TEST-000001,01/01/2010,M,01/07/2026,'),
    );
    const spans = await b.context.db
      .selectFrom('episodes')
      .select(['reported_at', 'found_at'])
      .orderBy('reported_at')
      .execute();
    expect(spans).toEqual([
      { reported_at: '2026-01-05T12:00:00.000Z', found_at: '2026-01-06T12:00:00.000Z' },
      { reported_at: '2026-07-01T11:00:00.000Z', found_at: null },
    ]);
  });

  it('exports back the same rows it imported, row for row', async () => {
    const b = await freshBackend();
    const original = fixture('903-sample.csv');
    await importText(b, original);
    const exported = await must(b, 'importExport.export903', {});
    expect(exported.fileName).toBe('903-missing-all.csv');
    expect(exported.mimeType).toBe('text/csv');
    expect(textOf(exported)).toBe(original);
    expect(dataLines(textOf(exported))).toHaveLength(6);
  });

  it('adds nothing twice when the same file is imported again', async () => {
    const b = await freshBackend();
    const text = fixture('903-sample.csv');
    await importText(b, text);
    const episodes = await count(b, 'episodes');
    const again = await importText(b, text);
    expect(again).toMatchObject({ imported: 0, alreadyPresent: 6, childrenCreated: 0, rowsRejected: 0 });
    expect(await count(b, 'episodes')).toBe(episodes);
    expect(await count(b, 'children')).toBe(3);
  });

  it('counts a row repeated within one file as already present', async () => {
    const b = await freshBackend();
    const row = 'TEST-000001,01/01/2010,M,05/01/2026,06/01/2026';
    expect(await importText(b, file903(row, row))).toMatchObject({
      imported: 1,
      alreadyPresent: 1,
      rowsRejected: 0,
    });
  });

  it('adds episodes to a child Homeward already holds, matched on case reference, without touching the child', async () => {
    const b = await freshBackend();
    const child = await must(
      b,
      'children.create',
      sampleChild({ caseReference: 'TEST-000777', dateOfBirth: '2011-05-04' }),
    );
    const report = await importText(b, file903('TEST-000777,04/05/2011,M,05/01/2026,06/01/2026'));
    expect(report).toMatchObject({ imported: 1, childrenCreated: 0 });
    const record = await must(b, 'children.get', { id: child.id });
    expect(record.child).toEqual(child);
    expect(record.episodes).toHaveLength(1);
  });

  it('takes the placing authority of new children from settings, else records it as not recorded', async () => {
    const b = await freshBackend();
    await importText(b, file903('TEST-000001,01/01/2010,M,05/01/2026,06/01/2026'));
    await writeSetting(b.context.db, 'placingAuthority', 'Settingshire Council');
    await importText(b, file903('TEST-000002,01/01/2010,M,05/01/2026,06/01/2026'));
    const authorities = await b.context.db
      .selectFrom('children')
      .select(['case_reference', 'placing_authority'])
      .orderBy('case_reference')
      .execute();
    expect(authorities).toEqual([
      { case_reference: 'TEST-000001', placing_authority: 'Not recorded' },
      { case_reference: 'TEST-000002', placing_authority: 'Settingshire Council' },
    ]);
  });

  it('audits each child the import changed and the file, naming no personal data', async () => {
    const b = await freshBackend();
    await must(b, 'settings.update', { displayName: 'Data Officer Test' });
    await importText(b, fixture('903-sample.csv'));
    const rows: AuditRow[] = await auditRows(b, 'import');
    expect(rows.map((r) => r.entity)).toEqual(['child', 'child', 'child', 'file']);
    expect(rows.every((r) => r.user === 'Data Officer Test')).toBe(true);
    expect(rows[0]!.detail).toBe('format=903 created=yes episodes=3');
    expect(rows[3]!.detail).toBe(
      'format=903 rowsRead=6 imported=6 alreadyPresent=0 childrenCreated=3 rowsRejected=0',
    );
    expect(JSON.stringify(rows)).not.toMatch(/TEST-0001|2010|test\.csv/);
  });

  it('links its audit rows into the audit chain, which still verifies after the import', async () => {
    const b = await freshBackend();
    await must(b, 'children.create', sampleChild({ caseReference: 'CHAIN-1' }));
    await importText(b, fixture('903-sample.csv'));
    await must(b, 'children.create', sampleChild({ caseReference: 'CHAIN-2' }));
    expect(await verifyAuditChain(b.context.db, b.context.auditKey)).toMatchObject({ ok: true, chained: 6 });
  });
});
