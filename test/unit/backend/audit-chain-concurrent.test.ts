import { auditIdsShowing } from '../../../electron/backend/audit/mergeLinks';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/backend/audit/chain';
import type { Backend } from '../../../electron/backend/backend';
import { freshBackend, must, sampleChild, testEngine, twoBackends } from '../support/backend';
import { auditRows } from '../support/db';

// Issue 10: audit rows are linked into the chain just before their transaction commits, and the views of reads
// answered at about the same time are linked together in one batch transaction. The chain must stay one unbroken
// chain with writers in two server processes (two backends, each with its own pool or connection, on one database),
// and a view must be on the trail before its answer is returned.

/** The view rows of one entity that name this child, directly or through its links (merged or not). */
async function viewsOf(b: Backend, entity: string, childId: string): Promise<number> {
  const rows = await b.context.db
    .selectFrom('audit as a')
    .select('a.id')
    .where('a.action', '=', 'view')
    .where('a.entity', '=', entity)
    .where((eb) =>
      eb.or([eb('a.child_id', '=', childId), eb('a.id', 'in', auditIdsShowing(b.context.db, childId))]),
    )
    .execute();
  return rows.length;
}

describe(`the audit chain with concurrent writers (${testEngine})`, () => {
  it('two server processes saving and reading at once leave one unbroken chain, every call on it', async () => {
    const { a, b, close } = await twoBackends();
    try {
      const children = await Promise.all(
        [0, 1, 2, 3].map((i) => must(a, 'children.create', sampleChild({ caseReference: `CC-${i}` }))),
      );
      const before = (await auditRows(a)).length;
      const calls: Array<Promise<unknown>> = [];
      let expected = 0;
      for (let round = 0; round < 6; round++) {
        for (const [k, server] of [a, b].entries()) {
          for (const [i, child] of children.entries()) {
            // Each view and each save is one audit row; the list is one row however many children it showed.
            calls.push(must(server, 'children.get', { id: child.id }));
            calls.push(must(server, 'children.list', {}));
            calls.push(
              must(server, 'children.create', sampleChild({ caseReference: `CC-${round}-${k}-${i}` })),
            );
            expected += 3;
          }
        }
      }
      const failed = (await Promise.allSettled(calls)).filter((r) => r.status === 'rejected');
      expect(failed.map((r) => String(r.reason))).toEqual([]);
      expect((await auditRows(a)).length - before).toBe(expected);
      expect(await verifyAuditChain(a.context.db, a.context.auditKey)).toMatchObject({
        ok: true,
        rows: before + expected,
      });
      // 6 rounds x 2 servers x 4 lists, each showing the first four children (and those created by then).
      for (const child of children) expect(await viewsOf(a, 'children.list', child.id)).toBe(48);
    } finally {
      await close();
    }
  });

  it('a view is on the trail when its answer arrives, and many at once are all there', async () => {
    const b = await freshBackend();
    const child = await must(b, 'children.create', sampleChild());
    const answers = await Promise.all(
      Array.from({ length: 30 }, async () => {
        await must(b, 'children.get', { id: child.id });
        // Counted the moment this answer arrived: its own row is there already, whatever the others are doing. (On
        // PostgreSQL this count is read on another connection; SQLite's one connection would order it after the
        // batch anyway, so it is the PostgreSQL run that would catch an answer given before its view committed.)
        return viewsOf(b, 'child', child.id);
      }),
    );
    expect(Math.min(...answers)).toBeGreaterThanOrEqual(1);
    expect(await viewsOf(b, 'child', child.id)).toBe(30);
    expect(await verifyAuditChain(b.context.db, b.context.auditKey)).toMatchObject({ ok: true });
  });

  it('a read whose view cannot be written shows nothing, and the reads after it are audited again', async () => {
    const b = await freshBackend();
    const child = await must(b, 'children.create', sampleChild());
    const refuseViews =
      testEngine === 'postgres'
        ? [
            "CREATE FUNCTION views_down() RETURNS trigger AS $$ BEGIN IF NEW.action = 'view' THEN RAISE EXCEPTION 'audit down'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
            'CREATE TRIGGER views_down BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION views_down()',
          ]
        : [
            "CREATE TRIGGER views_down BEFORE INSERT ON audit WHEN NEW.action = 'view' BEGIN SELECT RAISE(ABORT, 'audit down'); END",
          ];
    for (const statement of refuseViews) await sql.raw(statement).execute(b.context.db);
    const refused = await Promise.all([
      b.call('children.get', { id: child.id }),
      b.call('children.list', {}),
      b.call('children.get', { id: child.id }),
    ]);
    expect(refused.map((r) => r.ok)).toEqual([false, false, false]);
    expect(refused.some((r) => r.ok && 'value' in r)).toBe(false);
    await sql
      .raw('DROP TRIGGER views_down' + (testEngine === 'postgres' ? ' ON audit' : ''))
      .execute(b.context.db);
    await must(b, 'children.get', { id: child.id });
    expect(await viewsOf(b, 'child', child.id)).toBe(1);
    expect(await verifyAuditChain(b.context.db, b.context.auditKey)).toMatchObject({ ok: true });
  });
});
