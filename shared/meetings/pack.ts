import type { Episode, PoliceRisk, PushPullFactor, ReturnInterview } from '../domain/episode';
import type { MeetingAction, MeetingChild } from '../domain/meeting';
import type { EscalationEntry } from '../api/escalations';
import type { Part2Entry } from '../domain/philomena';

/**
 * The meeting pack: what a chair reads before a meeting about a child. Pure helpers here; the backend reads the
 * database and calls them.
 */

/** How far back a pack looks when the child has had no meeting of this kind (the protocols' 90-day window). */
export const PACK_DEFAULT_DAYS = 90;

export interface FactorSeen {
  direction: PushPullFactor['direction'];
  code: PushPullFactor['code'];
  /** The words recorded the last time the factor was seen. */
  detail: string | null;
  episodeIds: string[];
}

export interface FactorChanges {
  /** Factors found in the episodes since the last meeting. */
  current: FactorSeen[];
  /** The window the last meeting looked at; null when there was no last meeting, so nothing to compare. */
  comparedWith: { from: string; to: string } | null;
  /** Seen now, not seen in the window before the last meeting. */
  new: FactorSeen[];
  /** Seen before the last meeting, not seen since. */
  noLongerSeen: FactorSeen[];
}

export interface PoliceRiskChange {
  episodeId: string;
  reportedAt: string;
  atReport: PoliceRisk;
  latest: PoliceRisk;
}

export interface ReturnInterviewOutcome extends ReturnInterview {
  episodeId: string;
  foundAt: string;
}

export interface PackChild {
  child: MeetingChild;
  /** The start of the pack's period: the last meeting of this kind about the child, else 90 days before (or the
   * first episode that called the meeting, when earlier). */
  since: string;
  /** Why `since`: the last meeting, the default 90 days, or the first episode that called this meeting. */
  sinceFrom: 'last-meeting' | 'default-days' | 'first-trigger';
  lastMeeting: { id: string; heldAt: string } | null;
  /** Episodes reported since, or still open then (oldest first). */
  episodes: Episode[];
  returnInterviews: ReturnInterviewOutcome[];
  factors: FactorChanges;
  policeRiskChanges: PoliceRiskChange[];
  /** Actions still open from earlier meetings about the child. */
  openActions: MeetingAction[];
  /** The latest Missing From Care Risk Assessment (WG appendix a): its level and its plan's open actions. */
  riskAssessment: PackRiskAssessment | null;
  /** The child's escalation log (W-CP 5.0): the entries the pack's period holds, and any earlier still open. */
  escalations: PackEscalations;
  /** The Philomena Protocol profile (W-CP 4.1, ST 16.3): its review, its sharing with the police, and Part 2. */
  philomena: PackPhilomena;
}

export interface PackPhilomena {
  /** null while Part 1 has never been saved. */
  reviewedAt: string | null;
  reviewDueOn: string | null;
  /** The latest sharing with the police single point of contact; null when never shared. */
  lastShare: { sharedOn: string; sharedWith: string } | null;
  /** Known associates, addresses and hotspots, each risk-assessed, so the meeting sees where carers check. */
  part2: Part2Entry[];
}

export interface PackEscalations {
  /** Oldest first. */
  entries: EscalationEntry[];
  /** Earlier entries with their outcome recorded, left out of the pack; the child's page holds the whole log. */
  earlierResolved: number;
}

export interface PackRiskAssessment {
  id: string;
  version: number;
  assessedOn: string;
  overallLevel: 'high' | 'medium' | 'low';
  openActions: Array<{
    id: string;
    description: string;
    owner: string;
    agency: string;
    dueOn: string | null;
  }>;
}

export interface MeetingPack {
  meetingId: string;
  children: PackChild[];
}

/**
 * Episodes that belong to the period [from, to): reported in it, or reported before and not yet over at its start
 * (a child still missing at the last meeting returns after it, and the return interview follows).
 */
export function episodesInPeriod(episodes: readonly Episode[], from: string, to: string | null): Episode[] {
  return episodes.filter(
    (e) =>
      (to === null || e.reportedAt < to) && (e.reportedAt >= from || e.foundAt === null || e.foundAt >= from),
  );
}

// 'other' is a different factor for each thing typed; the listed codes are the same factor whatever was said.
const factorKey = (f: PushPullFactor): string =>
  `${f.direction}:${f.code}${f.code === 'other' ? `:${(f.detail ?? '').trim().toLowerCase()}` : ''}`;

export function factorsSeen(episodes: readonly Episode[]): FactorSeen[] {
  const byKey = new Map<string, FactorSeen>();
  for (const e of episodes) {
    for (const f of e.factors) {
      const key = factorKey(f);
      const seen = byKey.get(key);
      if (seen) {
        if (!seen.episodeIds.includes(e.id)) seen.episodeIds.push(e.id);
        seen.detail = f.detail ?? seen.detail;
      } else {
        byKey.set(key, { direction: f.direction, code: f.code, detail: f.detail, episodeIds: [e.id] });
      }
    }
  }
  return [...byKey.values()];
}

/** What changed since last time (ST 13.22: every MIM tries to identify the push and pull factors). */
export function compareFactors(
  current: readonly Episode[],
  previous: { from: string; to: string; episodes: readonly Episode[] } | null,
): FactorChanges {
  const now = factorsSeen(current);
  if (!previous) return { current: now, comparedWith: null, new: [], noLongerSeen: [] };
  const before = factorsSeen(previous.episodes);
  const key = (f: FactorSeen) => factorKey({ direction: f.direction, code: f.code, detail: f.detail });
  const beforeKeys = new Set(before.map(key));
  const nowKeys = new Set(now.map(key));
  return {
    current: now,
    comparedWith: { from: previous.from, to: previous.to },
    new: now.filter((f) => !beforeKeys.has(key(f))),
    noLongerSeen: before.filter((f) => !nowKeys.has(key(f))),
  };
}

/** Episodes whose latest police grading differs from the grading at report (ST 6). */
export function policeRiskChanges(episodes: readonly Episode[]): PoliceRiskChange[] {
  return episodes.flatMap((e) =>
    e.policeRiskAtReport !== null &&
    e.policeRiskLatest !== null &&
    e.policeRiskAtReport !== e.policeRiskLatest
      ? [
          {
            episodeId: e.id,
            reportedAt: e.reportedAt,
            atReport: e.policeRiskAtReport,
            latest: e.policeRiskLatest,
          },
        ]
      : [],
  );
}

/** The return interview of every episode the child has come back from (W-CP 7.0, WG 9, ST 13.5-13.9). */
export function returnInterviewOutcomes(episodes: readonly Episode[]): ReturnInterviewOutcome[] {
  return episodes.flatMap((e) =>
    e.foundAt === null ? [] : [{ episodeId: e.id, foundAt: e.foundAt, ...e.returnInterview }],
  );
}

/**
 * The escalation log entries a pack shows: those escalated in its period (up to where a concluded meeting ended),
 * and earlier ones still without an outcome, which the meeting needs to chase whenever they were raised.
 */
export function escalationsForPack(
  log: readonly EscalationEntry[],
  since: string,
  until: string | null,
): PackEscalations {
  const before = (e: EscalationEntry) => until === null || e.escalatedAt < until;
  const entries = log.filter((e) => before(e) && (e.escalatedAt >= since || e.outcome === ''));
  const earlierResolved = log.filter((e) => before(e) && e.escalatedAt < since && e.outcome !== '').length;
  return { entries, earlierResolved };
}
