import type Database from 'better-sqlite3';
import type { Episode, EpisodeInput, PushPullFactor } from '../../../shared/domain/episode';

interface EpisodeRow {
  id: string;
  child_id: string;
  category: string;
  reported_at: string;
  last_seen_at: string | null;
  found_at: string | null;
  police_risk_at_report: string | null;
  police_risk_latest: string | null;
  police_reference: string | null;
  missing_from: string | null;
  where_found: string | null;
  return_method: string | null;
  ri_offered_at: string | null;
  ri_offered_by: string | null;
  ri_outcome: string | null;
  ri_not_offered_reason: string | null;
  ri_held_at: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

interface FactorRow {
  episode_id: string;
  direction: 'push' | 'pull';
  code: string;
  detail: string | null;
}

// Values were validated against the shared enums when written; the casts restore their types.
const rowToEpisode = (r: EpisodeRow, factors: PushPullFactor[]): Episode => ({
  id: r.id,
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
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function attachFactors(
  db: Database.Database,
  rows: EpisodeRow[],
  factorSql: string,
  param: string,
): Episode[] {
  const byEpisode = new Map<string, PushPullFactor[]>();
  for (const f of db.prepare(factorSql).all(param) as FactorRow[]) {
    const list = byEpisode.get(f.episode_id) ?? [];
    list.push({ direction: f.direction, code: f.code as PushPullFactor['code'], detail: f.detail });
    byEpisode.set(f.episode_id, list);
  }
  return rows.map((r) => rowToEpisode(r, byEpisode.get(r.id) ?? []));
}

/** A child's chronology, oldest first. */
export function listEpisodesForChild(db: Database.Database, childId: string): Episode[] {
  const rows = db
    .prepare('SELECT * FROM episodes WHERE child_id = ? ORDER BY reported_at')
    .all(childId) as EpisodeRow[];
  return attachFactors(
    db,
    rows,
    `SELECT f.episode_id, f.direction, f.code, f.detail FROM episode_factors f
       JOIN episodes e ON e.id = f.episode_id WHERE e.child_id = ? ORDER BY f.episode_id, f.position`,
    childId,
  );
}

export function getEpisode(db: Database.Database, id: string): Episode | undefined {
  const row = db.prepare('SELECT * FROM episodes WHERE id = ?').get(id) as EpisodeRow | undefined;
  if (!row) return undefined;
  return attachFactors(
    db,
    [row],
    'SELECT episode_id, direction, code, detail FROM episode_factors WHERE episode_id = ? ORDER BY position',
    id,
  )[0];
}

/** The bare intervals of a child's episodes: what the overlap checks need, nothing more. */
export function listEpisodeSpans(db: Database.Database, childId: string) {
  return db
    .prepare('SELECT id, reported_at AS reportedAt, found_at AS foundAt FROM episodes WHERE child_id = ?')
    .all(childId) as Array<{ id: string; reportedAt: string; foundAt: string | null }>;
}

const columns = (e: EpisodeInput) => ({
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
});

export function insertEpisode(db: Database.Database, id: string, e: EpisodeInput, at: string): void {
  const c = columns(e);
  const names = Object.keys(c);
  db.prepare(
    `INSERT INTO episodes (id, ${names.join(', ')}, created_at, updated_at)
     VALUES (@id, ${names.map((n) => `@${n}`).join(', ')}, @at, @at)`,
  ).run({ ...c, id, at });
  writeFactors(db, id, e.factors);
}

export function updateEpisode(db: Database.Database, id: string, e: EpisodeInput, at: string): void {
  const c = columns(e);
  db.prepare(
    `UPDATE episodes SET ${Object.keys(c)
      .map((n) => `${n} = @${n}`)
      .join(', ')}, updated_at = @at WHERE id = @id`,
  ).run({ ...c, id, at });
  db.prepare('DELETE FROM episode_factors WHERE episode_id = ?').run(id);
  writeFactors(db, id, e.factors);
}

function writeFactors(db: Database.Database, episodeId: string, factors: PushPullFactor[]): void {
  const insert = db.prepare(
    'INSERT INTO episode_factors (episode_id, position, direction, code, detail) VALUES (?, ?, ?, ?, ?)',
  );
  factors.forEach((f, i) => insert.run(episodeId, i, f.direction, f.code, f.detail));
}
