import { formatLongDateTime } from '../../shared/time/london';
import type { BackendContext } from './context';
import type { Db } from './db/schema';
import { DomainError, fieldLabel } from './errors';

/** The rows a form edits (migration 0007 gave each a `revision`, +1 per update). */
export type RevisedTable =
  'children' | 'episodes' | 'meetings' | 'meeting_actions' | 'meeting_attendees' | 'risk_assessments';

/** How the audit trail names each table's rows, and how a message names one. */
const ENTITY: Record<RevisedTable, { entity: string; noun: string }> = {
  children: { entity: 'child', noun: 'this child’s record' },
  episodes: { entity: 'episode', noun: 'this episode' },
  meetings: { entity: 'meeting', noun: 'this meeting’s details' },
  meeting_actions: { entity: 'action', noun: 'this action' },
  meeting_attendees: { entity: 'attendee', noun: 'this attendee' },
  risk_assessments: { entity: 'risk-assessment', noun: 'this risk assessment' },
};

/**
 * Claims the next revision of one row, only if it is still at `baseRevision` (the one the form was opened on):
 * one UPDATE, so two saves from stale forms cannot both pass. On PostgreSQL the second waits on the first's row
 * lock and then sees the bumped revision; on SQLite one writer runs at a time. Called first in the mutation, so a
 * refused save throws before anything is written: nothing is overwritten.
 */
export async function claimRevision(
  tx: BackendContext,
  table: RevisedTable,
  id: string,
  baseRevision: number,
  /** Where the audit trail records this row's changes, when not under its own entity (attendees: the meeting). */
  auditedAs: { entity: string; id: string } = { entity: ENTITY[table].entity, id },
): Promise<number> {
  const claimed = await tx.db
    .updateTable(table)
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .where('revision', '=', baseRevision)
    .returning('revision')
    .executeTakeFirst();
  if (claimed) return claimed.revision;
  throw await staleRevision(tx.db, table, id, baseRevision, auditedAs);
}

/** "Alex Smith (asmith) on Tue 1 Dec 2026, 15:42 changed Given name, Team": the newest audited change of the row. */
async function lastChange(db: Db, entity: string, id: string): Promise<string> {
  const row = await db
    .selectFrom('audit')
    .select(['at', 'user', 'account', 'detail'])
    .where('entity', '=', entity)
    .where('entity_id', '=', id)
    .where('action', 'not in', ['view', 'export'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return 'Someone else saved it';
  const who = row.account && row.account !== row.user ? `${row.user} (${row.account})` : row.user;
  const fields = (row.detail ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => /^[A-Za-z.]+$/.test(f))
    .map(fieldLabel);
  const what = fields.length > 0 ? ` and changed ${fields.join(', ')}` : '';
  return `${who} saved it on ${formatLongDateTime(row.at)}${what}`;
}

async function staleRevision(
  db: Db,
  table: RevisedTable,
  id: string,
  base: number,
  auditedAs: { entity: string; id: string },
): Promise<DomainError> {
  const { noun } = ENTITY[table];
  const now = await db.selectFrom(table).select('revision').where('id', '=', id).executeTakeFirst();
  if (!now) return new DomainError('not-found', `${noun[0]!.toUpperCase()}${noun.slice(1)} was not found.`);
  return new DomainError(
    'conflict',
    `Someone else saved ${noun} after you opened it: ${await lastChange(db, auditedAs.entity, auditedAs.id)}. ` +
      `Nothing was overwritten (yours was based on revision ${base}, it is now ${now.revision}).`,
    [{ field: 'baseRevision', message: `is ${base}, but the record is now at revision ${now.revision}` }],
  );
}
