import { describe, expect, it } from 'vitest';
import { auditShown } from '../../../electron/backend/audit/views';
import { verifyAuditChain } from '../../../electron/backend/audit/chain';
import { mutation } from '../../../electron/backend/mutation';
import { freshBackend, must, sampleChild } from '../support/backend';
import { auditRows, countRows } from '../support/db';

describe('views and exports of children are audited with the children they showed', () => {
  it('a list is one audit row linked to each child it showed; the child page lists who saw it', async () => {
    const b = await freshBackend();
    await must(b, 'settings.update', { displayName: 'Coordinator D. Example' });
    const a = await must(b, 'children.create', sampleChild({ caseReference: 'V-1', givenName: 'Alpha' }));
    const c = await must(b, 'children.create', sampleChild({ caseReference: 'V-2', givenName: 'Beta' }));
    const list = await must(b, 'children.list', {});
    expect(list.map((x) => x.id).sort()).toEqual([a.id, c.id].sort());
    const view = (await auditRows(b, 'view')).at(-1)!;
    expect(view.entity).toBe('children.list');
    expect(view.detail).toMatch(/^children=2 ids=[0-9a-f]{16}$/);
    // A view's links are written beside it, not yet merged into the index by child (migration 0040).
    const links = await b.context.db
      .selectFrom('audit_children_recent')
      .selectAll()
      .where('audit_id', '=', view.id)
      .execute();
    expect(links.map((l) => l.child_id).sort()).toEqual([a.id, c.id].sort());

    await must(b, 'importExport.exportHomeward', {});
    await must(b, 'children.get', { id: a.id });
    const seen = await must(b, 'children.seenBy', { childId: a.id });
    expect(seen.map((s) => [s.action, s.what])).toEqual([
      ['view', 'Child record'],
      ['view', 'Children list'],
    ]);
    expect(seen[1]).toMatchObject({ user: 'Coordinator D. Example', children: 2 });
    // No episodes yet, so the export held nobody and links to no child.
    expect((await auditRows(b, 'export')).at(-1)!.detail).toMatch(/^children=0 /);
  });

  it('an export of a child’s episodes is in that child’s "who has seen" list', async () => {
    const b = await freshBackend();
    const a = await must(b, 'children.create', sampleChild());
    await must(b, 'episodes.create', {
      childId: a.id,
      category: 'missing',
      reportedAt: '2026-11-01T20:00:00Z',
    });
    const file = await must(b, 'importExport.exportHomeward', {});
    const seen = await must(b, 'children.seenBy', { childId: a.id });
    expect(seen[0]).toMatchObject({ action: 'export', what: file.fileName, children: 1 });
  });

  it('a view that showed nobody writes nothing; a search text is never written to the trail', async () => {
    const b = await freshBackend();
    await must(b, 'children.create', sampleChild({ familyName: 'Searchable' }));
    const before = await countRows(b, 'audit');
    await must(b, 'children.list', { search: 'Nobodyhere' });
    expect(await countRows(b, 'audit')).toBe(before);
    await must(b, 'children.list', { search: 'Searchable' });
    expect(JSON.stringify(await auditRows(b))).not.toContain('Searchable');
  });

  it('a view of 20,000 children is one chained row and 20,000 links, measured', async () => {
    const b = await freshBackend();
    const ids = Array.from({ length: 20_000 }, (_, i) => `bulk-child-${String(i).padStart(5, '0')}`);
    const started = performance.now();
    await mutation(b.context, (tx) => auditShown(tx, 'view', 'protocol.due', '', ids));
    const ms = performance.now() - started;
    // Printed, not asserted (no timed assertions): the figure for the README and the lead.
    console.log(`[trust] audited a view of 20,000 children on ${b.context.engine} in ${ms.toFixed(0)} ms`);
    expect(await countRows(b, 'audit_children_recent')).toBe(20_000);
    expect((await auditRows(b, 'view')).length).toBe(1);
    expect((await verifyAuditChain(b.context.db, b.context.auditKey)).ok).toBe(true);
  });
});
