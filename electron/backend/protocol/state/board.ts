import { sql } from 'kysely';
import type { DueEvaluation } from '../../../../shared/protocol';
import type { BackendContext } from '../../context';
import type { BoardChild, BoardPart } from './boardPart';
import { sweep } from './read';
import type { StoredHeader } from './refresh';

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

/**
 * The stored state of the children the board can show, as of the context's now, after a sweep: in the look-back,
 * with something due or a stage reached (as the Due list's rows), and with a return interview returned or due in the
 * board's windows, or a stage reached in its window. The rest can add nothing to any of the board's lists, so their
 * stored answers are neither read nor parsed: the indexed columns of migration 0030 choose the rows. The board
 * applies its own exact tests to these. In the children table's row order, as activeChildren reads them, so rows the
 * board sorts as equal stay in the order they always had.
 */
export async function boardChildren(ctx: BackendContext, w: BoardWindow): Promise<BoardChild[]> {
  await sweep(ctx);
  // Each window is its own index range, joined with UNION ALL: written as one OR (or with the look-back and Due
  // tests beside it) SQLite's planner chose a pass over every state instead, reading each row's stored answer to
  // reach the columns after it. The look-back and Due tests are then made on the rows chosen.
  const chosen = ctx.db
    .selectFrom('protocol_state')
    .select('child_id')
    .where('return_interview_returned_at', '>=', w.returnedSince)
    .unionAll((db) =>
      db.selectFrom('protocol_state').select('child_id').where('return_interview_due_by', '>=', w.dueSince),
    )
    .unionAll((db) =>
      db
        .selectFrom('protocol_state')
        .select('child_id')
        .where('stage_reached_at', '>', w.stageSince)
        .where('stage_reached_at', '<=', w.now),
    );
  const rows = (
    await ctx.db
      .selectFrom('protocol_state as s')
      .innerJoin('children as c', 'c.id', 's.child_id')
      .leftJoin('protocol_board as p', 'p.child_id', 's.child_id')
      .select((eb) => [
        's.child_id',
        's.child_name',
        's.case_reference',
        's.in_look_back',
        's.has_due',
        's.stage_level',
        'p.board_part',
        // The whole Due part (or header) only for a state stored without the board's part.
        eb
          .case()
          .when('p.board_part', 'is', null)
          .then(eb.ref('s.due_evaluation'))
          .end()
          .as('due_evaluation'),
        eb
          .case()
          .when(eb.and([eb('p.board_part', 'is', null), eb('s.due_evaluation', 'is', null)]))
          .then(eb.ref('s.evaluation'))
          .end()
          .as('evaluation'),
      ])
      .where('s.child_id', 'in', chosen)
      .orderBy(sql.raw(ctx.engine === 'postgres' ? 'c.ctid' : 'c.rowid'))
      .execute()
  ).filter((r) => r.in_look_back === 1 && (r.has_due === 1 || r.stage_level > 0));
  return rows.map((r) => ({
    childId: r.child_id,
    childName: r.child_name,
    caseReference: r.case_reference,
    // A row written before the board's part was stored reads the Due part, and one from before the Due part was
    // always stored (null) the same answer in its header.
    evaluation:
      r.board_part !== null
        ? (JSON.parse(r.board_part) as BoardPart)
        : r.due_evaluation !== null
          ? (JSON.parse(r.due_evaluation) as DueEvaluation)
          : (JSON.parse(r.evaluation ?? 'null') as StoredHeader).evaluation,
  }));
}
