import { rmSync } from 'node:fs';
import { sql, type KyselyPlugin } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/backend/audit/chain';
import { mergeViewLinks } from '../../../electron/backend/audit/mergeLinks';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { freshDatabase, must, sampleChild, testEngine } from '../support/backend';
import { countRows } from '../support/db';

// Migration 0040: a view's links are written beside it (audit_children_recent) and merged into the index by child
// later, in bulk. "Who has seen this record" must give the same answer wherever the merge has got to.

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A backend on a database the test may close and open again, as the app is after a crash. */
async function reopenable() {
  const { dir, databaseUrl } = await freshDatabase();
  const open = async (): Promise<Backend> => {
    const b = await createBackend({
      dataDir: dir,
      databaseUrl,
      now: () => new Date('2026-11-20T10:00:00.000Z'),
      logError: () => undefined,
    });
    closers.push(() => b.close());
    return b;
  };
  closers.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
  return open;
}

async function seenByAll(b: Backend, ids: string[]) {
  return Promise.all(ids.map((childId) => must(b, 'children.seenBy', { childId })));
}

/** `n` children named Kid0, Kid1, ... with case references `${prefix}-0`, ...: their ids in order. */
async function kids(b: Backend, prefix: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1)
    ids.push(
      (
        await must(
          b,
          'children.create',
          sampleChild({ caseReference: `${prefix}-${i}`, givenName: `Kid${i}` }),
        )
      ).id,
    );
  return ids;
}

/** Every link merged, `links` of them, who has seen each child as `seen`, and the audit chain whole. */
async function expectAllMerged(b: Backend, ids: string[], seen: unknown, links: number) {
  expect(await countRows(b, 'audit_children_recent')).toBe(0);
  expect(await countRows(b, 'audit_children')).toBe(links);
  expect(await seenByAll(b, ids)).toEqual(seen);
  expect((await verifyAuditChain(b.context.db, b.context.auditKey)).ok).toBe(true);
}

describe(`a view's links, merged into the index by child later (${testEngine})`, () => {
  it('who has seen each child is the same before and after the merge, and after a failed merge and a reopen', async () => {
    const open = await reopenable();
    const b = await open();
    const ids = await kids(b, 'M', 4);
    // Views before and after a merge, so the answer must come from both tables at once.
    await must(b, 'children.list', {});
    await must(b, 'children.list', { search: 'Kid1' });
    await must(b, 'children.get', { id: ids[2]! });
    const before = await seenByAll(b, ids);
    expect(before.map((s) => s.length)).toEqual([1, 2, 2, 1]);
    const recent = await countRows(b, 'audit_children_recent');
    expect(recent).toBe(5);

    expect(await mergeViewLinks(b.context.db)).toBe(5);
    expect(await countRows(b, 'audit_children_recent')).toBe(0);
    expect(await seenByAll(b, ids)).toEqual(before);

    await must(b, 'children.list', { search: 'Kid3' });
    const later = await seenByAll(b, ids);
    expect(later.map((s) => s.length)).toEqual([1, 2, 2, 2]);

    // A merge that dies between its two writes leaves nothing moved: the transaction rolls back whole.
    await expect(
      b.context.db.transaction().execute(async (trx) => {
        await sql`INSERT INTO audit_children (audit_id, child_id) SELECT audit_id, child_id FROM audit_children_recent`.execute(
          trx,
        );
        throw new Error('killed mid-merge');
      }),
    ).rejects.toThrow('killed mid-merge');
    expect(await countRows(b, 'audit_children_recent')).toBe(1);
    expect(await seenByAll(b, ids)).toEqual(later);

    // Closed with a link still unmerged, then opened again: the start's merge moves it, and nothing changes.
    await b.close();
    const again = await open();
    await expectAllMerged(again, ids, later, 6);
  });

  it('moves a backlog in several transactions of whole views, and who has seen each child stays the same', async () => {
    const open = await reopenable();
    const b = await open();
    const ids = await kids(b, 'B', 3);
    // Four lists of the three children: twelve links, three to a view.
    for (let i = 0; i < 4; i += 1) await must(b, 'children.list', {});
    const before = await seenByAll(b, ids);
    expect(await countRows(b, 'audit_children_recent')).toBe(12);
    // Each merge transaction ends by deleting what it moved: counted, they are the transactions.
    let deletes = 0;
    const counting: KyselyPlugin = {
      transformQuery: ({ node }) => {
        if (node.kind === 'DeleteQueryNode') deletes += 1;
        return node;
      },
      transformResult: ({ result }) => Promise.resolve(result),
    };
    // Batches of four links: each takes the view holding its fourth oldest link whole, six links, so two.
    expect(await mergeViewLinks(b.context.db.withPlugin(counting), 4)).toBe(12);
    expect(deletes).toBe(2);
    await expectAllMerged(b, ids, before, 12);
  });

  it('refuses to change or drop a link, except to drop one the index by child already holds', async () => {
    const open = await reopenable();
    const b = await open();
    await must(b, 'children.create', sampleChild());
    await must(b, 'children.list', {});
    const db = b.context.db;
    await expect(
      db.updateTable('audit_children_recent').set({ child_id: 'someone-else' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_children_recent').execute()).rejects.toThrow(/append-only/);
    expect(await countRows(b, 'audit_children_recent')).toBe(1);
    expect(await mergeViewLinks(db)).toBe(1);
    await expect(db.deleteFrom('audit_children').execute()).rejects.toThrow(/append-only/);
    expect(await countRows(b, 'audit_children')).toBe(1);
  });
});
