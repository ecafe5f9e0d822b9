import type Database from 'better-sqlite3';
import type { Child, ChildInput, ChildSummary, LegalStatus } from '../../../shared/domain/child';

interface ChildRow {
  id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  gender: string;
  case_reference: string;
  legal_status: string;
  placing_authority: string;
  host_authority: string | null;
  placement_type: string;
  allocated_worker: string | null;
  team: string | null;
  protocol_profile_id: string | null;
  created_at: string;
  updated_at: string;
}

// Values were validated against the shared enums when written, so the casts only restore their types.
export const rowToChild = (r: ChildRow): Child => ({
  id: r.id,
  givenName: r.given_name,
  familyName: r.family_name,
  dateOfBirth: r.date_of_birth,
  gender: r.gender as Child['gender'],
  caseReference: r.case_reference,
  legalStatus: r.legal_status as LegalStatus,
  placingAuthority: r.placing_authority,
  hostAuthority: r.host_authority,
  placementType: r.placement_type as Child['placementType'],
  allocatedWorker: r.allocated_worker,
  team: r.team,
  protocolProfileId: r.protocol_profile_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function getChild(db: Database.Database, id: string): Child | undefined {
  const row = db.prepare('SELECT * FROM children WHERE id = ?').get(id) as ChildRow | undefined;
  return row && rowToChild(row);
}

export function listAllChildren(db: Database.Database): Child[] {
  return (db.prepare('SELECT * FROM children ORDER BY family_name, given_name').all() as ChildRow[]).map(
    rowToChild,
  );
}

export function findChildByCaseReference(db: Database.Database, caseReference: string): Child | undefined {
  const row = db.prepare('SELECT * FROM children WHERE case_reference = ?').get(caseReference) as
    ChildRow | undefined;
  return row && rowToChild(row);
}

export function insertChild(db: Database.Database, id: string, c: ChildInput, at: string): void {
  db.prepare(
    `INSERT INTO children (id, given_name, family_name, date_of_birth, gender, case_reference, legal_status,
       placing_authority, host_authority, placement_type, allocated_worker, team, protocol_profile_id, created_at, updated_at)
     VALUES (@id, @givenName, @familyName, @dateOfBirth, @gender, @caseReference, @legalStatus, @placingAuthority,
       @hostAuthority, @placementType, @allocatedWorker, @team, @protocolProfileId, @at, @at)`,
  ).run({ ...c, id, at });
}

export function updateChild(db: Database.Database, id: string, c: ChildInput, at: string): void {
  db.prepare(
    `UPDATE children SET given_name = @givenName, family_name = @familyName, date_of_birth = @dateOfBirth,
       gender = @gender, case_reference = @caseReference, legal_status = @legalStatus,
       placing_authority = @placingAuthority, host_authority = @hostAuthority, placement_type = @placementType,
       allocated_worker = @allocatedWorker, team = @team, protocol_profile_id = @protocolProfileId, updated_at = @at
     WHERE id = @id`,
  ).run({ ...c, id, at });
}

export interface ChildListQuery {
  search: string;
  missingNow: boolean;
  legalStatus: LegalStatus | null;
  /** Episodes reported at or after this instant count toward the 90-day figure. */
  since: string;
  limit: number;
}

/**
 * The children list with each child's episodes in the last 90 days and open episode. One pass over the 90-day
 * slice of episodes (index on reported_at) and one over open episodes (partial unique index), then a join:
 * cheaper than a correlated count per child when there are 20,000 children.
 */
export function listChildSummaries(db: Database.Database, q: ChildListQuery): ChildSummary[] {
  const where: string[] = [];
  const params: Record<string, string | number> = { since: q.since, limit: q.limit };
  if (q.search) {
    where.push(`(c.given_name || ' ' || c.family_name LIKE @search ESCAPE '\\'
                 OR c.family_name || ' ' || c.given_name LIKE @search ESCAPE '\\'
                 OR c.case_reference LIKE @search ESCAPE '\\')`);
    params.search = `%${q.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  }
  if (q.legalStatus) {
    where.push('c.legal_status = @legalStatus');
    params.legalStatus = q.legalStatus;
  }
  if (q.missingNow) where.push('o.reported_at IS NOT NULL');
  const rows = db
    .prepare(
      `WITH recent AS (SELECT child_id, count(*) AS n FROM episodes WHERE reported_at >= @since GROUP BY child_id),
            open AS (SELECT child_id, reported_at FROM episodes WHERE found_at IS NULL)
       SELECT c.id, c.given_name, c.family_name, c.case_reference, c.date_of_birth, c.legal_status,
              c.placing_authority, c.host_authority, c.allocated_worker,
              coalesce(r.n, 0) AS n90, o.reported_at AS missing_since
         FROM children c
         LEFT JOIN recent r ON r.child_id = c.id
         LEFT JOIN open o ON o.child_id = c.id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY (o.reported_at IS NULL), c.family_name, c.given_name
        LIMIT @limit`,
    )
    .all(params) as Array<{
    id: string;
    given_name: string;
    family_name: string;
    case_reference: string;
    date_of_birth: string;
    legal_status: string;
    placing_authority: string;
    host_authority: string | null;
    allocated_worker: string | null;
    n90: number;
    missing_since: string | null;
  }>;
  return rows.map((r) => ({
    id: r.id,
    givenName: r.given_name,
    familyName: r.family_name,
    caseReference: r.case_reference,
    dateOfBirth: r.date_of_birth,
    legalStatus: r.legal_status as LegalStatus,
    placingAuthority: r.placing_authority,
    hostAuthority: r.host_authority,
    allocatedWorker: r.allocated_worker,
    episodesLast90Days: r.n90,
    missingSince: r.missing_since,
  }));
}
