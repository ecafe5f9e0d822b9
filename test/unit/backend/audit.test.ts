import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { freshBackend, must, sampleChild } from '../support/backend';
import { auditRows, countRows } from '../support/db';

describe('audit trail', () => {
  it('records who created, viewed and updated a child record, in order', async () => {
    const b = await freshBackend();
    await must(b, 'settings.update', { displayName: 'Team Leader Test' });
    const child = await must(b, 'children.create', sampleChild());
    await must(b, 'children.get', { id: child.id });
    await must(b, 'children.update', {
      id: child.id,
      baseRevision: child.revision,
      child: sampleChild({ legalStatus: 'child-protection-plan' }),
    });
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-10-01T20:00:00Z',
    });
    const rows = (await auditRows(b)).filter((r) => r.child_id === child.id);
    expect(rows.map((r) => [r.action, r.entity])).toEqual([
      ['create', 'child'],
      ['view', 'child'],
      ['update', 'child'],
      ['create', 'episode'],
    ]);
    expect(rows.every((r) => r.user === 'Team Leader Test')).toBe(true);
    expect(rows[2]!.detail).toBe('legalStatus');
  });

  it('names no personal data in the detail column', async () => {
    const b = await freshBackend();
    const child = await must(b, 'children.create', sampleChild({ givenName: 'Uniquename' }));
    await must(b, 'children.update', {
      id: child.id,
      baseRevision: child.revision,
      child: sampleChild({ givenName: 'Othername' }),
    });
    const all = JSON.stringify(await auditRows(b));
    expect(all).not.toMatch(/Uniquename|Othername/);
  });

  it('cannot be edited or deleted', async () => {
    const b = await freshBackend();
    await must(b, 'children.create', sampleChild());
    await expect(sql`UPDATE audit SET "user" = 'someone else'`.execute(b.context.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit`.execute(b.context.db)).rejects.toThrow(/append-only/);
  });

  it('a refused save writes no audit row', async () => {
    const b = await freshBackend();
    const child = await must(b, 'children.create', sampleChild());
    const before = await countRows(b, 'audit');
    await b.call('episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-10-01T20:00:00Z',
      foundAt: '2026-09-01T20:00:00Z',
    });
    expect(await countRows(b, 'audit')).toEqual(before);
  });
});
