import type { DailyReviewBoard } from '../api/dashboard';
import { formatDuration, formatUkDate, formatUkDateTime } from '../time/london';

/** A reason for a child's place on the review is one line of a heading: more than this is a paragraph nobody reads. */
export const MAX_REASON_LENGTH = 500;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Why each child on the board is on today's Daily Review, in the board's words and its order of urgency (W-KC: high
 * risk, missing over 24 hours; WG 9: a return interview to do): "missing now for 31 h; high risk; RHI overdue (due
 * 28/11/2026 14:00)". Every child of `board.childIds` gets a reason, since the board lists a child only for one.
 */
export function reviewReasons(board: DailyReviewBoard): Map<string, string> {
  const asOf = Date.parse(board.asOf);
  const parts = new Map<string, string[]>(board.childIds.map((id) => [id, []]));
  const add = (childId: string | undefined, text: string) => {
    const list = childId === undefined ? undefined : parts.get(childId);
    if (list && !list.includes(text)) list.push(text);
  };
  for (const m of board.missingNow) {
    const risk = m.policeRisk === null ? 'not graded' : `${m.policeRisk.replace(/-/g, ' ')} risk`;
    add(m.childId, `missing now for ${formatDuration(asOf - Date.parse(m.reportedAt))} (${risk})`);
  }
  for (const h of board.highRisk) {
    // Missing now at high risk is said already by "missing now for 31 h (high risk)".
    if (
      h.foundAt === null &&
      board.missingNow.some((m) => m.childId === h.childId && m.policeRisk === 'high')
    )
      continue;
    add(h.childId, h.foundAt === null ? 'high risk' : `high risk, found ${formatUkDateTime(h.foundAt)}`);
  }
  for (const r of board.returnedInterviewDue)
    add(
      r.childId,
      `returned ${formatUkDateTime(r.returnedAt)}, ${r.interviewName} due by ${formatUkDateTime(r.dueBy)}`,
    );
  for (const t of board.crossedThreshold)
    add(t.childId, `${t.stageLabel} reached ${formatUkDate(t.reachedAt)}`);
  for (const r of board.interviewsOverdue)
    if (r.overdue) add(r.childId, `${r.interviewName} overdue (due ${formatUkDateTime(r.dueBy)})`);
  const actions = new Map<string, number>();
  for (const a of board.actionsOverdue)
    if (a.child) actions.set(a.child.childId, (actions.get(a.child.childId) ?? 0) + 1);
  for (const [childId, n] of actions) add(childId, plural(n, 'action overdue', 'actions overdue'));

  const out = new Map<string, string>();
  for (const [childId, list] of parts) {
    const text = list.join('; ');
    out.set(childId, text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH - 1)}…` : text);
  }
  return out;
}
