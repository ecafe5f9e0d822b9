import { describe, expect, it } from 'vitest';
import type { DueEvaluation } from '../../../shared/protocol';
import { buildBoard } from '../../../electron/backend/dashboard/board';
import { boardPartOf } from '../../../electron/backend/protocol/state/boardPart';
import { freshBackend, must } from '../support/backend';

const NOW = '2026-11-20T10:00:00.000Z';

describe('the Daily Review board’s stored part of each child’s answer (migration 0033)', () => {
  it('is the stage and return interviews of the stored Due part, and a state without it is evaluated again', async () => {
    const b = await freshBackend(NOW);
    await must(b, 'app.loadDemo', {});
    const db = b.context.db;
    const states = await db.selectFrom('protocol_state').select(['child_id', 'due_evaluation']).execute();
    const parts = new Map(
      (await db.selectFrom('protocol_board').selectAll().execute()).map((r) => [r.child_id, r.board_part]),
    );
    expect(parts.size).toBe(states.length);
    for (const s of states)
      expect(parts.get(s.child_id), s.child_id).toBe(
        JSON.stringify(boardPartOf(JSON.parse(s.due_evaluation!) as DueEvaluation)),
      );
    const board = await must(b, 'dailyReview.board', {});
    // Not an empty comparison: the demo's board has children in its interview and threshold lists.
    expect(board.interviewsOverdue.length + board.returnedInterviewDue.length).toBeGreaterThan(0);
    expect(JSON.stringify(board)).toBe(JSON.stringify(await buildBoard(b.context, 'full')));
    // A state without its board row (removed by hand): the sweep evaluates it again (0037), and the board is the same.
    await db.deleteFrom('protocol_board').execute();
    expect(JSON.stringify(await must(b, 'dailyReview.board', {}))).toBe(JSON.stringify(board));
  });
});
