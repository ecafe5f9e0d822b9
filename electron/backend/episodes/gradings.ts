import type { EpisodeInput, PoliceGrading, PoliceRisk } from '../../../shared/domain/episode';
import type { Db, EpisodeRow } from '../db/schema';
import { bulkInsert } from '../db/bulkInsert';
import { newId } from '../ids';

/** Rows per INSERT in a batch, as for episodes (the import writes 100,000 at once). */
const BATCH_ROWS = 500;

/**
 * The grading history of new episodes: the grading at report (at the reported time) and, where the latest differs,
 * the latest as first recorded (`at`: when Homeward was told, the only time known).
 */
export async function insertFirstGradings(
  db: Db,
  episodes: ReadonlyArray<{ id: string; episode: EpisodeInput }>,
  at: string,
  by: string,
): Promise<void> {
  const rows = episodes.flatMap(({ id, episode: e }) => {
    const out = [];
    if (e.policeRiskAtReport !== null)
      out.push(row(id, e.policeRiskAtReport, e.reportedAt, true, by, `${id}:report`));
    if (e.policeRiskLatest !== null && e.policeRiskLatest !== e.policeRiskAtReport)
      out.push(row(id, e.policeRiskLatest, at, false, by));
    return out;
  });
  await bulkInsert(db, 'episode_police_gradings', rows);
}

const row = (
  episodeId: string,
  risk: PoliceRisk,
  gradedAt: string,
  atReport: boolean,
  by: string,
  id = newId(),
) => ({
  id,
  episode_id: episodeId,
  police_risk: risk,
  graded_at: gradedAt,
  at_report: atReport ? 1 : 0,
  recorded_by: by,
});

/**
 * After an update: the grading at report is one fact (corrected in place, or added); a latest grading that differs
 * from the last one held is a change, kept with the time it was recorded. Clearing the latest is not a grading.
 */
export async function recordGradingChange(
  db: Db,
  episodeId: string,
  e: EpisodeInput,
  at: string,
  by: string,
): Promise<void> {
  const history = await listGradings(db, episodeId);
  const atReport = history.find((g) => g.atReport);
  if (e.policeRiskAtReport === null) {
    if (atReport) await db.deleteFrom('episode_police_gradings').where('id', '=', atReport.id).execute();
  } else if (!atReport) {
    await db
      .insertInto('episode_police_gradings')
      .values(row(episodeId, e.policeRiskAtReport, e.reportedAt, true, by, `${episodeId}:report`))
      .execute();
  } else if (atReport.risk !== e.policeRiskAtReport || atReport.at !== e.reportedAt) {
    await db
      .updateTable('episode_police_gradings')
      .set({ police_risk: e.policeRiskAtReport, graded_at: e.reportedAt, recorded_by: by })
      .where('id', '=', atReport.id)
      .execute();
  }
  const changes = history.filter((g) => !g.atReport);
  const current = changes.at(-1)?.risk ?? e.policeRiskAtReport;
  if (e.policeRiskLatest !== null && e.policeRiskLatest !== current)
    await db
      .insertInto('episode_police_gradings')
      .values(row(episodeId, e.policeRiskLatest, at, false, by))
      .execute();
}

type Held = PoliceGrading & { id: string };

/** One episode's grading rows as stored, the one at report among them: what recordGradingChange compares with. */
export async function listGradings(db: Db, episodeId: string): Promise<Held[]> {
  const rows = await db
    .selectFrom('episode_police_gradings')
    .selectAll()
    .where('episode_id', '=', episodeId)
    .orderBy('at_report', 'desc')
    .orderBy('graded_at')
    .orderBy('id')
    .execute();
  return rows.map(toGrading);
}

const toGrading = (r: { id: string; police_risk: string; graded_at: string; at_report: number }): Held => ({
  id: r.id,
  // Validated against the shared enum when written.
  risk: r.police_risk as PoliceRisk,
  at: r.graded_at,
  atReport: r.at_report === 1,
});

/**
 * Each episode's grading history: at report first, then each change in time order. The grading at report is the
 * episode's own `police_risk_at_report` at its `reported_at`: recordGradingChange and insertFirstGradings keep its
 * row equal to those two columns (and migration 0015 made it from them), so only the changes are read here. The
 * chronology read 568 rows for the bench child's 500 episodes, 129 of them changes: 0.85 of its 1.5 ms in SQLite.
 */
export async function gradingsByEpisode(
  db: Db,
  episodes: readonly EpisodeRow[],
  scope: { childId: string } | 'rows',
): Promise<Map<string, PoliceGrading[]>> {
  const changes = db
    .selectFrom('episode_police_gradings as g')
    .select(['g.id', 'g.episode_id', 'g.police_risk', 'g.graded_at', 'g.at_report'])
    .where('g.at_report', '=', 0)
    .orderBy('g.episode_id')
    .orderBy('g.graded_at')
    .orderBy('g.id');
  const ids = episodes.map((e) => e.id);
  const reads =
    scope !== 'rows'
      ? // A child's chronology by the child, as its factors are read (episodes/queries.ts): binding its 500
        // episodes' ids was 0.4 ms of the bench's 5.5 ms chronology.
        [changes.innerJoin('episodes as e', 'e.id', 'g.episode_id').where('e.child_id', '=', scope.childId)]
      : Array.from({ length: Math.ceil(ids.length / BATCH_ROWS) }, (_, i) =>
          changes.where('g.episode_id', 'in', ids.slice(i * BATCH_ROWS, (i + 1) * BATCH_ROWS)),
        );
  const byEpisode = new Map<string, PoliceGrading[]>();
  for (const e of episodes)
    if (e.police_risk_at_report !== null)
      byEpisode.set(e.id, [
        { risk: e.police_risk_at_report as PoliceRisk, at: e.reported_at, atReport: true },
      ]);
  for (const read of reads)
    for (const r of await read.execute()) {
      const list = byEpisode.get(r.episode_id) ?? [];
      const { risk, at, atReport } = toGrading(r);
      list.push({ risk, at, atReport });
      byEpisode.set(r.episode_id, list);
    }
  return byEpisode;
}
