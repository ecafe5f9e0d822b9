import { deadlineMs } from './format';
import { dayFromIsoDate, isoDateFromDay, londonDay, londonDayStart, plusLondonMonths } from './london';
import type { ParsedEpisode, ParsedMeeting } from './parsed';
import type { PromptRule } from './schema';
import type { ChildFacts, Prompt } from './types';
import { addWorkingDaysToDay } from './workingDays';

export type RiskAssessmentRule = Extract<PromptRule, { type: 'risk-assessment' }>;

interface Requirement {
  reason: string;
  /** The London day it is due by (end of that day); null where the text gives no time. */
  dueDay: number | null;
}

const latestDay = (assessedOn: readonly string[]): number | null =>
  assessedOn.length === 0 ? null : Math.max(...assessedOn.map(dayFromIsoDate));

/** The day the latest assessment's review falls due ("minimum every N months"), or null before the first. */
export function riskReviewDueDay(rule: RiskAssessmentRule, assessedOn: readonly string[]): number | null {
  const latest = latestDay(assessedOn);
  return latest === null ? null : londonDay(plusLondonMonths(londonDayStart(latest), rule.reviewEveryMonths));
}

/**
 * What WG appendix a asks of the child's risk assessment as of `asOfMs`, read from the text: completed after the
 * first occasion the child runs away; for a planned
 * placement before it starts and for an emergency one within N working days; reviewed after each MIM and at least
 * every N months. One assessment dated on or after a requirement's day answers it, so a review answers them all.
 */
function requirements(
  rule: RiskAssessmentRule,
  child: ChildFacts,
  episodes: readonly ParsedEpisode[],
  meetings: readonly ParsedMeeting[],
  assessedOn: readonly string[],
  asOfMs: number,
): Requirement[] {
  const latest = latestDay(assessedOn);
  const answered = (day: number) => latest !== null && latest >= day;
  const out: Requirement[] = [];
  const ran = episodes.filter((e) => e.reported <= asOfMs).sort((a, b) => a.reported - b.reported);
  // The appendix covers a child where a risk of running away is identified or who has run away. Due lists children
  // by their episodes in its look-back (protocol/state/refresh.ts), so the rule speaks only for a child with one: a
  // child assessed on an identified risk alone keeps the record, without a Due item the Due list could not show.
  if (ran.length === 0) return [];
  if (latest === null)
    out.push({ reason: `The child has run away (first episode) and has no risk assessment`, dueDay: null });
  const start = child.placementStartedOn ? dayFromIsoDate(child.placementStartedOn) : null;
  if (start !== null && child.placementArrangement === 'emergency' && !answered(start))
    out.push({
      reason: `Emergency placement from ${child.placementStartedOn}: within ${rule.emergencyPlacementWorkingDays} working days`,
      dueDay: addWorkingDaysToDay(start, rule.emergencyPlacementWorkingDays),
    });
  // A planned placement's assessment is made at the pre-placement planning meeting, before it starts; the text gives
  // no window before the start, so one still in date (inside its review period) on the day it starts stands for it.
  if (start !== null && child.placementArrangement === 'planned') {
    const inDateFrom = londonDay(plusLondonMonths(londonDayStart(start), -rule.reviewEveryMonths));
    if (!answered(inDateFrom))
      out.push({
        reason: `Planned placement from ${child.placementStartedOn}: before it starts`,
        dueDay: start - 1,
      });
  }
  const lastMim = meetings
    .filter((m) => m.kind === 'mim' && m.heldAt <= asOfMs)
    .reduce<number | null>((at, m) => (at === null || m.heldAt > at ? m.heldAt : at), null);
  if (lastMim !== null && latest !== null && !answered(londonDay(lastMim)))
    out.push({
      reason: `A MIM was held on ${isoDateFromDay(londonDay(lastMim))}: review after each MIM`,
      dueDay: null,
    });
  const review = riskReviewDueDay(rule, assessedOn);
  if (review !== null && londonDay(asOfMs) >= review - rule.noticeDays)
    out.push({
      reason: `Last assessed ${isoDateFromDay(latest!)}: reviewed at least every ${rule.reviewEveryMonths} months`,
      dueDay: review,
    });
  return out;
}

/** The due rule as one prompt for Due and the child page: the earliest deadline of what is outstanding, every reason. */
export function riskAssessmentPrompts(
  rule: RiskAssessmentRule,
  child: ChildFacts,
  episodes: readonly ParsedEpisode[],
  meetings: readonly ParsedMeeting[],
  assessedOn: readonly string[],
  asOfMs: number,
): Prompt[] {
  if (rule.lookedAfterOnly && child.legalStatus !== 'child-in-care') return [];
  const due = requirements(rule, child, episodes, meetings, assessedOn, asOfMs);
  if (due.length === 0) return [];
  const days = due.map((r) => r.dueDay).filter((d): d is number => d !== null);
  const dueBy = days.length === 0 ? null : isoDateFromDay(Math.min(...days));
  return [
    {
      kind: rule.type,
      episodeId: null,
      what: assessedOn.length === 0 ? rule.action : rule.reviewAction,
      reason: `${due.map((r) => r.reason).join('; ')} (${rule.source})`,
      dueBy,
      deadlineAt: dueBy === null ? null : deadlineMs(dueBy),
      chair: null,
      source: rule.source,
    },
  ];
}

/**
 * The instants the rule's answer changes by time alone, for protocol/state/nextChange.ts: the review entering its
 * notice period (its deadline passing is the prompt's own, which nextChange already reads).
 */
export function riskAssessmentInstants(rule: RiskAssessmentRule, assessedOn: readonly string[]): number[] {
  const review = riskReviewDueDay(rule, assessedOn);
  return review === null ? [] : [londonDayStart(review - rule.noticeDays)];
}
