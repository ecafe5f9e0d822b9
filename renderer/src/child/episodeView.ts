import type { Episode, EpisodeCategory, MissingFrom, PoliceRisk } from '../../../shared/domain/episode';
import {
  returnInterviewStanding,
  type ReturnInterviewRules,
} from '../../../shared/protocol/returnInterviewRule';
import { RISK_COLOURS } from '../app/theme';

/** How an episode reads on the child page: shared by the chart, the table and the header. */

export const MISSING_FROM_LABELS: Record<MissingFrom, string> = {
  home: 'Home',
  placement: 'Placement',
  school: 'School',
  other: 'Other',
};

/** Short enough for a table cell and a chart lane; the full wording is in the dialog. */
export const CATEGORY_SHORT_LABELS: Record<EpisodeCategory, string> = {
  missing: 'Missing',
  absent: 'Absent',
  away: 'Away',
};

/** The grading that matters now: the latest, else the one given at report. */
export const currentRisk = (e: Pick<Episode, 'policeRiskLatest' | 'policeRiskAtReport'>): PoliceRisk | null =>
  e.policeRiskLatest ?? e.policeRiskAtReport;

const FALLBACK_COLOUR = '#9e9e9e';
export const riskColour = (risk: PoliceRisk | null): string =>
  RISK_COLOURS[risk ?? 'unknown'] ?? RISK_COLOURS.unknown ?? FALLBACK_COLOUR;

/** Higher is more serious; ungraded sorts below every grade. */
export const riskRank = (risk: PoliceRisk | null): number =>
  risk === 'high' ? 4 : risk === 'medium' ? 3 : risk === 'low' ? 2 : risk === 'no-apparent-risk' ? 1 : 0;

const ms = (iso: string) => new Date(iso).getTime();
export type ReturnInterviewStatus =
  | { kind: 'not-returned' }
  /** The profile's rules have not arrived yet: nothing is claimed about a deadline. */
  | { kind: 'checking' }
  | { kind: 'held'; heldAt: string; inTime: boolean; hours: number }
  | { kind: 'closed'; outcome: 'declined' | 'not-engaged'; reason: string | null }
  | { kind: 'due' | 'overdue'; dueBy: string; accepted: boolean; notOffered: boolean };

/**
 * Where an episode's return interview stands as of `now`, by the child's protocol profile (the same rule as Due:
 * shared/protocol/returnInterviewRule.ts); `rules` null while the profile is loading.
 */
export function returnInterviewStatus(
  e: Pick<Episode, 'foundAt' | 'returnInterview'>,
  now: string,
  rules: ReturnInterviewRules | null,
): ReturnInterviewStatus {
  if (!e.foundAt) return { kind: 'not-returned' };
  if (!rules) return { kind: 'checking' };
  const s = returnInterviewStanding(rules, e, ms(now));
  switch (s.kind) {
    case 'not-returned':
      return s;
    case 'held':
      return { kind: 'held', heldAt: s.heldAt, inTime: s.inTime, hours: rules.dueWithinHours };
    case 'closed':
      return {
        kind: 'closed',
        outcome: s.outcome === 'declined' ? 'declined' : 'not-engaged',
        reason: s.reason,
      };
    case 'due':
    case 'overdue':
      return {
        kind: s.kind,
        dueBy: s.dueBy,
        accepted: s.outcome === 'accepted',
        notOffered: s.outcome === 'not-offered',
      };
  }
}

/** Sort order for the table: what needs chasing first. */
export function returnInterviewRank(s: ReturnInterviewStatus): number {
  switch (s.kind) {
    case 'overdue':
      return 0;
    case 'due':
      return 1;
    case 'held':
      return s.inTime ? 4 : 2;
    case 'closed':
      return 3;
    case 'checking':
    case 'not-returned':
      return 5;
  }
}
