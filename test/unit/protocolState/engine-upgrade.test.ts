import { describe, expect, it } from 'vitest';
import { ENGINE_FINGERPRINT } from '../../../electron/backend/protocol/state/engine';
import { sweep } from '../../../electron/backend/protocol/state/read';
import { freshBackend, must } from '../support/backend';
import { expectStoredMatchesFull } from './support';

const NOW = '2026-10-20T09:00:00.000Z';

describe('an upgrade whose engine answers differently', () => {
  it('re-evaluates every stored state another engine wrote at the first sweep, so no old answer stands', async () => {
    const b = await freshBackend(NOW);
    await must(b, 'app.loadDemo', {});
    const ids = (await must(b, 'children.list', {})).map((c) => c.id);
    const db = b.context.db;
    // As an older release left it: its own answers (here a header with nothing due and no stage), good for a week.
    const older = JSON.stringify({ stale: true });
    await db
      .updateTable('protocol_state')
      .set({
        engine: 'older-release',
        evaluation: older,
        due_evaluation: null,
        next_change_at: '2026-10-27T09:00:00.000Z',
      })
      .execute();
    expect(await sweep(b.context)).toBe(ids.length);
    const rows = await db.selectFrom('protocol_state').select(['engine', 'evaluation']).execute();
    expect(new Set(rows.map((r) => r.engine))).toEqual(new Set([ENGINE_FINGERPRINT]));
    expect(rows.some((r) => r.evaluation === older)).toBe(false);
    await expectStoredMatchesFull(b, ids, NOW);
    // Written by this engine and not yet due to change: the next sweep has nothing to do.
    expect(await sweep(b.context)).toBe(0);
  });
});
