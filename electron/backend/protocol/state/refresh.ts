import type { Child } from '../../../../shared/domain/child';
import { dueEvaluationOf, evaluateChild, type DueEvaluation } from '../../../../shared/protocol';
import type {
  EpisodeFacts,
  EscalationFacts,
  MeetingHeld,
  NotificationMade,
  StatutoryReviewHeld,
} from '../../../../shared/protocol/types';
import { hasStandingNotice } from '../../../../shared/protocol/notices';
import { statutoryReviewsByChild } from '../../statutoryReviews/queries';
import { NO_ESCALATION_FACTS } from '../../../../shared/protocol/escalations';
import { escalationFactsByChild } from '../../escalations/queries';
import { toIsoInstant } from '../../../../shared/protocol/london';
import type { BackendContext } from '../../context';
import type { CreatedChild } from '../../mutation';
import type { DueItemsTable, ProtocolStateTable } from '../../db/schema';
import { listNotificationsMadeByChild } from '../../notifications/queries';
import { assessedOnByChild } from '../../riskAssessments/queries';
import { profileResolver } from '../profiles';
import { withIndexesRebuilt } from '../../db/bulkIndexes';
import { ENGINE_FINGERPRINT } from './engine';
import { LOOK_BACK_MS, nextChangeAt } from './nextChange';
import { dueItemRows } from './dueItems';
import { storedDueParts, writeDueItems } from './dueQueries';
import { boardPartOf } from './boardPart';
import { duePartText, headerText, type StoredHeader } from './storedText';
import { lookBackAnswer, type StoredDuePart } from './lookBack';
import {
  STATE_BATCH,
  childrenByIds,
  episodeFactsByChild,
  meetingsHeldByChild,
  writeBoardParts,
  writeStates,
} from './queries';

/**
 * The episodes the Due list, the board and the dashboard read for a child (episodes/queries.ts listEpisodeFactsAsOf):
 * reported at or before now, and reported within the look-back or not yet returned as of now. Compared as the
 * stored text, as the query compares it.
 */
export function lookBackEpisodes(episodes: readonly EpisodeFacts[], asOf: string, nowMs: number) {
  const since = new Date(nowMs - LOOK_BACK_MS).toISOString();
  return episodes.filter(
    (e) =>
      e.reportedAt <= asOf &&
      (e.reportedAt >= since || e.foundAt === null || e.foundAt === undefined || e.foundAt > asOf),
  );
}

/**
 * Something for the Due list now (after its 30-day cut for return interviews), or will be if nothing changes: one of
 * the child's Due items that the Due screen shows now, as it asks of the stored items (dueQueries.ts shown). The
 * same as building the trimmed Due list and asking for an item not stale (evaluate.ts withoutStaleReturns,
 * isStaleReturnItem): an item's visible_until is 30 days after the earlier of its interview's deadline and its own,
 * so this asks the Due list built once for the rows rather than building it a second time.
 */
const hasDue = (items: readonly DueItemsTable[], asOf: string): boolean =>
  items.some((i) => i.visible_until === null || i.visible_until >= asOf);

/**
 * Whether the Due list has an item of the child's that only return interviews' 30 days can take off it: buildDueList
 * makes one item of every meeting, notification, escalation, long-term episode, consideration and prompt, and only
 * a return interview's or its steps' items have a visible_until (dueItems.ts). Such a child has something due
 * without its Due list being built, which takes longer than its evaluation (407 items for the busiest child).
 */
const hasItemShownWhateverTheDay = (due: DueEvaluation): boolean =>
  due.meetings.length > 0 ||
  due.notifications.length > 0 ||
  due.escalations.length > 0 ||
  due.longTermMissing.length > 0 ||
  due.considerations.length > 0 ||
  due.prompts.length > 0;

function stateRow(
  child: Child,
  episodes: readonly EpisodeFacts[],
  meetingsHeld: readonly MeetingHeld[],
  notificationsMade: readonly NotificationMade[],
  riskAssessedOn: readonly string[],
  escalationFacts: EscalationFacts,
  statutoryReviews: readonly StatutoryReviewHeld[],
  resolve: Awaited<ReturnType<typeof profileResolver>>,
  nowMs: number,
  was?: StoredDuePart,
): { row: ProtocolStateTable; due: DueEvaluation; items: () => DueItemsTable[] } {
  const asOf = new Date(nowMs).toISOString();
  const { profile, because } = resolve(child);
  // One set of facts for both answers: the whole history's, and the look-back's (its episodes only).
  const facts = {
    profile,
    child,
    asOf,
    meetingsHeld,
    notificationsMade,
    riskAssessedOn,
    escalationFacts,
    statutoryReviews,
  };
  const evaluation = evaluateChild({ ...facts, episodes });
  const header: StoredHeader = {
    profile: { id: profile.id, name: profile.name, council: profile.council },
    profileBecause: because,
    evaluation,
  };
  const near = lookBackEpisodes(episodes, asOf, nowMs);
  // As fullDue and the board choose whom to evaluate: episodes in the look-back, or a notice due without one.
  const evaluated = near.length > 0 || hasStandingNotice(child);
  const same = near.length === episodes.filter((e) => e.reportedAt <= asOf).length;
  const {
    answer: due,
    duePart,
    text: dueText,
  } = same
    ? { answer: evaluation, duePart: dueEvaluationOf(evaluation), text: undefined }
    : lookBackAnswer({ ...facts, episodes: near }, was);
  const next = nextChangeAt(
    {
      profile,
      dateOfBirth: child.dateOfBirth,
      episodes,
      meetingsHeld,
      riskAssessedOn,
      escalationFacts,
      statutoryReviews,
      evaluations: same ? [evaluation] : [evaluation, due],
    },
    nowMs,
  );
  const childName = `${child.givenName} ${child.familyName}`;
  // The child's Due items, built at most once: only where they are written (writeChildStates), or asked of when
  // the child has nothing due but return interviews, whose items the Due screen shows for 30 days past their deadline.
  let built: DueItemsTable[] | undefined;
  const items = () => (built ??= dueItemRows(child.id, childName, duePart, asOf));
  const has = evaluated && (hasItemShownWhateverTheDay(duePart) || hasDue(items(), asOf));
  const row: ProtocolStateTable = {
    child_id: child.id,
    profile_id: profile.id,
    evaluated_at: asOf,
    next_change_at: next === null ? null : toIsoInstant(next),
    in_look_back: evaluated ? 1 : 0,
    has_due: has ? 1 : 0,
    stage_level: due.stage.level,
    stage_reached_at: due.stage.reachedAt,
    child_name: childName,
    case_reference: child.caseReference,
    evaluation: headerText(header),
    // Always stored, and only the part the Due list and the board read (a fifth of the whole answer's text), so
    // they never read the headers; null only in rows written before this was so, which then read the header.
    due_evaluation: dueText ?? duePartText(duePart),
    engine: ENGINE_FINGERPRINT,
    // What the board chooses its rows by (board.ts): an interview returned lately, or due lately.
    return_interview_returned_at: latest(due.returnInterviews.map((r) => r.returnedAt)),
    return_interview_due_by: latest(due.returnInterviews.map((r) => r.dueBy)),
  };
  return { row, due, items: () => (has ? items() : []) };
}

/** The latest of some stored instants, compared as the stored text (as SQL compares them); null when none. */
const latest = (instants: readonly string[]): string | null =>
  instants.reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);

/** What the engine reads of some children, by child id; each read one query for the batch. */
async function readFacts(db: BackendContext['db'], ids: readonly string[]) {
  if (ids.length === 0) return null;
  return {
    children: await childrenByIds(db, ids),
    episodes: await episodeFactsByChild(db, ids),
    held: await meetingsHeldByChild(db, ids),
    told: await listNotificationsMadeByChild(db, ids),
    assessed: await assessedOnByChild(db, ids),
    escalations: await escalationFactsByChild(db, ids),
    reviews: await statutoryReviewsByChild(db, ids),
    before: await storedDueParts(db, ids),
  };
}

/**
 * Evaluates the children as of the context's now and stores their state, in the caller's transaction: one read of
 * the settings for the profiles, then children, episodes, held meetings, notifications, risk assessments' dates,
 * escalation facts and statutory reviews a batch at a time. Children `created` in this transaction are evaluated
 * from their record as made (mutation.ts childCreated), nothing read back: an import's 20,000 new children had
 * their 100,000 episodes read again, a second of its time.
 */
export async function refreshChildren(
  ctx: BackendContext,
  ids: Iterable<string>,
  created: ReadonlyMap<string, CreatedChild> = new Map(),
): Promise<number> {
  const all = [...new Set(ids)];
  if (all.length === 0) return 0;
  const nowMs = ctx.now().getTime();
  const resolve = await profileResolver(ctx);
  // A large import's new children: their states' and board rows' plain indexes are built once, by a sort, after
  // they are written (bulkIndexes.ts), not entry by entry; only their count can double the tables.
  return withIndexesRebuilt(ctx, 'protocol_state', created.size, () =>
    withIndexesRebuilt(ctx, 'protocol_board', created.size, () =>
      writeChildStates(ctx, all, created, resolve, nowMs),
    ),
  );
}

async function writeChildStates(
  ctx: BackendContext,
  all: readonly string[],
  created: ReadonlyMap<string, CreatedChild>,
  resolve: Awaited<ReturnType<typeof profileResolver>>,
  nowMs: number,
): Promise<number> {
  let written = 0;
  for (let i = 0; i < all.length; i += STATE_BATCH) {
    const batch = all.slice(i, i + STATE_BATCH);
    const made = batch.flatMap((id) => created.get(id) ?? []);
    const read = await readFacts(
      ctx.db,
      batch.filter((id) => !created.has(id)),
    );
    const states = [
      ...made.map(({ child, episodes }) =>
        stateRow(child, episodes, [], [], [], NO_ESCALATION_FACTS, [], resolve, nowMs),
      ),
      ...(read?.children ?? []).map((c) =>
        stateRow(
          c,
          read?.episodes.get(c.id) ?? [],
          read?.held.get(c.id) ?? [],
          read?.told.get(c.id) ?? [],
          read?.assessed.get(c.id) ?? [],
          read?.escalations.get(c.id) ?? NO_ESCALATION_FACTS,
          read?.reviews.get(c.id) ?? [],
          resolve,
          nowMs,
          read?.before.get(c.id),
        ),
      ),
    ];
    if (states.length === 0) continue;
    // The Due items follow from the stored Due part and the name alone (dueItems.ts): a child whose part this engine
    // stored already, unchanged (an episode's notes edited, a clock that moved nothing), keeps its rows, so a save of
    // a child with 500 episodes does not rewrite a thousand indexed rows.
    // A child created in this transaction has no stored state, nor Due items to clear.
    const changed = states.filter(({ row }) => {
      const was = read?.before.get(row.child_id);
      return !(
        was !== undefined &&
        was.engine === row.engine &&
        was.has_due === row.has_due &&
        was.child_name === row.child_name &&
        was.due_evaluation === row.due_evaluation
      );
    });
    await writeStates(
      ctx.db,
      states.map((s) => s.row),
    );
    // What the Daily Review board reads of each (migrations 0033, 0037), so it never parses the whole Due part nor
    // reads the state's row: the instants its windows choose by, whether it can be on the board, the name.
    await writeBoardParts(
      ctx.db,
      states.map(({ row, due }) => ({
        child_id: row.child_id,
        interview_due_by: row.return_interview_due_by ?? '',
        interview_returned_at: row.return_interview_returned_at,
        stage_reached_at: row.stage_reached_at,
        on_board: row.in_look_back === 1 && (row.has_due === 1 || row.stage_level > 0) ? 1 : 0,
        child_name: row.child_name,
        case_reference: row.case_reference,
        board_part: JSON.stringify(boardPartOf(due)),
      })),
    );
    // The Due list's items of the children with something due, which the Due screen pages and counts (0029).
    await writeDueItems(
      ctx.db,
      changed.flatMap(({ row }) => (created.has(row.child_id) ? [] : [row.child_id])),
      changed.flatMap(({ items }) => items()),
    );
    written += states.length;
  }
  return written;
}
