import type { DueEvaluation } from '../../../../shared/protocol';
import type { ReturnInterviewDue, StageResult } from '../../../../shared/protocol/types';

/** What the board reads of a child's Due part (dashboard/board.ts): a full DueEvaluation is one too. */
export interface BoardPart {
  stage: Pick<StageResult, 'level' | 'label' | 'chair' | 'reason' | 'reachedAt'>;
  returnInterviews: ReadonlyArray<
    Pick<ReturnInterviewDue, 'episodeId' | 'returnedAt' | 'dueBy' | 'shortName' | 'overdue'>
  >;
}

/** A child as the board reads it: from the stored state, or (for the tests' comparison) the full answer. */
export interface BoardChild {
  childId: string;
  childName: string;
  caseReference: string;
  evaluation: BoardPart;
}

/**
 * The board's part of a child's Due part, stored beside the state (protocol_board, migration 0033): only the fields
 * the board shows, in a few hundred bytes where the whole Due part of a busy child runs to 100 KB.
 */
export const boardPartOf = (due: DueEvaluation): BoardPart => ({
  stage: {
    level: due.stage.level,
    label: due.stage.label,
    chair: due.stage.chair,
    reason: due.stage.reason,
    reachedAt: due.stage.reachedAt,
  },
  returnInterviews: due.returnInterviews.map((r) => ({
    episodeId: r.episodeId,
    returnedAt: r.returnedAt,
    dueBy: r.dueBy,
    shortName: r.shortName,
    overdue: r.overdue,
  })),
});
