import { formatDay } from './format';
import { dayFromIsoDate, HOUR_MS, isoDateFromDay, londonDayStart, toIsoInstant } from './london';
import type { ParsedEpisode } from './parsed';
import { isNotificationMade } from './parsed';
import { isPlacedChild } from './returnInterviews';
import type { ProtocolProfile } from './schema';
import type { ChildFacts, Notification, StatutoryReviewHeld } from './types';
import { addWorkingDaysToDay } from './workingDays';

/** "Tue 3 Nov 2026": with its year always, so the reason reads the same whenever it is evaluated. */
const dayWithYear = (isoDate: string): string =>
  `${formatDay(dayFromIsoDate(isoDate))} ${isoDate.slice(0, 4)}`;

/**
 * A child the Due list, the board and the dashboard evaluate with no episode in the look-back: one placed at risk
 * (EM's notice is due before any episode). Every reader of "who is evaluated" asks this, so they cannot disagree.
 */
export const hasStandingNotice = (child: ChildFacts): boolean => child.placementMissingRisk === true;

/** What a record of the EM placement notice names as its subject: the placement, by the day it started. */
export const placementSubject = (placementStartedOn: string): string => `placement:${placementStartedOn}`;

/**
 * ST 17.4: for each statutory review held by asOf, the episodes of the rule's categories reported since the review
 * before (or since the placement began, if later: only episodes while living out of area) up to the end of the
 * review's day. Where there were any, the IRO's report is due `withinWorkingDays` after the review, until recorded.
 * The first review counts from the placement (or from the first record) since there is no review before it.
 */
export function evaluateStatutoryReviewReports(
  profile: ProtocolProfile,
  child: ChildFacts,
  episodes: readonly ParsedEpisode[],
  reviews: readonly StatutoryReviewHeld[],
  asOfMs: number,
  made: ReadonlySet<string>,
): Notification[] {
  const rule = profile.statutoryReviewReport;
  if (rule === null || reviews.length === 0) return [];
  if (rule.placedChildrenOnly && !isPlacedChild(child)) return [];
  const placedFrom =
    child.placementStartedOn === null || child.placementStartedOn === undefined
      ? -Infinity
      : londonDayStart(dayFromIsoDate(child.placementStartedOn));
  const held = reviews
    .map((r) => ({ id: r.id, heldOn: r.heldOn, day: dayFromIsoDate(r.heldOn) }))
    .filter((r) => londonDayStart(r.day) <= asOfMs)
    .sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: Notification[] = [];
  let previousEnd = -Infinity;
  for (const review of held) {
    const end = londonDayStart(review.day + 1);
    const since = Math.max(previousEnd, placedFrom);
    previousEnd = end;
    const count = episodes.filter(
      (e) => rule.categories.includes(e.category) && e.reported >= since && e.reported < end,
    ).length;
    if (count === 0 || isNotificationMade(made, review.id, rule.id, rule.role)) continue;
    const dueDay = addWorkingDaysToDay(review.day, rule.withinWorkingDays);
    out.push({
      role: rule.role,
      at: isoDateFromDay(dueDay),
      // A working-day deadline runs to the end of that London day, as a MIM's does.
      deadlineAt: londonDayStart(dueDay + 1),
      reason: `${rule.description}: statutory review held ${dayWithYear(review.heldOn)}, ${count} missing episode${count === 1 ? '' : 's'} since the review before`,
      episodeId: null,
      subjectId: review.id,
      notifiedBy: rule.notifiedBy,
      source: rule.source,
      ruleId: rule.id,
      quote: rule.quote,
    });
  }
  return out;
}

/**
 * EM: a placed child whom the placing authority judged at risk of going missing or CSE: the host authority's
 * Missing Children lead is to be told before the placement or within `withinHours` of it. Shown from the moment
 * the placement is recorded (before its day, for a planned one) until recorded as told.
 */
export function evaluatePlacementNotice(
  profile: ProtocolProfile,
  child: ChildFacts,
  made: ReadonlySet<string>,
): Notification[] {
  const rule = profile.placementNotice;
  const startedOn = child.placementStartedOn ?? null;
  if (rule === null || child.placementMissingRisk !== true || startedOn === null || !isPlacedChild(child))
    return [];
  const subject = placementSubject(startedOn);
  if (isNotificationMade(made, subject, rule.id, rule.role)) return [];
  const deadlineAt = londonDayStart(dayFromIsoDate(startedOn) + 1) + rule.withinHours * HOUR_MS;
  return [
    {
      role: rule.role,
      at: toIsoInstant(deadlineAt),
      deadlineAt,
      reason: `${rule.description} (placement from ${dayWithYear(startedOn)})`,
      episodeId: null,
      subjectId: subject,
      notifiedBy: rule.notifiedBy,
      source: rule.source,
      ruleId: rule.id,
      quote: rule.quote,
    },
  ];
}
