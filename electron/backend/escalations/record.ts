import type { AddEscalationInput, EscalationEntry, HostMinutesView } from '../../../shared/api/escalations';
import type { ApiArgs } from '../../../shared/api';
import { toStoredInstant } from '../../../shared/time/london';
import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import type { BackendContext } from '../context';
import { DomainError, invalid, notFound } from '../errors';
import { getEpisode, listEpisodesForChild } from '../episodes/queries';
import { newId } from '../ids';
import { auditMeeting } from '../meetings/guard';
import { getMeeting } from '../meetings/queries';
import { mutation } from '../mutation';
import { evaluateOne } from '../protocol/evaluate';
import { profileResolver } from '../protocol/profiles';
import {
  findEscalationByKey,
  getEscalation,
  getHostMinutes,
  insertEscalation,
  insertHostMinutes,
  meetingChildIds,
  updateEscalationOutcome,
  updateHostMinutes,
} from './queries';

const stale = (what: string, revision: number | undefined) =>
  new DomainError(
    'conflict',
    `${what} was saved from another window (now revision ${revision ?? 'unknown'}). Nothing was overwritten: reload it and make your change again.`,
  );

/**
 * Adds an entry to the child's escalation log: by hand, or recording one of the protocol's own escalations from
 * Due (dueKey), which must be one the child's Due list holds now; Due's words and section are kept with it.
 * Refused, with the field named and nothing saved: a time still to come, an outcome without its date (or before
 * the escalation), an escalation already logged.
 */
export function addEscalation(ctx: BackendContext, input: AddEscalationInput): Promise<EscalationEntry> {
  return mutation(ctx, async (tx) => {
    const child = await getChild(tx.db, input.childId);
    if (!child) throw notFound('The child');
    const now = tx.now();
    const escalatedAt = toStoredInstant(input.escalatedAt);
    const outcomeAt = input.outcomeAt === null ? null : toStoredInstant(input.outcomeAt);
    if (Date.parse(escalatedAt) > now.getTime())
      throw invalid([{ field: 'escalatedAt', message: 'Escalated on cannot be in the future.' }]);
    checkOutcome(input.outcome, outcomeAt, escalatedAt, now.getTime());
    let episodeId = input.episodeId;
    let about = input.about;
    let section: string | null = null;
    if (input.dueKey !== null) {
      const { due } = await evaluateOne(tx, child, await listEpisodesForChild(tx.db, child.id));
      const item = due.find((i) => i.escalationKey === input.dueKey);
      if (!item)
        throw invalid([
          { field: 'dueKey', message: 'Escalation: this child’s protocol has no such escalation due now.' },
        ]);
      if (await findEscalationByKey(tx.db, child.id, input.dueKey))
        throw invalid([{ field: 'dueKey', message: 'Escalation: already recorded as escalated.' }]);
      episodeId = item.episodeIds[0] ?? null;
      about = about || `${item.what}. ${item.reason}`;
      section = item.source;
    } else if (!about) {
      throw invalid([{ field: 'about', message: 'About is required: what the escalation is about.' }]);
    }
    if (episodeId !== null) {
      const episode = await getEpisode(tx.db, episodeId);
      if (!episode || episode.childId !== child.id) throw notFound('The episode');
    }
    const id = newId();
    const at = now.toISOString();
    await insertEscalation(tx.db, {
      id,
      child_id: child.id,
      episode_id: episodeId,
      due_key: input.dueKey,
      from_who: input.fromWho,
      to_who: input.toWho,
      about,
      section,
      escalated_at: escalatedAt,
      outcome: input.outcome,
      outcome_at: outcomeAt,
      recorded_at: at,
      recorded_by: tx.user(),
      updated_at: at,
      updated_by: tx.user(),
    });
    tx.changed('escalations');
    // The kind of escalation, never what it says: the audit holds no personal data.
    await audit(tx, 'create', 'escalation', id, child.id, input.dueKey?.split('|')[0] ?? 'by hand');
    const entry = await getEscalation(tx.db, id);
    if (!entry) throw notFound('The escalation');
    return entry;
  });
}

function checkOutcome(outcome: string, outcomeAt: string | null, escalatedAt: string, nowMs: number) {
  if (outcomeAt !== null && !outcome)
    throw invalid([{ field: 'outcome', message: 'Outcome is required when its date is given.' }]);
  if (outcome && outcomeAt === null)
    throw invalid([{ field: 'outcomeAt', message: 'Outcome date is required with the outcome.' }]);
  if (outcomeAt !== null && Date.parse(outcomeAt) > nowMs)
    throw invalid([{ field: 'outcomeAt', message: 'Outcome date cannot be in the future.' }]);
  if (outcomeAt !== null && outcomeAt < escalatedAt)
    throw invalid([{ field: 'outcomeAt', message: 'Outcome date cannot be before the escalation.' }]);
}

/** Records the outcome of a logged escalation, on the revision the form read. */
export function updateEscalation(
  ctx: BackendContext,
  p: ApiArgs<'escalations.update'>,
): Promise<EscalationEntry> {
  return mutation(ctx, async (tx) => {
    const before = await getEscalation(tx.db, p.id);
    if (!before) throw notFound('The escalation');
    const outcomeAt = p.outcomeAt === null ? null : toStoredInstant(p.outcomeAt);
    checkOutcome(p.outcome, outcomeAt, before.escalatedAt, tx.now().getTime());
    const wrote = await updateEscalationOutcome(tx.db, {
      id: p.id,
      baseRevision: p.baseRevision,
      outcome: p.outcome,
      outcomeAt,
      at: tx.now().toISOString(),
      by: tx.user(),
    });
    if (!wrote) throw stale('This escalation', before.revision);
    tx.changed('escalations');
    await audit(tx, 'update', 'escalation', p.id, before.childId, 'outcome');
    const entry = await getEscalation(tx.db, p.id);
    if (!entry) throw notFound('The escalation');
    return entry;
  });
}

/** The minutes' tracking and the EM rule where one of the meeting's children's protocol asks for it. */
export async function hostMinutesView(ctx: BackendContext, meetingId: string): Promise<HostMinutesView> {
  if (!(await getMeeting(ctx.db, meetingId))) throw notFound('The meeting');
  const resolve = await profileResolver(ctx);
  let rule: HostMinutesView['rule'] = null;
  for (const id of await meetingChildIds(ctx.db, meetingId)) {
    const child = await getChild(ctx.db, id);
    const r = child && resolve(child).profile.escalations.minutesNotReceived;
    if (r) rule = { quote: r.quote, source: r.source };
  }
  return { record: await getHostMinutes(ctx.db, meetingId), rule };
}

/** EM: the minutes sent to the host authority and received by it. Only for a meeting held. */
export function saveHostMinutes(
  ctx: BackendContext,
  p: ApiArgs<'escalations.saveHostMinutes'>,
): Promise<HostMinutesView> {
  return mutation(ctx, async (tx) => {
    const meeting = await getMeeting(tx.db, p.meetingId);
    if (!meeting) throw notFound('The meeting');
    if (meeting.status !== 'concluded' && meeting.status !== 'approved')
      throw invalid([{ field: 'meetingId', message: 'Minutes are sent once the meeting has been held.' }]);
    const nowMs = tx.now().getTime();
    const sentAt = p.sentAt === null ? null : toStoredInstant(p.sentAt);
    const receivedAt = p.receivedAt === null ? null : toStoredInstant(p.receivedAt);
    const held = meeting.startedAt ?? meeting.scheduledAt;
    if (sentAt !== null && Date.parse(sentAt) > nowMs)
      throw invalid([{ field: 'sentAt', message: 'Sent on cannot be in the future.' }]);
    if (sentAt !== null && sentAt < held)
      throw invalid([{ field: 'sentAt', message: 'Sent on cannot be before the meeting was held.' }]);
    if (receivedAt !== null && sentAt === null)
      throw invalid([{ field: 'sentAt', message: 'Sent on is required before the minutes are received.' }]);
    if (receivedAt !== null && Date.parse(receivedAt) > nowMs)
      throw invalid([{ field: 'receivedAt', message: 'Received on cannot be in the future.' }]);
    if (receivedAt !== null && sentAt !== null && receivedAt < sentAt)
      throw invalid([{ field: 'receivedAt', message: 'Received on cannot be before they were sent.' }]);
    const existing = await getHostMinutes(tx.db, p.meetingId);
    if (existing && p.baseRevision === null) throw stale('The minutes’ tracking', existing.revision);
    if (!existing && p.baseRevision !== null) throw notFound('The minutes’ tracking');
    const row = {
      meeting_id: p.meetingId,
      sent_at: sentAt,
      sent_to: p.sentTo,
      received_at: receivedAt,
      updated_at: new Date(nowMs).toISOString(),
      updated_by: tx.user(),
    };
    if (existing) {
      if (!(await updateHostMinutes(tx.db, p.baseRevision!, row)))
        throw stale('The minutes’ tracking', existing.revision);
    } else await insertHostMinutes(tx.db, row);
    tx.changed('meeting_host_minutes');
    // Not "minutes…": marks.ts skips a minute-taker's autosave by that word; this changes what the engine reads.
    await auditMeeting(tx, 'update', p.meetingId, 'host authority copy of the minutes');
    return hostMinutesView(tx, p.meetingId);
  });
}
