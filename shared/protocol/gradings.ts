import type { EpisodeCategory, PoliceRisk } from '../domain/episode';
import { civilFromDays, daysFromCivil } from './civil';
import { dayFromIsoDate, londonDay, parseInstant } from './london';
import type { GradingRule, ProtocolProfile } from './schema';

/** The parts of an episode being entered that the grading rules read. */
export interface GradedEpisode {
  category: EpisodeCategory;
  reportedAt: string;
  policeRiskAtReport: PoliceRisk | null;
}

/** A grading or category that breaks the profile's rule: a warning at entry, never a refusal. */
export interface GradingWarning {
  /** The form field, as the episode input names it. */
  field: 'policeRiskAtReport' | 'category';
  message: string;
  source: string;
}

/** Under `age` on the London calendar day the episode was reported (a birthday on the day counts as that age). */
function underAgeOnDay(dateOfBirth: string, reportedAt: string, age: number): boolean {
  const born = civilFromDays(dayFromIsoDate(dateOfBirth));
  return londonDay(parseInstant(reportedAt)) < daysFromCivil(born.year + age, born.month, born.day);
}

function breaks(rule: GradingRule, episode: GradedEpisode, dateOfBirth: string): GradingWarning | null {
  if (rule.type === 'risk-at-report') {
    const risk = episode.policeRiskAtReport;
    if (risk === null || !rule.notAllowed.includes(risk)) return null;
    return { field: 'policeRiskAtReport', message: `${rule.message} (${rule.source})`, source: rule.source };
  }
  if (!rule.notAllowed.includes(episode.category)) return null;
  if (rule.underAge !== null && !underAgeOnDay(dateOfBirth, episode.reportedAt, rule.underAge)) return null;
  return { field: 'category', message: `${rule.message} (${rule.source})`, source: rule.source };
}

/**
 * The profile's grading rules that this episode breaks, each citing its section. Pure, so the episode form warns
 * as it is typed and the backend returns the same words with the saved episode.
 */
export function gradingWarnings(
  profile: Pick<ProtocolProfile, 'gradingRules'>,
  episode: GradedEpisode,
  dateOfBirth: string,
): GradingWarning[] {
  const warnings: GradingWarning[] = [];
  for (const rule of profile.gradingRules) {
    const warning = breaks(rule, episode, dateOfBirth);
    if (warning !== null) warnings.push(warning);
  }
  return warnings;
}
