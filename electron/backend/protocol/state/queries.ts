import { sql } from 'kysely';
import type { Child } from '../../../../shared/domain/child';
import type { EpisodeFacts, MeetingHeld } from '../../../../shared/protocol/types';
import { rowToChild } from '../../children/queries';
import { groupEpisodeFacts, selectEpisodeFacts } from '../../episodes/queries';
import type { Engine } from '../../db/engine';
import { bulkInsert } from '../../db/bulkInsert';
import type { Db, ProtocolBoardTable, ProtocolStateTable } from '../../db/schema';
import { heldAt } from '../../meetings/queries';
import { ENGINE_FINGERPRINT } from './engine';

/** Rows per read or write: well inside both engines' limits on bound parameters (12 columns x 500 rows). */
export const STATE_BATCH = 400;

export async function childrenByIds(db: Db, ids: readonly string[]): Promise<Child[]> {
  const rows = await db.selectFrom('children').selectAll().where('id', 'in', ids).execute();
  return rows.map(rowToChild);
}

/** Every episode of the children, in the engine's shape (the latest police grading, else the one at report). */
export async function episodeFactsByChild(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, EpisodeFacts[]>> {
  const rows = await selectEpisodeFacts(db).where('child_id', 'in', ids).orderBy('reported_at').execute();
  return groupEpisodeFacts(rows);
}

/** The held meetings (concluded or approved) about the children, oldest first, as meetings/held.ts reads them. */
export async function meetingsHeldByChild(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, MeetingHeld[]>> {
  const rows = await db
    .selectFrom('meetings as m')
    .innerJoin('meeting_children as mc', 'mc.meeting_id', 'm.id')
    .select((eb) => ['mc.child_id', 'm.id', 'm.kind', 'm.stage_level', heldAt(eb, 'm').as('held_at')])
    .where('m.status', 'in', ['concluded', 'approved'])
    .where('mc.child_id', 'in', ids)
    .orderBy('held_at')
    .orderBy('m.id')
    .execute();
  const byChild = new Map<string, MeetingHeld[]>();
  for (const r of rows) {
    const list = byChild.get(r.child_id) ?? [];
    list.push({ kind: r.kind, stageLevel: r.stage_level, heldAt: r.held_at });
    byChild.set(r.child_id, list);
  }
  return byChild;
}

export async function writeStates(db: Db, rows: readonly ProtocolStateTable[]): Promise<void> {
  await bulkInsert(db, 'protocol_state', rows as unknown as ReadonlyArray<Record<string, unknown>>, {
    upsertOn: 'child_id',
  });
}

/** The board's parts of these states (board.ts), written after them (their key references the state's). */
export async function writeBoardParts(db: Db, rows: readonly ProtocolBoardTable[]): Promise<void> {
  await bulkInsert(db, 'protocol_board', rows as unknown as ReadonlyArray<Record<string, unknown>>, {
    upsertOn: 'child_id',
  });
}

/**
 * Children whose stored state no longer holds at `now`: its next change has come, it was evaluated at a later
 * instant than now (a clock set back), it has no state yet (a database from before migration 0016), or another
 * engine wrote it (an upgrade: engine.ts).
 */
export async function staleChildIds(db: Db, now: string): Promise<string[]> {
  // Asked before every Due list, board and dashboard: each part is an index range or a count, and the scans for
  // the rare cases (a clock set back, children with no state) run only when the cheap test says there are some.
  const ids = new Set(
    (
      await db.selectFrom('protocol_state').select('child_id').where('next_change_at', '<=', now).execute()
    ).map((r) => r.child_id),
  );
  const latest = await db
    .selectFrom('protocol_state')
    .select((eb) => eb.fn.max('evaluated_at').as('at'))
    .executeTakeFirst();
  if (latest?.at != null && latest.at > now) {
    const later = await db
      .selectFrom('protocol_state')
      .select('child_id')
      .where('evaluated_at', '>', now)
      .execute();
    for (const r of later) ids.add(r.child_id);
  }
  // Every state row is a child's (its key references children), so equal counts mean every child has one.
  const count = async (table: 'children' | 'protocol_state' | 'protocol_board') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const states = await count('protocol_state');
  // Written by another engine (an upgrade: engine.ts): counted by the engine's index, scanned only when some are.
  const current = Number(
    (
      await db
        .selectFrom('protocol_state')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('engine', '=', ENGINE_FINGERPRINT)
        .executeTakeFirstOrThrow()
    ).n,
  );
  if (current !== states) {
    const older = await db
      .selectFrom('protocol_state')
      .select('child_id')
      .where('engine', '<>', ENGINE_FINGERPRINT)
      .execute();
    for (const r of older) ids.add(r.child_id);
  }
  // A state without the board's row (every write makes both; one removed by hand or by a failed copy) is
  // re-evaluated, which writes it: the board reads that table alone (board.ts).
  if ((await count('protocol_board')) !== states) {
    const without = await db
      .selectFrom('protocol_state as s')
      .leftJoin('protocol_board as p', 'p.child_id', 's.child_id')
      .select('s.child_id')
      .where('p.child_id', 'is', null)
      .execute();
    for (const r of without) ids.add(r.child_id);
  }
  if ((await count('children')) !== states) {
    const missing = await db
      .selectFrom('children as c')
      .leftJoin('protocol_state as s', 's.child_id', 'c.id')
      .select('c.id')
      .where('s.child_id', 'is', null)
      .execute();
    for (const r of missing) ids.add(r.id);
  }
  return [...ids];
}

/** Children following a profile, by their stored state or their own choice: a change to it re-evaluates them. */
export async function childIdsForProfile(db: Db, profileId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('children as c')
    .leftJoin('protocol_state as s', 's.child_id', 'c.id')
    .select('c.id')
    .where((eb) => eb.or([eb('s.profile_id', '=', profileId), eb('c.protocol_profile_id', '=', profileId)]))
    .execute();
  return rows.map((r) => r.id);
}

export async function allChildIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('children').select('id').execute()).map((r) => r.id);
}

export interface StoredState {
  childId: string;
  childName: string;
  caseReference: string;
  /** The header, read only for a row from before the Due part was always stored (due_evaluation null). */
  evaluation: string | null;
  dueEvaluation: string | null;
}

/**
 * The children in the look-back with something due (or a stage reached): Due and the board read these. In the
 * children table's own row order, the order in which the full evaluation read the table (children/queries.ts
 * listChildrenForProtocol), so rows the board sorts as equal stay as they were: SQLite's rowid, PostgreSQL's ctid.
 */
export async function listActiveStates(db: Db, engine: Engine, withStage: boolean): Promise<StoredState[]> {
  const rows = await db
    .selectFrom('protocol_state as s')
    .innerJoin('children as c', 'c.id', 's.child_id')
    .select((eb) => [
      's.child_id',
      's.child_name',
      's.case_reference',
      's.due_evaluation',
      // The header is most of the stored text: read only where the Due part is missing.
      eb.case().when('s.due_evaluation', 'is', null).then(eb.ref('s.evaluation')).end().as('evaluation'),
    ])
    .where('s.in_look_back', '=', 1)
    .where((eb) =>
      withStage ? eb.or([eb('s.has_due', '=', 1), eb('s.stage_level', '>', 0)]) : eb('s.has_due', '=', 1),
    )
    .orderBy(sql.raw(engine === 'postgres' ? 'c.ctid' : 'c.rowid'))
    .execute();
  return rows.map((r) => ({
    childId: r.child_id,
    childName: r.child_name,
    caseReference: r.case_reference,
    evaluation: r.evaluation,
    dueEvaluation: r.due_evaluation,
  }));
}

export async function countInLookBack(db: Db): Promise<number> {
  const row = await db
    .selectFrom('protocol_state')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('in_look_back', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Children in the look-back at each stage level now: the dashboard's stages for the month in progress. */
export async function stageCounts(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('protocol_state')
    .select((eb) => ['stage_level', eb.fn.countAll<number>().as('n')])
    .where('in_look_back', '=', 1)
    .groupBy('stage_level')
    .execute();
  return new Map(rows.map((r) => [r.stage_level, Number(r.n)]));
}

/** One child's stored header answer, with what says whether it still holds. */
export function readState(db: Db, childId: string) {
  return db
    .selectFrom('protocol_state')
    .select(['evaluation', 'due_evaluation', 'evaluated_at', 'next_change_at'])
    .where('child_id', '=', childId)
    .executeTakeFirst();
}
