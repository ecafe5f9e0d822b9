import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  instantPlusHours,
  lockChildren,
  readSnapshot,
  withLargeWriteCache,
} from '../../../electron/backend/db/dialect';
import { freshBackend, must, sampleChild, testEngine } from '../support/backend';
import { countRows } from '../support/db';

// The functions where SQLite and PostgreSQL differ, each run on the engine of this test project.
describe(`the dialect functions on ${testEngine}`, () => {
  it('adds elapsed hours to a stored instant as stored-instant text, across a clock change, keeping nulls', async () => {
    const b = await freshBackend();
    const plus72 = async (at: string | null) =>
      (
        await b.context.db
          .selectNoFrom(instantPlusHours(b.context.engine, sql.val(at), 72).as('at'))
          .executeTakeFirstOrThrow()
      ).at;
    // 72 hours after noon UTC on the Saturday before the clocks go forward is noon UTC on the Tuesday.
    expect(await plus72('2026-03-28T12:00:00.000Z')).toBe('2026-03-31T12:00:00.000Z');
    expect(await plus72('2026-11-20T23:59:59.123Z')).toBe('2026-11-23T23:59:59.123Z');
    expect(await plus72(null)).toBeNull();
  });

  it('reads one snapshot: a child saved while it reads is not counted', async () => {
    const b = await freshBackend();
    let saved: Promise<unknown> = Promise.resolve();
    const counts = await readSnapshot(b.context, async (tx) => {
      const before = await countRows({ ...b, context: tx }, 'children');
      saved = must(b, 'children.create', sampleChild({ caseReference: 'SNAP-1' }));
      // PostgreSQL saves on another connection while the snapshot is open; SQLite's one connection makes the save
      // wait until the snapshot ends. Either way the second read must not see it.
      if (testEngine === 'postgres') await saved;
      return [before, await countRows({ ...b, context: tx }, 'children')];
    });
    await saved;
    expect(counts).toEqual([0, 0]);
    expect(await countRows(b, 'children')).toBe(1);
  });

  it('a write to a locked child waits until the locking transaction commits', async () => {
    const b = await freshBackend();
    const child = await must(b, 'children.create', sampleChild({ caseReference: 'LOCK-1' }));
    const events: string[] = [];
    let other: Promise<unknown> = Promise.resolve();
    await b.context.db.transaction().execute(async (trx) => {
      await lockChildren({ ...b.context, db: trx }, [child.id]);
      other = b.context.db
        .updateTable('children')
        .set({ team: 'Other Team' })
        .where('id', '=', child.id)
        .execute()
        .then(() => events.push('other write'));
      // Round trips on the locking transaction give the other write every chance to run first: it must not.
      for (let i = 0; i < 20; i++) await sql`SELECT 1`.execute(trx);
      events.push('lock released');
    });
    await other;
    expect(events).toEqual(['lock released', 'other write']);
  });

  it('a large write cache on SQLite for the length of a call, put back afterwards; nothing on PostgreSQL', async () => {
    const b = await freshBackend();
    const cacheSize = async () =>
      Number(
        (await sql<{ cache_size: number }>`PRAGMA cache_size`.execute(b.context.db)).rows[0]?.cache_size,
      );
    // 2 is memory; before it, the build's default.
    const tempStore = async () =>
      Number(
        (await sql<{ temp_store: number }>`PRAGMA temp_store`.execute(b.context.db)).rows[0]?.temp_store,
      );
    const before = testEngine === 'sqlite' ? [await cacheSize(), await tempStore()] : null;
    const during = await withLargeWriteCache(b.context, async () =>
      testEngine === 'sqlite' ? [await cacheSize(), await tempStore()] : 'ran',
    );
    if (testEngine === 'sqlite') {
      expect(during).toEqual([-262_144, 2]);
      expect(before).not.toEqual(during);
      expect([await cacheSize(), await tempStore()]).toEqual(before);
    } else expect(during).toBe('ran');
  });
});
