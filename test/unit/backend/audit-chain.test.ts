import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/backend/audit/chain';
import type { Backend } from '../../../electron/backend/backend';
import { freshBackend, must, sampleChild, testEngine } from '../support/backend';
import { auditRows } from '../support/db';

// Tamper evidence: someone with write access to the database drops the append-only triggers and edits the trail.
async function dropGuards(b: Backend) {
  for (const name of ['audit_no_update', 'audit_no_delete']) {
    await sql
      .raw(testEngine === 'postgres' ? `DROP TRIGGER ${name} ON audit` : `DROP TRIGGER ${name}`)
      .execute(b.context.db);
  }
}

async function trailOfFive() {
  const b = await freshBackend();
  const child = await must(b, 'children.create', sampleChild());
  for (let i = 0; i < 3; i++) await must(b, 'children.get', { id: child.id });
  await must(b, 'settings.update', { organisation: 'Exampleshire (test)' });
  const rows = await auditRows(b);
  expect(rows).toHaveLength(5);
  return { b, rows };
}

const verify = (b: Backend) => verifyAuditChain(b.context.db, b.context.auditKey);

describe(`the audit trail's hash chain (${testEngine})`, () => {
  it('verifies a trail as written, every row linked', async () => {
    const { b, rows } = await trailOfFive();
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash ?? ''))).toBe(true);
    expect(await verify(b)).toEqual({ ok: true, rows: 5, chained: 5, beforeChain: 0 });
  });

  it('finds a row deleted from the middle, naming the first broken link', async () => {
    const { b, rows } = await trailOfFive();
    await dropGuards(b);
    await b.context.db.deleteFrom('audit').where('id', '=', rows[2]!.id).execute();
    expect(await verify(b)).toMatchObject({ ok: false, brokenAtId: rows[3]!.id });
  });

  it('finds an edited row', async () => {
    const { b, rows } = await trailOfFive();
    await dropGuards(b);
    await b.context.db
      .updateTable('audit')
      .set({ user: 'someone else' })
      .where('id', '=', rows[1]!.id)
      .execute();
    expect(await verify(b)).toMatchObject({ ok: false, brokenAtId: rows[1]!.id });
  });

  it('finds rows removed from the end, which leave an unbroken but shorter chain', async () => {
    const { b, rows } = await trailOfFive();
    await dropGuards(b);
    await b.context.db.deleteFrom('audit').where('id', '>=', rows[3]!.id).execute();
    const report = await verify(b);
    expect(report).toMatchObject({ ok: false, brokenAtId: rows[4]!.id });
    expect(report.ok || report.problem).toMatch(/end of the trail were removed/);
  });

  it('the check of the chain’s end at start finds a deletion too', async () => {
    const { b, rows } = await trailOfFive();
    await dropGuards(b);
    await b.context.db.deleteFrom('audit').where('id', '=', rows[4]!.id).execute();
    expect((await verifyAuditChain(b.context.db, b.context.auditKey, { tail: 200 })).ok).toBe(false);
    expect(b.auditChainAtStart.ok).toBe(true);
  });

  it('a forged row cannot be made without the key', async () => {
    const { b, rows } = await trailOfFive();
    const last = rows.at(-1)!;
    await b.context.db
      .insertInto('audit')
      .values({ ...last, id: undefined, detail: 'forged', hash: 'f'.repeat(64) })
      .execute();
    expect(await verify(b)).toMatchObject({ ok: false, brokenAtId: last.id + 1 });
  });
});
