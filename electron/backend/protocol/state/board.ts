import { sql } from 'kysely';
import type { BackendContext } from '../../context';
import type { BoardChild, BoardPart } from './boardPart';
import { sweep } from './read';

/** The instants the Daily Review board shows things from (dashboard/board.ts). */
export interface BoardWindow {
  now: string;
  /** Return interviews after a return since then are "returned, interview due" (24 hours). */
  returnedSince: string;
  /** Overdue return interviews due since then (the Due screen's 30 days; older ones are for the Head of Service). */
  dueSince: string;
  /** Stages reached after this (the last Daily Review, else 24 hours ago) and by now are thresholds crossed. */
  stageSince: string;
}

const COLUMNS = ['child_id', 'child_name', 'case_reference', 'board_part'] as const;

/**
 * The stored state of the children the board can show, as of the context's now, after a sweep: in the look-back,
 * with something due or a stage reached (as the Due list's rows: on_board), and with a return interview returned or
 * due in the board's windows, or a stage reached in its window. The rest can add nothing to any of the board's
 * lists, so nothing of theirs is read. Everything is read from protocol_board (migration 0037), each window one
 * index range: on SQLite the table is kept in interview-deadline order, so the 30 days of deadlines (13,600 of
 * 100,000 children on the large bench) are adjacent rows rather than a page each. The board applies its own exact
 * tests to these. In the children table's row order, as activeChildren reads them, so rows the board sorts as equal
 * stay in the order they always had.
 */
export async function boardChildren(ctx: BackendContext, w: BoardWindow): Promise<BoardChild[]> {
  await sweep(ctx);
  // Each window its own range, joined with UNION ALL (a child in two windows is kept once below): written as one OR,
  // or as UNION, SQLite's planner chose a pass over every row (UNION: to merge two passes in child_id order).
  const chosen = ctx.db
    .selectFrom('protocol_board')
    .select(COLUMNS)
    .where('interview_due_by', '>=', w.dueSince)
    .where('on_board', '=', 1)
    .unionAll((db) =>
      db
        .selectFrom('protocol_board')
        .select(COLUMNS)
        .where('interview_returned_at', '>=', w.returnedSince)
        .where('on_board', '=', 1),
    )
    .unionAll((db) =>
      db
        .selectFrom('protocol_board')
        .select(COLUMNS)
        .where('stage_reached_at', '>', w.stageSince)
        .where('stage_reached_at', '<=', w.now)
        .where('on_board', '=', 1),
    );
  // CROSS JOIN: SQLite then takes the chosen rows first and looks each child up, where an inner join scanned all
  // 100,000 children (PostgreSQL plans both alike).
  const rows = await ctx.db
    .selectFrom(chosen.as('b'))
    .crossJoin('children as c')
    .whereRef('c.id', '=', 'b.child_id')
    .select(['b.child_id', 'b.child_name', 'b.case_reference', 'b.board_part'])
    .orderBy(sql.raw(ctx.engine === 'postgres' ? 'c.ctid' : 'c.rowid'))
    .execute();
  const seen = new Set<string>();
  return rows.flatMap((r) => {
    if (seen.has(r.child_id)) return [];
    seen.add(r.child_id);
    return [
      {
        childId: r.child_id,
        childName: r.child_name,
        caseReference: r.case_reference,
        evaluation: JSON.parse(r.board_part) as BoardPart,
      },
    ];
  });
}
