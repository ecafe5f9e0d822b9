import type { EpisodeCategory, PoliceRisk } from '../domain/episode';
import { parseInstant } from './london';
import type { EpisodeFacts, MeetingHeld, NotificationMade } from './types';

/** An episode with its instants parsed once to epoch millis, seen from `asOf`. */
export interface ParsedEpisode {
  id: string;
  category: EpisodeCategory;
  reported: number;
  /** The return, if it happened at or before asOf; otherwise null (still missing as of asOf). */
  returned: number | null;
  policeRisk: PoliceRisk | null;
  interviewHeld: boolean;
  outcome: string | null;
  traffickingConcern: boolean;
}

export interface ParsedMeeting {
  kind: string;
  stageLevel: number | null;
  heldAt: number;
}

const parseOptional = (value: string | null | undefined): number | null =>
  value === null || value === undefined || value === '' ? null : parseInstant(value);

/** Episodes reported at or before asOf, in report order. Later episodes do not exist yet as of asOf. */
export function parseEpisodes(episodes: readonly EpisodeFacts[], asOfMs: number): ParsedEpisode[] {
  const parsed: ParsedEpisode[] = [];
  for (const e of episodes) {
    const reported = parseInstant(e.reportedAt);
    if (reported > asOfMs) continue;
    const found = parseOptional(e.foundAt);
    const held = parseOptional(e.returnInterviewHeldAt);
    parsed.push({
      id: e.id,
      category: e.category,
      reported,
      returned: found !== null && found <= asOfMs ? Math.max(found, reported) : null,
      policeRisk: e.policeRisk ?? null,
      interviewHeld: held !== null && held <= asOfMs,
      outcome: e.returnInterviewOutcome ?? null,
      traffickingConcern: e.traffickingConcern === true,
    });
  }
  return parsed.sort((a, b) => a.reported - b.reported || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function parseMeetings(meetings: readonly MeetingHeld[] | undefined, asOfMs: number): ParsedMeeting[] {
  if (meetings === undefined) return [];
  const parsed: ParsedMeeting[] = [];
  for (const m of meetings) {
    const heldAt = parseInstant(m.heldAt);
    if (heldAt <= asOfMs) parsed.push({ kind: m.kind, stageLevel: m.stageLevel ?? null, heldAt });
  }
  return parsed.sort((a, b) => a.heldAt - b.heldAt);
}

/**
 * Keys of notifications recorded as made: "subject, ruleId, role", or "subject, role" for a record naming no rule.
 * The subject is the episode, or for a notice about no episode its review or placement (ids never collide: an
 * episode's and a review's are random, a placement's is "placement:" and its day).
 */
export function parseNotificationsMade(
  made: readonly NotificationMade[] | undefined,
  asOfMs: number,
): Set<string> {
  const keys = new Set<string>();
  for (const n of made ?? []) {
    if (parseInstant(n.at) > asOfMs) continue;
    const subject = n.episodeId ?? n.subjectId;
    if (subject === null || subject === undefined) continue;
    keys.add(
      n.ruleId === undefined || n.ruleId === null
        ? notificationKey(subject, n.role)
        : ruleNotificationKey(subject, n.ruleId, n.role),
    );
  }
  return keys;
}

export const notificationKey = (episodeId: string, role: string): string => `${episodeId}\u0000${role}`;
export const ruleNotificationKey = (episodeId: string, ruleId: string, role: string): string =>
  `${episodeId}\u0000${ruleId}\u0000${role}`;

/** Recorded as made, whether the record names the rule or only the role. */
export const isNotificationMade = (
  made: ReadonlySet<string>,
  episodeId: string,
  ruleId: string,
  role: string,
): boolean =>
  made.has(ruleNotificationKey(episodeId, ruleId, role)) || made.has(notificationKey(episodeId, role));

/** A meeting satisfies a requirement when it is of the same kind, held at or after the requirement arose, and (for
 * a stage meeting) at the required stage or above. A MIM recorded without a stage counts as stage 1. */
export function isSatisfied(
  meetings: readonly ParsedMeeting[],
  kind: string,
  arisesAt: number,
  stageLevel: number | null,
): boolean {
  return meetings.some(
    (m) =>
      m.kind === kind &&
      m.heldAt >= arisesAt &&
      (stageLevel === null || (m.stageLevel ?? (kind === 'mim' ? 1 : stageLevel)) >= stageLevel),
  );
}
