import { sql } from 'kysely';
import type { Child, ChildInput, ChildSummary, LegalStatus } from '../../../shared/domain/child';
import { likeContains } from '../db/dialect';
import { bulkInsert } from '../db/bulkInsert';
import { childSearchKey, searchKey } from '../../../shared/text/searchKey';
import type { Engine } from '../db/engine';
import type { ChildRow, Db } from '../db/schema';

// Values were validated against the shared enums when written, so the casts only restore their types.
export const rowToChild = (r: ChildRow): Child => ({
  id: r.id,
  revision: r.revision,
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
  unaccompaniedAsylumSeeking: r.unaccompanied_asylum_seeking === 1,
  placementStartedOn: r.placement_started_on,
  placementArrangement: r.placement_arrangement as Child['placementArrangement'],
  placementMissingRisk: r.placement_missing_risk === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function getChild(db: Db, id: string): Promise<Child | undefined> {
  const row = await db.selectFrom('children').selectAll().where('id', '=', id).executeTakeFirst();
  return row && rowToChild(row);
}

export async function listAllChildren(db: Db): Promise<Child[]> {
  const rows = await db
    .selectFrom('children')
    .selectAll()
    .orderBy('family_name')
    .orderBy('given_name')
    .execute();
  return rows.map(rowToChild);
}

/** Children by id, in batches well inside both engines' limits on bound parameters. */
export async function listChildrenByIds(db: Db, ids: readonly string[]): Promise<Child[]> {
  const out: Child[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('children')
      .selectAll()
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    out.push(...rows.map(rowToChild));
  }
  return out;
}

/** What the protocol engine and its profile resolver need of every child: one read of the table. */
export async function listChildrenForProtocol(db: Db) {
  const rows = await db
    .selectFrom('children')
    .select([
      'id',
      'given_name',
      'family_name',
      'case_reference',
      'date_of_birth',
      'legal_status',
      'placing_authority',
      'host_authority',
      'protocol_profile_id',
      'unaccompanied_asylum_seeking',
      'placement_started_on',
      'placement_arrangement',
      'placement_missing_risk',
    ])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    givenName: r.given_name,
    familyName: r.family_name,
    caseReference: r.case_reference,
    dateOfBirth: r.date_of_birth,
    legalStatus: r.legal_status as LegalStatus,
    placingAuthority: r.placing_authority,
    hostAuthority: r.host_authority,
    protocolProfileId: r.protocol_profile_id,
    unaccompaniedAsylumSeeking: r.unaccompanied_asylum_seeking === 1,
    placementStartedOn: r.placement_started_on,
    placementArrangement: r.placement_arrangement as Child['placementArrangement'],
    placementMissingRisk: r.placement_missing_risk === 1,
  }));
}

export async function findChildByCaseReference(db: Db, caseReference: string): Promise<Child | undefined> {
  const row = await db
    .selectFrom('children')
    .selectAll()
    .where('case_reference', '=', caseReference)
    .executeTakeFirst();
  return row && rowToChild(row);
}

/** A child's columns as stored, from the validated input. */
const childColumns = (c: ChildInput) => ({
  given_name: c.givenName,
  family_name: c.familyName,
  date_of_birth: c.dateOfBirth,
  gender: c.gender,
  case_reference: c.caseReference,
  search_key: childSearchKey(c),
  legal_status: c.legalStatus,
  placing_authority: c.placingAuthority,
  host_authority: c.hostAuthority,
  placement_type: c.placementType,
  allocated_worker: c.allocatedWorker,
  team: c.team,
  protocol_profile_id: c.protocolProfileId,
  unaccompanied_asylum_seeking: c.unaccompaniedAsylumSeeking ? 1 : 0,
  placement_started_on: c.placementStartedOn,
  placement_arrangement: c.placementArrangement,
  placement_missing_risk: c.placementMissingRisk ? 1 : 0,
});

/** The one place a child row is first written: the form, the import and the demo all come here. */
export async function insertChildren(
  db: Db,
  children: ReadonlyArray<{ id: string; child: ChildInput }>,
  at: string,
): Promise<void> {
  await bulkInsert(
    db,
    'children',
    children.map(({ id, child }) => ({ id, ...childColumns(child), created_at: at, updated_at: at })),
  );
}

/** The child as a read would give it back just after insertChildren wrote it (a new row is at revision 1). */
export const childAsWritten = (id: string, child: ChildInput, at: string): Child =>
  rowToChild({ id, ...childColumns(child), created_at: at, updated_at: at, revision: 1 });

export const insertChild = (db: Db, id: string, c: ChildInput, at: string): Promise<void> =>
  insertChildren(db, [{ id, child: c }], at);

export async function updateChild(db: Db, id: string, c: ChildInput, at: string): Promise<void> {
  await db
    .updateTable('children')
    .set({ ...childColumns(c), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export interface ChildListQuery {
  search: string;
  missingNow: boolean;
  legalStatus: LegalStatus | null;
  /** Episodes reported at or after this instant count toward the 90-day figure. */
  since: string;
  limit: number;
  /** Where the search reads the keys from differs (searchedPage). */
  engine: Engine;
}

/**
 * The children list with each child's episodes in the last 90 days and open episode. The page is chosen first
 * (children joined to their open episode, the partial unique index: a few rows), then the 90-day counts are read for
 * that page's children only (index on child_id, reported_at): counting the whole 90-day slice of episodes for every
 * child, as this once did, cost most of the list's time on 20,000 children to number the 500 shown. Search matches
 * the stored search key (children.search_key), so case, accents, apostrophes and hyphens aside, the same on both
 * engines (PostgreSQL: a trigram index on it, migration 0030).
 */
export async function listChildSummaries(db: Db, q: ChildListQuery): Promise<ChildSummary[]> {
  const rows = q.search ? await searchedPage(db, q) : await namedPage(db, q);
  const recent = await recentCounts(
    db,
    rows.map((r) => r.id),
    q.since,
  );
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
    episodesLast90Days: recent.get(r.id) ?? 0,
    missingSince: r.missing_since,
  }));
}

const SUMMARY_COLUMNS = [
  'c.id',
  'c.given_name',
  'c.family_name',
  'c.case_reference',
  'c.date_of_birth',
  'c.legal_status',
  'c.placing_authority',
  'c.host_authority',
  'c.allocated_worker',
] as const;

/**
 * A search's page: every child whose key matches, missing first, then by name. The key is matched anywhere in it,
 * which no B-tree seeks, so every child's key is read either way: on SQLite from the index of the keys alone
 * (children_by_search_key, migration 0036), a fifth of the table's pages, and then only the matching rows; on
 * PostgreSQL through the trigram index (0030). The matches are then sorted; on SQLite children of the same name
 * stay in row order, the order the sort kept them in when it read the whole table.
 */
async function searchedPage(db: Db, q: ChildListQuery) {
  // The stored key and the query through the same normaliser: case, accents, apostrophes and hyphens aside.
  const pattern = likeContains(searchKey(q.search));
  const matches =
    q.engine === 'sqlite'
      ? sql<boolean>`c.rowid IN (SELECT rowid FROM children INDEXED BY children_by_search_key WHERE search_key LIKE ${pattern} ESCAPE '\\')`
      : sql<boolean>`c.search_key LIKE ${pattern} ESCAPE '\\'`;
  let query = db
    .with('open', (d) =>
      d.selectFrom('episodes').select(['child_id', 'reported_at']).where('found_at', 'is', null),
    )
    .selectFrom('children as c')
    .leftJoin('open as o', 'o.child_id', 'c.id')
    .select([...SUMMARY_COLUMNS, 'o.reported_at as missing_since'])
    .where(matches);
  if (q.legalStatus) query = query.where('c.legal_status', '=', q.legalStatus);
  if (q.missingNow) query = query.where('o.reported_at', 'is not', null);
  query = query
    .orderBy(sql`(o.reported_at IS NULL)`)
    .orderBy('c.family_name')
    .orderBy('c.given_name');
  if (q.engine === 'sqlite') query = query.orderBy(sql`c.rowid`);
  return query.limit(q.limit).execute();
}

/**
 * The list without a search, in the same order (missing first, then by name) read as two pages: the children missing
 * now (their open episodes, a few rows of the partial unique index), then the others in the order of the name index
 * (children_by_name), read only as far as the page needs. Sorting every child to show 500, as one query with
 * "missing first" as its first sort key did, was 12 of the list's 20 ms on the bench's 20,000 children. Children of
 * the same name keep the order they had: the index holds equal names in row order, as the sort kept them.
 */
async function namedPage(db: Db, q: ChildListQuery) {
  let missing = db
    .selectFrom('children as c')
    .innerJoin('episodes as o', 'o.child_id', 'c.id')
    .select([...SUMMARY_COLUMNS, 'o.reported_at as missing_since'])
    .where('o.found_at', 'is', null);
  if (q.legalStatus) missing = missing.where('c.legal_status', '=', q.legalStatus);
  const first = await missing.orderBy('c.family_name').orderBy('c.given_name').limit(q.limit).execute();
  if (q.missingNow || first.length >= q.limit) return first;
  let others = db
    .selectFrom('children as c')
    .select([...SUMMARY_COLUMNS, sql<string | null>`NULL`.as('missing_since')])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('episodes as o')
            .select('o.id')
            .whereRef('o.child_id', '=', 'c.id')
            .where('o.found_at', 'is', null),
        ),
      ),
    );
  if (q.legalStatus) others = others.where('c.legal_status', '=', q.legalStatus);
  const rest = await others
    .orderBy('c.family_name')
    .orderBy('c.given_name')
    .limit(q.limit - first.length)
    .execute();
  return [...first, ...rest];
}

/** Episodes reported at or after `since`, per child, for these children: a batch of 500 ids per read. */
async function recentCounts(db: Db, ids: readonly string[], since: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('episodes')
      .select((eb) => ['child_id', eb.fn.countAll<number>().as('n')])
      .where('child_id', 'in', ids.slice(i, i + 500))
      .where('reported_at', '>=', since)
      .groupBy('child_id')
      .execute();
    for (const r of rows) counts.set(r.child_id, Number(r.n));
  }
  return counts;
}
