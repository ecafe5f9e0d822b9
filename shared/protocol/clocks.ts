import { formatTimeAndDay } from './format';
import { HOUR_MS, toIsoInstant } from './london';
import type { ParsedEpisode, ParsedMeeting } from './parsed';
import { isNotificationMade, isSatisfied } from './parsed';
import type { DurationClock, ProtocolProfile } from './schema';
import type {
  ChildFacts,
  Consideration,
  LongTermMissing,
  Notification,
  RequiredMeeting,
  UpcomingClock,
} from './types';

/**
 * Clocks that run while a child is missing (W-KC, WG 12, ST 14.1-14.4), long-term missing (W-CP 2.0), and the
 * "consider a MIM from the third day" advice (ST 13.23). Hours are elapsed hours from the report, so a clock
 * running across a clock change still waits the full number of hours. All of these stop when the child returns.
 */
export interface ClockResults {
  meetings: RequiredMeeting[];
  notifications: Notification[];
  upcoming: UpcomingClock[];
  longTermMissing: LongTermMissing[];
  considerations: Consideration[];
  openEpisodeIds: string[];
}

const DAY_HOURS = 24;

export function clockApplies(clock: DurationClock, episode: ParsedEpisode, child: ChildFacts): boolean {
  const { policeRisks, legalStatuses } = clock.when;
  if (policeRisks !== null && (episode.policeRisk === null || !policeRisks.includes(episode.policeRisk)))
    return false;
  const status = child.legalStatus ?? null;
  // A child whose legal status is not recorded stays in: an extra notification is better than a missed one.
  return legalStatuses === null || status === null || legalStatuses.includes(status);
}

export function evaluateClocks(
  profile: ProtocolProfile,
  child: ChildFacts,
  episodes: readonly ParsedEpisode[],
  asOfMs: number,
  meetings: readonly ParsedMeeting[],
  notificationsMade: ReadonlySet<string>,
): ClockResults {
  const out: ClockResults = {
    meetings: [],
    notifications: [],
    upcoming: [],
    longTermMissing: [],
    considerations: [],
    openEpisodeIds: [],
  };
  for (const episode of episodes) {
    if (episode.returned !== null || !profile.clockCategories.includes(episode.category)) continue;
    out.openEpisodeIds.push(episode.id);
    const byKind = new Map<string, RequiredMeeting[]>();

    for (const clock of profile.durationClocks) {
      if (!clockApplies(clock, episode, child)) continue;
      const start = episode.reported + clock.afterHours * HOUR_MS;
      if (start > asOfMs) {
        out.upcoming.push({
          episodeId: episode.id,
          at: toIsoInstant(start),
          what: clock.description,
          source: clock.source,
        });
        continue;
      }
      for (const { role, notifiedBy } of clock.notify) {
        if (isNotificationMade(notificationsMade, episode.id, clock.id, role)) continue;
        out.notifications.push({
          role,
          at: toIsoInstant(start),
          deadlineAt: start,
          reason: clock.description,
          episodeId: episode.id,
          subjectId: null,
          notifiedBy,
          source: clock.source,
          ruleId: clock.id,
          quote: null,
        });
      }
      const meeting = clock.meeting;
      if (meeting === null) continue;
      // A standing meeting (daily review) must see the child again each period; the current period is the one due.
      const recur = meeting.recurEveryHours;
      const periods = recur === null ? 0 : Math.floor((asOfMs - start) / (recur * HOUR_MS));
      const arisesAt = start + periods * (recur ?? 0) * HOUR_MS;
      const dueBy = arisesAt + (meeting.dueAfterHours - clock.afterHours) * HOUR_MS;
      if (isSatisfied(meetings, meeting.kind, arisesAt, null)) continue;
      const list = byKind.get(meeting.kind) ?? [];
      list.push({
        kind: meeting.kind,
        label: meeting.label,
        reason: clock.description,
        dueBy: toIsoInstant(dueBy),
        deadlineAt: dueBy,
        deadlineWords: null,
        chair: meeting.chair,
        episodeIds: [episode.id],
        stageLevel: null,
        arisesAt: toIsoInstant(arisesAt),
        source: clock.source,
      });
      byKind.set(meeting.kind, list);
    }
    // One meeting of a kind satisfies every requirement of that kind that arose before it, so show one: the most
    // recent requirement (its chair and label are the senior ones) with the earliest deadline among them.
    for (const list of byKind.values()) out.meetings.push(mergeRequirements(list));

    const elapsed = asOfMs - episode.reported;
    const longTermAfter = profile.longTermMissing.afterDays * DAY_HOURS * HOUR_MS;
    if (elapsed >= longTermAfter) {
      out.longTermMissing.push({
        episodeId: episode.id,
        reportedAt: toIsoInstant(episode.reported),
        since: toIsoInstant(episode.reported + longTermAfter),
        days: Math.floor(elapsed / (DAY_HOURS * HOUR_MS)),
        source: profile.longTermMissing.source,
      });
    } else {
      out.upcoming.push({
        episodeId: episode.id,
        at: toIsoInstant(episode.reported + longTermAfter),
        what: `Long-term missing (${profile.longTermMissing.afterDays} days)`,
        source: profile.longTermMissing.source,
      });
    }

    const consider = profile.mimConsideration;
    if (
      consider !== null &&
      elapsed >= consider.fromHours * HOUR_MS &&
      !isSatisfied(meetings, 'mim', episode.reported, null)
    ) {
      out.considerations.push({
        episodeId: episode.id,
        reason: `Consider a Missing Intervention Meeting: missing since ${formatTimeAndDay(
          episode.reported,
          asOfMs,
        )}, now day ${Math.floor(elapsed / (DAY_HOURS * HOUR_MS)) + 1} of the episode`,
        source: consider.source,
      });
    }
  }
  out.upcoming.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return out;
}

function mergeRequirements(list: RequiredMeeting[]): RequiredMeeting {
  let latest = list[0];
  let earliest = list[0];
  for (const m of list) {
    if (latest === undefined || m.arisesAt >= latest.arisesAt) latest = m;
    if (earliest === undefined || (m.deadlineAt ?? Infinity) < (earliest.deadlineAt ?? Infinity))
      earliest = m;
  }
  if (latest === undefined || earliest === undefined)
    throw new Error('mergeRequirements needs a requirement');
  return { ...latest, dueBy: earliest.dueBy, deadlineAt: earliest.deadlineAt };
}
