import type { Selectable } from 'kysely';
import type { EscalationEntry, HostMinutesRecord } from '../../../shared/api/escalations';
import type { EscalationFacts } from '../../../shared/protocol';
import type { Db, EscalationsTable, MeetingHostMinutesTable } from '../db/schema';
import { heldAt } from '../meetings/queries';

const toEntry = (r: Selectable<EscalationsTable>): EscalationEntry => ({
  id: r.id,
  childId: r.child_id,
  episodeId: r.episode_id,
  dueKey: r.due_key,
  fromWho: r.from_who,
  toWho: r.to_who,
  about: r.about,
  section: r.section,
  escalatedAt: r.escalated_at,
  outcome: r.outcome,
  outcomeAt: r.outcome_at,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
  revision: r.revision,
});

export async function insertEscalation(db: Db, row: Omit<EscalationsTable, 'revision'>): Promise<void> {
  await db.insertInto('escalations').values(row).execute();
}

export async function getEscalation(db: Db, id: string): Promise<EscalationEntry | undefined> {
  const r = await db.selectFrom('escalations').selectAll().where('id', '=', id).executeTakeFirst();
  return r === undefined ? undefined : toEntry(r);
}

export async function findEscalationByKey(db: Db, childId: string, dueKey: string): Promise<boolean> {
  const r = await db
    .selectFrom('escalations')
    .select('id')
    .where('child_id', '=', childId)
    .where('due_key', '=', dueKey)
    .executeTakeFirst();
  return r !== undefined;
}

/** The log, oldest first: a chronology of who escalated what. */
export async function listEscalationsForChild(db: Db, childId: string): Promise<EscalationEntry[]> {
  const rows = await db
    .selectFrom('escalations')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('escalated_at')
    .orderBy('id')
    .execute();
  return rows.map(toEntry);
}

/** The logs of several children in one read (the meeting pack), each oldest first. */
export async function listEscalationsForChildren(
  db: Db,
  childIds: readonly string[],
): Promise<Map<string, EscalationEntry[]>> {
  const out = new Map<string, EscalationEntry[]>();
  if (childIds.length === 0) return out;
  const rows = await db
    .selectFrom('escalations')
    .selectAll()
    .where('child_id', 'in', childIds)
    .orderBy('escalated_at')
    .orderBy('id')
    .execute();
  for (const r of rows) out.set(r.child_id, [...(out.get(r.child_id) ?? []), toEntry(r)]);
  return out;
}

/** Writes the outcome only on the revision it was based on; answers whether it wrote. */
export async function updateEscalationOutcome(
  db: Db,
  p: { id: string; baseRevision: number; outcome: string; outcomeAt: string | null; at: string; by: string },
): Promise<boolean> {
  const res = await db
    .updateTable('escalations')
    .set((eb) => ({
      outcome: p.outcome,
      outcome_at: p.outcomeAt,
      updated_at: p.at,
      updated_by: p.by,
      revision: eb('revision', '+', 1),
    }))
    .where('id', '=', p.id)
    .where('revision', '=', p.baseRevision)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

const toMinutes = (r: Selectable<MeetingHostMinutesTable>): HostMinutesRecord => ({
  meetingId: r.meeting_id,
  sentAt: r.sent_at,
  sentTo: r.sent_to,
  receivedAt: r.received_at,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
  revision: r.revision,
});

export async function getHostMinutes(db: Db, meetingId: string): Promise<HostMinutesRecord | null> {
  const r = await db
    .selectFrom('meeting_host_minutes')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return r === undefined ? null : toMinutes(r);
}

export async function insertHostMinutes(
  db: Db,
  row: Omit<MeetingHostMinutesTable, 'revision'>,
): Promise<void> {
  await db.insertInto('meeting_host_minutes').values(row).execute();
}

export async function updateHostMinutes(
  db: Db,
  baseRevision: number,
  row: Omit<MeetingHostMinutesTable, 'revision'>,
): Promise<boolean> {
  const { meeting_id, ...set } = row;
  const res = await db
    .updateTable('meeting_host_minutes')
    .set((eb) => ({ ...set, revision: eb('revision', '+', 1) }))
    .where('meeting_id', '=', meeting_id)
    .where('revision', '=', baseRevision)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The meeting's children, for the rule and the audit. */
export async function meetingChildIds(db: Db, meetingId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('meeting_children')
    .select('child_id')
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.child_id);
}

type FactsOf = { -readonly [K in keyof EscalationFacts]: EscalationFacts[K][number][] };
const empty = (): FactsOf => ({ recorded: [], refusals: [], minutes: [] });

/**
 * What the protocol engine reads for each child's escalations (shared/protocol/escalations.ts), in three reads for
 * some children (the stored state's batch) or every child: the escalations recorded from Due, the return
 * interviews refused, and the held meetings with their minutes' sending to the host authority.
 */
export async function escalationFactsByChild(
  db: Db,
  childIds?: readonly string[],
): Promise<Map<string, EscalationFacts>> {
  const out = new Map<string, FactsOf>();
  const of = (id: string) => out.get(id) ?? out.set(id, empty()).get(id)!;
  let recorded = db
    .selectFrom('escalations')
    .select(['child_id', 'due_key', 'escalated_at'])
    .where('due_key', 'is not', null);
  if (childIds) recorded = recorded.where('child_id', 'in', childIds);
  for (const r of await recorded.orderBy('escalated_at').orderBy('id').execute())
    if (r.due_key !== null) of(r.child_id).recorded.push({ key: r.due_key, at: r.escalated_at });
  let refused = db
    .selectFrom('return_interviews')
    .select(['child_id', 'episode_id', 'refused_at', 'refused_by'])
    .where('refused_at', 'is not', null)
    .where('refused_by', 'is not', null);
  if (childIds) refused = refused.where('child_id', 'in', childIds);
  for (const r of await refused.orderBy('episode_id').execute())
    if (r.refused_at !== null && r.refused_by !== null)
      of(r.child_id).refusals.push({
        episodeId: r.episode_id,
        refusedAt: r.refused_at,
        refusedBy: r.refused_by,
      });
  let minutes = db
    .selectFrom('meetings as m')
    .innerJoin('meeting_children as mc', 'mc.meeting_id', 'm.id')
    .leftJoin('meeting_host_minutes as h', 'h.meeting_id', 'm.id')
    .select((eb) => [
      'mc.child_id',
      'm.id',
      'm.kind',
      heldAt(eb, 'm').as('held_at'),
      'h.sent_at',
      'h.received_at',
    ])
    .where('m.status', 'in', ['concluded', 'approved']);
  if (childIds) minutes = minutes.where('mc.child_id', 'in', childIds);
  for (const r of await minutes.orderBy('held_at').orderBy('m.id').execute())
    of(r.child_id).minutes.push({
      meetingId: r.id,
      kind: r.kind,
      heldAt: r.held_at,
      sentAt: r.sent_at ?? null,
      receivedAt: r.received_at ?? null,
    });
  return out;
}
