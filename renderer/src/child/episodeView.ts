import type { Episode, EpisodeCategory, MissingFrom, PoliceRisk } from '../../../shared/domain/episode';
import { returnInterviewWithin72h } from '../../../shared/domain/chronology';
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
const RETURN_INTERVIEW_WINDOW_MS = 72 * 3_600_000;

export type ReturnInterviewStatus =
  | { kind: 'not-returned' }
  | { kind: 'held'; heldAt: string; within72h: boolean }
  | { kind: 'closed'; outcome: 'declined' | 'not-engaged' | 'not-offered'; reason: string | null }
  | { kind: 'due' | 'overdue'; dueBy: string; accepted: boolean };

/** Where an episode's return interview stands as of `now` (72 hours from return: W-CP 7.0, WG 9, ST 13.9). */
export function returnInterviewStatus(
  e: Pick<Episode, 'foundAt' | 'returnInterview'>,
  now: string,
): ReturnInterviewStatus {
  const ri = e.returnInterview;
  if (!e.foundAt) return { kind: 'not-returned' };
  if (ri.heldAt) return { kind: 'held', heldAt: ri.heldAt, within72h: returnInterviewWithin72h(e) ?? false };
  if (ri.outcome && ri.outcome !== 'accepted')
    return { kind: 'closed', outcome: ri.outcome, reason: ri.notOfferedReason };
  const dueBy = new Date(ms(e.foundAt) + RETURN_INTERVIEW_WINDOW_MS).toISOString();
  return { kind: ms(now) > ms(dueBy) ? 'overdue' : 'due', dueBy, accepted: ri.outcome === 'accepted' };
}

/** Sort order for the table: what needs chasing first. */
export function returnInterviewRank(s: ReturnInterviewStatus): number {
  switch (s.kind) {
    case 'overdue':
      return 0;
    case 'due':
      return 1;
    case 'held':
      return s.within72h ? 4 : 2;
    case 'closed':
      return 3;
    case 'not-returned':
      return 5;
  }
}
