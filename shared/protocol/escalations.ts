import { minutesEscalationKey, refusalEscalationKey } from './escalationKeys';
import { formatTimeAndDay } from './format';
import { HOUR_MS, parseInstant, toIsoInstant } from './london';
import type { ParsedEpisode } from './parsed';
import { isPlacedChild } from './returnInterviews';
import type { ProtocolProfile } from './schema';
import type { ChildFacts, EscalationDue, EscalationFacts } from './types';

/**
 * The protocol's own escalations (issue 16 "Escalations"; issue 17 W-CP 5.0), as tasks until someone records them as
 * escalated in the child's escalation log:
 * - W-CP 7.0: a return interview refused by the allocated social worker or carer goes to a senior manager, at once;
 * - EM: the minutes of a meeting about a placed child not received by the host authority escalate "as described
 *   above", on the return interview's own escalation steps, counted from the meeting (the host cannot know when
 *   minutes never sent were due, so the meeting is the one instant both authorities share). Only the latest step
 *   reached is a task, as for a late return interview.
 */

/** A child with no escalation facts. */
export const NO_ESCALATION_FACTS: EscalationFacts = { recorded: [], refusals: [], minutes: [] };

/** The keys recorded as escalated at or before asOf. */
export function recordedEscalations(facts: EscalationFacts | undefined, asOfMs: number): Set<string> {
  const keys = new Set<string>();
  for (const r of facts?.recorded ?? []) if (parseInstant(r.at) <= asOfMs) keys.add(r.key);
  return keys;
}

const REFUSED_BY: Record<string, string> = {
  'allocated-social-worker': 'the allocated social worker',
  carer: 'the carer or support provider',
};

export function evaluateEscalations(
  profile: ProtocolProfile,
  child: ChildFacts,
  episodes: readonly ParsedEpisode[],
  facts: EscalationFacts | undefined,
  asOfMs: number,
  recorded: ReadonlySet<string>,
): EscalationDue[] {
  if (facts === undefined) return [];
  const out: EscalationDue[] = [];
  const refused = profile.escalations.refusedReturnInterview;
  if (refused !== null) {
    const known = new Set(episodes.map((e) => e.id));
    for (const r of facts.refusals) {
      const at = parseInstant(r.refusedAt);
      const key = refusalEscalationKey(r.episodeId);
      if (!known.has(r.episodeId) || at > asOfMs || recorded.has(key)) continue;
      const what = `${refused.role}: ${refused.action}`;
      out.push({
        key,
        kind: 'return-interview-refused',
        episodeId: r.episodeId,
        meetingId: null,
        role: refused.role,
        what,
        reason: `${profile.returnInterview.shortName} refused by ${REFUSED_BY[r.refusedBy] ?? 'a professional'} at ${formatTimeAndDay(at)}`,
        at: toIsoInstant(at),
        deadlineAt: at,
        source: refused.source,
        quote: refused.quote,
      });
    }
  }
  const minutes = profile.escalations.minutesNotReceived;
  if (minutes !== null && (!minutes.placedChildrenOnly || isPlacedChild(child))) {
    const steps = profile.returnInterview.steps.filter((s) => s.type === 'escalate-at');
    for (const m of facts.minutes) {
      const held = parseInstant(m.heldAt);
      if (!minutes.meetingKinds.includes(m.kind) || held > asOfMs) continue;
      if (m.receivedAt !== null && parseInstant(m.receivedAt) <= asOfMs) continue;
      const step = steps.filter((s) => held + s.afterHours * HOUR_MS <= asOfMs).at(-1);
      if (step === undefined) continue;
      const key = minutesEscalationKey(m.meetingId, step.id);
      if (recorded.has(key)) continue;
      const at = held + step.afterHours * HOUR_MS;
      const sentAt = m.sentAt === null ? null : parseInstant(m.sentAt);
      const sent =
        sentAt === null || sentAt > asOfMs ? 'not recorded as sent' : `sent ${formatTimeAndDay(sentAt)}`;
      out.push({
        key,
        kind: 'minutes-not-received',
        episodeId: null,
        meetingId: m.meetingId,
        role: step.role,
        what: `${step.role}: escalate: minutes not received by the host authority`,
        reason: `Minutes of the meeting held ${formatTimeAndDay(held)} not received by the host authority (${sent})`,
        at: toIsoInstant(at),
        deadlineAt: at,
        source: `${minutes.source}; ${step.source}`,
        quote: minutes.quote,
      });
    }
  }
  return out;
}
