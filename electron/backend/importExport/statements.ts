import type Database from 'better-sqlite3';
import type { ChildInput } from '../../../shared/domain/child';
import type { EpisodeInput } from '../../../shared/domain/episode';

export interface HeldChild {
  id: string;
  dateOfBirth: string;
}

export interface HeldSpan {
  id: string;
  category: string;
  reportedAt: string;
  foundAt: string | null;
}

/**
 * The statements an import runs per row, prepared once per import. `insertChild` and `insertEpisode` in the
 * children and episodes queries prepare their statements on every call, which costs seconds over 100,000 rows; the
 * columns here must follow theirs.
 */
export function prepareImportStatements(db: Database.Database) {
  const findChild = db.prepare<[string], HeldChild>(
    'SELECT id, date_of_birth AS dateOfBirth FROM children WHERE case_reference = ?',
  );
  const spansOfChild = db.prepare<[string], HeldSpan>(
    'SELECT id, category, reported_at AS reportedAt, found_at AS foundAt FROM episodes WHERE child_id = ?',
  );
  const episode = db.prepare(
    `INSERT INTO episodes (id, child_id, category, reported_at, last_seen_at, found_at, police_risk_at_report,
       police_risk_latest, police_reference, missing_from, where_found, return_method, ri_offered_at, ri_offered_by,
       ri_outcome, ri_not_offered_reason, ri_held_at, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const child = db.prepare(
    `INSERT INTO children (id, given_name, family_name, date_of_birth, gender, case_reference, legal_status,
       placing_authority, host_authority, placement_type, allocated_worker, team, protocol_profile_id, created_at, updated_at)
     VALUES (@id, @givenName, @familyName, @dateOfBirth, @gender, @caseReference, @legalStatus, @placingAuthority,
       @hostAuthority, @placementType, @allocatedWorker, @team, @protocolProfileId, @at, @at)`,
  );
  const factor = db.prepare(
    'INSERT INTO episode_factors (episode_id, position, direction, code, detail) VALUES (?, ?, ?, ?, ?)',
  );
  return {
    findChild: (caseReference: string): HeldChild | undefined => findChild.get(caseReference),
    spansOfChild: (childId: string): HeldSpan[] => spansOfChild.all(childId),
    insertChild: (id: string, c: ChildInput, at: string): void => void child.run({ ...c, id, at }),
    insertEpisode(id: string, e: EpisodeInput, at: string): void {
      const ri = e.returnInterview;
      episode.run(
        id,
        e.childId,
        e.category,
        e.reportedAt,
        e.lastSeenAt,
        e.foundAt,
        e.policeRiskAtReport,
        e.policeRiskLatest,
        e.policeReference,
        e.missingFrom,
        e.whereFound,
        e.returnMethod,
        ri.offeredAt,
        ri.offeredBy,
        ri.outcome,
        ri.notOfferedReason,
        ri.heldAt,
        e.notes,
        at,
        at,
      );
      e.factors.forEach((f, i) => factor.run(id, i, f.direction, f.code, f.detail));
    },
  };
}

export type ImportStatements = ReturnType<typeof prepareImportStatements>;
