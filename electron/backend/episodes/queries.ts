import type { Episode, EpisodeInput, PoliceGrading, PushPullFactor } from '../../../shared/domain/episode';
import type { EpisodeFacts } from '../../../shared/protocol';
import type { Db, EpisodeRow, NewEpisodeRow } from '../db/schema';
import { bulkInsert } from '../db/bulkInsert';
import { gradingsByEpisode, insertFirstGradings } from './gradings';
import { countInsertedEpisodes } from './hourCounts';

// Values were validated against the shared enums when written; the casts restore their types.
export const rowToEpisode = (
  r: EpisodeRow,
  factors: PushPullFactor[],
  policeGradings: PoliceGrading[] = [],
): Episode => ({
  id: r.id,
  revision: r.revision,
  childId: r.child_id,
  category: r.category as Episode['category'],
  reportedAt: r.reported_at,
  lastSeenAt: r.last_seen_at,
  foundAt: r.found_at,
  policeRiskAtReport: r.police_risk_at_report as Episode['policeRiskAtReport'],
  policeRiskLatest: r.police_risk_latest as Episode['policeRiskLatest'],
  policeReference: r.police_reference,
  missingFrom: r.missing_from as Episode['missingFrom'],
  whereFound: r.where_found,
  returnMethod: r.return_method as Episode['returnMethod'],
  returnInterview: {
    offeredAt: r.ri_offered_at,
    offeredBy: r.ri_offered_by,
    outcome: r.ri_outcome as Episode['returnInterview']['outcome'],
    notOfferedReason: r.ri_not_offered_reason,
    heldAt: r.ri_held_at,
  },
  factors,
  notes: r.notes,
  traffickingConcern: r.trafficking_concern === 1,
  policeGradings,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Each episode's push and pull factors, in the order they were recorded. */
async function attachFactors(
  db: Db,
  rows: EpisodeRow[],
  episodeIds: { childId: string } | { episodeId: string } | { childIds: readonly string[] },
) {
  let q = db
    .selectFrom('episode_factors as f')
    .select(['f.episode_id', 'f.direction', 'f.code', 'f.detail'])
    .orderBy('f.episode_id')
    .orderBy('f.position');
  q =
    'childId' in episodeIds
      ? q.innerJoin('episodes as e', 'e.id', 'f.episode_id').where('e.child_id', '=', episodeIds.childId)
      : 'childIds' in episodeIds
        ? q.innerJoin('episodes as e', 'e.id', 'f.episode_id').where('e.child_id', 'in', episodeIds.childIds)
        : q.where('f.episode_id', '=', episodeIds.episodeId);
  const byEpisode = new Map<string, PushPullFactor[]>();
  for (const f of await q.execute()) {
    const list = byEpisode.get(f.episode_id) ?? [];
    list.push({
      direction: f.direction as PushPullFactor['direction'],
      code: f.code as PushPullFactor['code'],
      detail: f.detail,
    });
    byEpisode.set(f.episode_id, list);
  }
  const gradings = await gradingsByEpisode(
    db,
    rows,
    'childId' in episodeIds ? { childId: episodeIds.childId } : 'rows',
  );
  return rows.map((r) => rowToEpisode(r, byEpisode.get(r.id) ?? [], gradings.get(r.id) ?? []));
}

/** A child's chronology, oldest first. */
export async function listEpisodesForChild(db: Db, childId: string): Promise<Episode[]> {
  const rows = await db
    .selectFrom('episodes')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('reported_at')
    .execute();
  return attachFactors(db, rows, { childId });
}

/**
 * Several children's chronologies in two reads (the meeting pack of a Daily Review holds up to 60 children),
 * oldest first, by child.
 */
export async function listEpisodesForChildren(
  db: Db,
  childIds: readonly string[],
): Promise<Map<string, Episode[]>> {
  const byChild = new Map<string, Episode[]>(childIds.map((id) => [id, []]));
  for (let i = 0; i < childIds.length; i += BATCH_ROWS) {
    const ids = childIds.slice(i, i + BATCH_ROWS);
    const rows = await db
      .selectFrom('episodes')
      .selectAll()
      .where('child_id', 'in', ids)
      .orderBy('reported_at')
      .orderBy('id')
      .execute();
    for (const e of await attachFactors(db, rows, { childIds: ids })) byChild.get(e.childId)?.push(e);
  }
  return byChild;
}

export async function getEpisode(db: Db, id: string): Promise<Episode | undefined> {
  const row = await db.selectFrom('episodes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return (await attachFactors(db, [row], { episodeId: id }))[0];
}

/** The bare intervals of a child's episodes: what the overlap checks need, nothing more. */
export function listEpisodeSpans(
  db: Db,
  childId: string,
): Promise<Array<{ id: string; reportedAt: string; foundAt: string | null }>> {
  return db
    .selectFrom('episodes')
    .select(['id', 'reported_at as reportedAt', 'found_at as foundAt'])
    .where('child_id', '=', childId)
    .execute();
}

/** An episode's columns as stored, from the validated input. */
export const episodeColumns = (e: EpisodeInput) => ({
  child_id: e.childId,
  category: e.category,
  reported_at: e.reportedAt,
  last_seen_at: e.lastSeenAt,
  found_at: e.foundAt,
  police_risk_at_report: e.policeRiskAtReport,
  police_risk_latest: e.policeRiskLatest,
  police_reference: e.policeReference,
  missing_from: e.missingFrom,
  where_found: e.whereFound,
  return_method: e.returnMethod,
  ri_offered_at: e.returnInterview.offeredAt,
  ri_offered_by: e.returnInterview.offeredBy,
  ri_outcome: e.returnInterview.outcome,
  ri_not_offered_reason: e.returnInterview.notOfferedReason,
  ri_held_at: e.returnInterview.heldAt,
  notes: e.notes,
  trafficking_concern: e.traffickingConcern ? 1 : 0,
});

/** Rows per INSERT in a batch: well inside both engines' limits on bound parameters. */
const BATCH_ROWS = 500;

/**
 * Inserts episodes with their factors in batched multi-row INSERTs of one text each (db/bulkInsert.ts) (the import writes 100,000 at once). The one
 * place an episode row is written for the first time: the form, the import and the demo all come here.
 */
export async function insertEpisodes(
  db: Db,
  episodes: ReadonlyArray<{ id: string; episode: EpisodeInput }>,
  at: string,
  /** Who the grading history names as recording the gradings (the user, or the import). */
  by = 'import',
): Promise<void> {
  const rows: NewEpisodeRow[] = episodes.map(({ id, episode }) => ({
    id,
    ...episodeColumns(episode),
    created_at: at,
    updated_at: at,
  }));
  await bulkInsert(db, 'episodes', rows);
  // The month's dashboard's trend counts (migration 0037), summed here rather than by a trigger per row.
  await countInsertedEpisodes(db, rows);
  const factors = episodes.flatMap(({ id, episode }) =>
    episode.factors.map((f, position) => ({
      episode_id: id,
      position,
      direction: f.direction,
      code: f.code,
      detail: f.detail,
    })),
  );
  await bulkInsert(db, 'episode_factors', factors);
  await insertFirstGradings(db, episodes, at, by);
}

export const insertEpisode = (db: Db, id: string, e: EpisodeInput, at: string, by: string): Promise<void> =>
  insertEpisodes(db, [{ id, episode: e }], at, by);

export async function updateEpisode(db: Db, id: string, e: EpisodeInput, at: string): Promise<void> {
  await db
    .updateTable('episodes')
    .set({ ...episodeColumns(e), updated_at: at })
    .where('id', '=', id)
    .execute();
  await db.deleteFrom('episode_factors').where('episode_id', '=', id).execute();
  if (e.factors.length === 0) return;
  await db
    .insertInto('episode_factors')
    .values(
      e.factors.map((f, position) => ({
        episode_id: id,
        position,
        direction: f.direction,
        code: f.code,
        detail: f.detail,
      })),
    )
    .execute();
}

/**
 * The episode columns the protocol engine reads, and the facts they make: the one place both the county-wide
 * reads (below) and the stored protocol state's per-child reads (protocol/state/queries.ts) take them from, so a
 * new fact cannot reach one and not the other.
 */
export function selectEpisodeFacts(db: Db) {
  return db
    .selectFrom('episodes')
    .select((eb) => [
      'id',
      'child_id',
      'category',
      'reported_at',
      'found_at',
      eb.fn.coalesce('police_risk_latest', 'police_risk_at_report').as('risk'),
      'ri_held_at',
      'ri_outcome',
      'trafficking_concern',
    ]);
}

type EpisodeFactsRow = Awaited<ReturnType<ReturnType<typeof selectEpisodeFacts>['execute']>>[number];

export function groupEpisodeFacts(
  rows: readonly EpisodeFactsRow[],
  keep: (r: EpisodeFactsRow) => boolean = () => true,
): Map<string, EpisodeFacts[]> {
  const byChild = new Map<string, EpisodeFacts[]>();
  for (const r of rows) {
    if (!keep(r)) continue;
    let list = byChild.get(r.child_id);
    if (!list) byChild.set(r.child_id, (list = []));
    list.push(factsOfRow(r));
  }
  return byChild;
}

const factsOfRow = (r: EpisodeFactsRow): EpisodeFacts => ({
  id: r.id,
  reportedAt: r.reported_at,
  foundAt: r.found_at,
  category: r.category as EpisodeFacts['category'],
  policeRisk: r.risk as EpisodeFacts['policeRisk'],
  returnInterviewHeldAt: r.ri_held_at,
  returnInterviewOutcome: r.ri_outcome,
  traffickingConcern: r.trafficking_concern === 1,
});

/** An episode's facts as selectEpisodeFacts reads them back just after insertEpisodes wrote it. */
export function episodeFactsAsWritten(id: string, e: EpisodeInput): EpisodeFacts {
  const c = episodeColumns(e);
  return factsOfRow({
    id,
    child_id: c.child_id,
    category: c.category,
    reported_at: c.reported_at,
    found_at: c.found_at,
    risk: c.police_risk_latest ?? c.police_risk_at_report,
    ri_held_at: c.ri_held_at,
    ri_outcome: c.ri_outcome,
    trafficking_concern: c.trafficking_concern,
  });
}

/**
 * What the protocol engine needs of every episode that can still matter at `asOf`: reported in the look-back
 * (since `since`), or still open then. One read for the Due list, the Daily Review board and the dashboard, grouped
 * by child. Reported-after-`asOf` rows are dropped here rather than in SQL: a condition on reported_at would make
 * SQLite walk its index and look most of the table up twice (measured twice as slow on 100,000 episodes).
 */
export async function listEpisodeFactsAsOf(
  db: Db,
  asOf: string,
  since: string,
): Promise<Map<string, EpisodeFacts[]>> {
  const rows = await selectEpisodeFacts(db)
    .where((eb) =>
      eb.or([
        eb('reported_at', '>=', since),
        eb('found_at', 'is', null),
        // Through coalesce, so no index serves it: with found_at indexed (migration 0030) SQLite would otherwise
        // answer the OR from three index ranges, the look-back's being most of the table, each row looked up again.
        eb(eb.fn.coalesce('found_at', eb.val('')), '>', asOf),
      ]),
    )
    .execute();
  return groupEpisodeFacts(rows, (r) => r.reported_at <= asOf);
}
