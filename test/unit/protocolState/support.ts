import { expect } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { getChild } from '../../../electron/backend/children/queries';
import { buildBoard } from '../../../electron/backend/dashboard/board';
import { monthOf } from '../../../electron/backend/dashboard/months';
import { evaluateChildrenAsOf } from '../../../electron/backend/dashboard/evaluateAll';
import { listEpisodesForChild } from '../../../electron/backend/episodes/queries';
import { evaluateOne, fullDue } from '../../../electron/backend/protocol/evaluate';
import { must } from '../support/backend';

const DUE_PAGES = [
  { show: 'all', limit: 1 },
  { show: 'all', limit: 7 },
  { show: 'meeting', limit: 3 },
  { show: 'notification' },
  { show: 'escalation' },
  { show: 'return', limit: 4 },
] as const;

/** A backend clock the test moves: every request is answered as of `clock.now`. */
export interface MovableClock {
  now: Date;
}

/**
 * Every screen that reads the stored protocol state, answered through the API, against the same answer evaluated
 * from the record as of the same instant, compared as the JSON the window receives.
 */
export async function expectStoredMatchesFull(b: Backend, childIds: readonly string[], when: string) {
  const ctx = b.context;
  const due = await must(b, 'protocol.due', {});
  expect(JSON.stringify(due), `Due at ${when}`).toBe(JSON.stringify(await fullDue(ctx)));
  // The Due screen's pages and filters: the stored items' order, filters and counts are the full list's.
  for (const query of DUE_PAGES) {
    const page = await must(b, 'protocol.due', query);
    expect(JSON.stringify(page), `Due ${JSON.stringify(query)} at ${when}`).toBe(
      JSON.stringify(await fullDue(ctx, query)),
    );
  }
  const board = await must(b, 'dailyReview.board', {});
  expect(JSON.stringify(board), `board at ${when}`).toBe(JSON.stringify(await buildBoard(ctx, 'full')));
  const month = monthOf(ctx.now());
  const dashboard = await must(b, 'dashboard.month', { month });
  const full = await evaluateChildrenAsOf(ctx, ctx.now().toISOString());
  expect(dashboard.stages.childrenEvaluated, `dashboard at ${when} (${month})`).toBe(full.length);
  expect(
    dashboard.stages.rows.map((r) => r.children),
    `dashboard stages at ${when}`,
  ).toEqual([1, 2, 3].map((l) => full.filter((e) => e.evaluation.stage.level === l).length));
  for (const id of childIds) {
    const child = await getChild(ctx.db, id);
    if (!child) throw new Error(`no child ${id}`);
    const header = await must(b, 'protocol.child', { childId: id });
    const expected = await evaluateOne(ctx, child, await listEpisodesForChild(ctx.db, id));
    expect(JSON.stringify(header), `header of ${id} at ${when}`).toBe(JSON.stringify(expected));
  }
}
