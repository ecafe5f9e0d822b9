import type { BackendContext } from '../context';
import { lockChildren } from '../db/dialect';

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

/** Ids per `IN (...)`: well inside both engines' limits on bound parameters. */
const IN_CHUNK = 500;

/**
 * The children a file names that Homeward already holds, with their episodes: what every row is checked against.
 * Read up front in batches (500 case references a query, then 500 children's episodes a query) rather than a query
 * per row, so a 100,000-row file costs a few hundred reads. On PostgreSQL the children's rows are locked until the
 * import commits, so a save on another machine cannot add an episode the checks did not see.
 */
export async function readHeldChildren(
  tx: BackendContext,
  caseReferences: readonly string[],
): Promise<Map<string, HeldChild & { spans: HeldSpan[] }>> {
  const held = new Map<string, HeldChild & { spans: HeldSpan[] }>();
  const unique = [...new Set(caseReferences)];
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    const rows = await tx.db
      .selectFrom('children')
      .select(['id', 'case_reference', 'date_of_birth'])
      .where('case_reference', 'in', unique.slice(i, i + IN_CHUNK))
      .execute();
    for (const r of rows) held.set(r.case_reference, { id: r.id, dateOfBirth: r.date_of_birth, spans: [] });
  }
  const byId = new Map([...held.values()].map((c) => [c.id, c]));
  const ids = [...byId.keys()];
  await lockChildren(tx, ids);
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const spans = await tx.db
      .selectFrom('episodes')
      .select(['id', 'child_id', 'category', 'reported_at', 'found_at'])
      .where('child_id', 'in', ids.slice(i, i + IN_CHUNK))
      .execute();
    for (const s of spans)
      byId.get(s.child_id)?.spans.push({
        id: s.id,
        category: s.category,
        reportedAt: s.reported_at,
        foundAt: s.found_at,
      });
  }
  return held;
}
