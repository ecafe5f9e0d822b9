import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../electron/backend/audit/audit';
import { freshBackend, must, sampleChild } from '../support/backend';

describe('audit trail', () => {
  it('records who created, viewed and updated a child record, in order', async () => {
    const b = freshBackend();
    await must(b, 'settings.update', { displayName: 'Team Leader Test' });
    const child = await must(b, 'children.create', sampleChild());
    await must(b, 'children.get', { id: child.id });
    await must(b, 'children.update', {
      id: child.id,
      child: sampleChild({ legalStatus: 'child-protection-plan' }),
    });
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-10-01T20:00:00Z',
    });
    const rows = b.context.db
      .prepare('SELECT * FROM audit WHERE child_id = ? ORDER BY id')
      .all(child.id) as AuditRow[];
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
    const b = freshBackend();
    const child = await must(b, 'children.create', sampleChild({ givenName: 'Uniquename' }));
    await must(b, 'children.update', { id: child.id, child: sampleChild({ givenName: 'Othername' }) });
    const all = JSON.stringify(b.context.db.prepare('SELECT * FROM audit').all());
    expect(all).not.toMatch(/Uniquename|Othername/);
  });

  it('cannot be edited or deleted', async () => {
    const b = freshBackend();
    await must(b, 'children.create', sampleChild());
    expect(() => b.context.db.prepare("UPDATE audit SET user = 'someone else'").run()).toThrow(/append-only/);
    expect(() => b.context.db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
  });

  it('a refused save writes no audit row', async () => {
    const b = freshBackend();
    const child = await must(b, 'children.create', sampleChild());
    const before = b.context.db.prepare('SELECT count(*) AS n FROM audit').get();
    await b.call('episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-10-01T20:00:00Z',
      foundAt: '2026-09-01T20:00:00Z',
    });
    expect(b.context.db.prepare('SELECT count(*) AS n FROM audit').get()).toEqual(before);
  });
});
