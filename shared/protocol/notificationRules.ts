import { HOUR_MS, toIsoInstant } from './london';
import type { ParsedEpisode } from './parsed';
import { isNotificationMade } from './parsed';
import { isPlacedChild } from './returnInterviews';
import type { NotificationRule, ProtocolProfile } from './schema';
import type { ChildFacts, Notification } from './types';

/**
 * The profile's notification rules (EM, ST 6, ST 14.1, WG 10): for each episode a rule speaks of, everyone it names
 * who has not been recorded as told. Due from the report or the return plus `afterHours` (0: "immediately", so
 * due and overdue at once); a notification stays until recorded, whether or not the child has come back, since
 * "the police told children's services" is as true a week later.
 */
export function ruleApplies(rule: NotificationRule, episode: ParsedEpisode, child: ChildFacts): boolean {
  if (!rule.categories.includes(episode.category)) return false;
  if (
    rule.policeRisks !== null &&
    (episode.policeRisk === null || !rule.policeRisks.includes(episode.policeRisk))
  )
    return false;
  if (rule.placedChildrenOnly && !isPlacedChild(child)) return false;
  const status = child.legalStatus ?? null;
  return rule.legalStatuses === null || status === null || rule.legalStatuses.includes(status);
}

export function evaluateNotificationRules(
  profile: ProtocolProfile,
  child: ChildFacts,
  episodes: readonly ParsedEpisode[],
  asOfMs: number,
  made: ReadonlySet<string>,
): Notification[] {
  const out: Notification[] = [];
  for (const episode of episodes) {
    for (const rule of profile.notificationRules) {
      if (!ruleApplies(rule, episode, child)) continue;
      const from = rule.from === 'report' ? episode.reported : episode.returned;
      if (from === null) continue;
      const due = from + rule.afterHours * HOUR_MS;
      if (due > asOfMs) continue;
      for (const { role, notifiedBy } of rule.notify) {
        if (isNotificationMade(made, episode.id, rule.id, role)) continue;
        out.push({
          role,
          at: toIsoInstant(due),
          deadlineAt: due,
          reason: rule.description,
          episodeId: episode.id,
          subjectId: null,
          notifiedBy,
          source: rule.source,
          ruleId: rule.id,
          quote: rule.quote,
        });
      }
    }
  }
  return out;
}
