import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { BackendContext } from '../../../electron/backend/context';
import { mutation } from '../../../electron/backend/mutation';
import { must, sampleChild, testEngine, twoBackends } from '../support/backend';

// A busy database (issue 11): two processes on one data folder, or two team-mode server processes on one PostgreSQL
// database. The save that meets the other writer waits and is run again whole; the person never sees an internal
// error. Two real connections on one real file; two real pools on one real PostgreSQL database.

const teamOf = async (b: Backend, id: string) => (await must(b, 'children.get', { id })).child.team;

describe(`a busy database (${testEngine})`, () => {
  it('a save that meets another writer holding the database is run again and saved, not refused', async () => {
    const { a, b, close } = await twoBackends();
    try {
      const child = await must(a, 'children.create', sampleChild({ team: 'West Team' }));
      const retries: string[] = [];
      if (testEngine === 'sqlite') {
        // The other process holds the write lock; this one gives up waiting at once, so the retry is what saves.
        await sql`PRAGMA busy_timeout = 1`.execute(b.context.db);
        await sql`BEGIN IMMEDIATE`.execute(a.context.db);
        b.context.onBusyRetry = (_attempt, code) => {
          retries.push(code);
          // The other writer finishes while this one waits to try again.
          if (retries.length === 1) void sql`COMMIT`.execute(a.context.db);
        };
        const saved = await b.call('children.update', {
          id: child.id,
          baseRevision: child.revision,
          child: sampleChild({ team: 'North Team' }),
        });
        expect(saved.ok ? 'saved' : saved.error.message).toBe('saved');
        expect(await teamOf(a, child.id)).toBe('North Team');
        expect(retries[0]).toMatch(/^SQLITE_BUSY/);
      } else {
        const other = await must(a, 'children.create', sampleChild({ caseReference: 'BUSY-2' }));
        // Each transaction takes one child's row and then wants the other's: a real deadlock, which PostgreSQL
        // breaks by aborting one of them (40P01); that one is run again once the other has committed.
        let aLocked!: () => void;
        let bLocked!: () => void;
        const aHas = new Promise<void>((r) => (aLocked = r));
        const bHas = new Promise<void>((r) => (bLocked = r));
        const hear = (ctx: BackendContext): BackendContext => ({
          ...ctx,
          onBusyRetry: (_attempt, code) => void retries.push(code),
        });
        let firstA = true;
        let firstB = true;
        const setTeam = (tx: BackendContext, id: string, team: string) =>
          tx.db.updateTable('children').set({ team }).where('id', '=', id).execute();
        await Promise.all([
          mutation(hear(a.context), async (tx) => {
            await setTeam(tx, child.id, 'Team A');
            if (firstA) {
              firstA = false;
              aLocked();
              await bHas;
            }
            await setTeam(tx, other.id, 'Team A');
          }),
          mutation(hear(b.context), async (tx) => {
            if (firstB) {
              firstB = false;
              await aHas;
            }
            await setTeam(tx, other.id, 'Team B');
            bLocked();
            await setTeam(tx, child.id, 'Team B');
          }),
        ]);
        expect(retries).toEqual(['40P01']);
        // Both committed, one after the other: the two rows agree on whichever committed last.
        expect(await teamOf(a, child.id)).toBe(await teamOf(a, other.id));
      }
    } finally {
      await close();
    }
  });
});
