import { chairFor } from './chair';
import { evaluateClocks } from './clocks';
import { civilFromDays, daysFromCivil } from './civil';
import {
  dayFromIsoDate,
  isoDateFromDay,
  londonDay,
  londonDayStart,
  parseInstant,
  toIsoInstant,
} from './london';
import { parseEpisodes, parseMeetings, parseNotificationsMade, isSatisfied } from './parsed';
import { evaluateEscalations, recordedEscalations } from './escalations';
import { evaluateNotificationRules } from './notificationRules';
import { evaluatePlacementNotice, evaluateStatutoryReviewReports } from './notices';
import { evaluatePrompts, protocolLabels } from './prompts';
import { evaluateReturnInterviews } from './returnInterviews';
import type { ProtocolProfile } from './schema';
import { computeStage } from './stage';
import type { ChildEvaluation, ChildFacts, EvaluateChildInput, RequiredMeeting, StageResult } from './types';
import { addWorkingDaysToDay } from './workingDays';

/**
 * Everything the child's protocol asks for as of `asOf`: the stage and its meeting, the clocks of open episodes,
 * return interviews and long-term missing. Pure: same input, same output.
 */
export function evaluateChild(input: EvaluateChildInput): ChildEvaluation {
  const { profile, child } = input;
  const asOfMs = parseInstant(input.asOf);
  const asOf = toIsoInstant(asOfMs);

  if (!inScope(profile, child, asOfMs)) {
    return {
      profileId: profile.id,
      asOf,
      inScope: false,
      stage: {
        level: 0,
        label: 'Outside the protocol',
        chair: null,
        episodeIds: [],
        reason: `Aged ${profile.scope.underAge} or over: the protocol covers children under ${profile.scope.underAge} (${profile.scope.source})`,
        reachedAt: null,
        source: profile.scope.source,
      },
      meetings: [],
      notifications: [],
      returnInterviews: [],
      longTermMissing: [],
      considerations: [],
      prompts: [],
      labels: [],
      escalations: [],
      upcoming: [],
      openEpisodeIds: [],
    };
  }

  const episodes = parseEpisodes(input.episodes, asOfMs);
  const meetingsHeld = parseMeetings(input.meetingsHeld, asOfMs);
  const computed = computeStage(profile, episodes, asOfMs, meetingsHeld);

  const episodeIds = computed.inWindow.map((e) => e.id);
  for (const long of computed.longEpisodes)
    if (!episodeIds.includes(long.episode.id)) episodeIds.push(long.episode.id);

  const stage: StageResult = {
    level: computed.level,
    label: computed.stage?.label ?? 'Below Stage 1',
    chair: computed.stage === null ? null : chairFor(computed.stage, child),
    episodeIds,
    reason: computed.reason,
    reachedAt: computed.reachedAt === null ? null : toIsoInstant(computed.reachedAt),
    source: computed.stage?.source ?? profile.window.source,
  };

  const meetings: RequiredMeeting[] = [];
  if (
    computed.stage !== null &&
    computed.reachedAt !== null &&
    !isSatisfied(meetingsHeld, computed.stage.meetingKind, computed.reachedAt, computed.stage.level)
  ) {
    const deadline = profile.meetingDeadline;
    const dueDay =
      deadline.type === 'working-days'
        ? addWorkingDaysToDay(londonDay(computed.reachedAt), deadline.days)
        : null;
    // The meeting names the episodes that called it first, then any since; the stage keeps today's window.
    const meetingEpisodeIds = computed.triggering.map((e) => e.id);
    for (const id of episodeIds) if (!meetingEpisodeIds.includes(id)) meetingEpisodeIds.push(id);
    meetings.push({
      kind: computed.stage.meetingKind,
      label: computed.stage.label,
      reason: computed.meetingReason,
      dueBy: dueDay === null ? null : isoDateFromDay(dueDay),
      // A working-day deadline runs to the end of that London day.
      deadlineAt: dueDay === null ? null : londonDayStart(dueDay + 1),
      deadlineWords: deadline.type === 'none' ? deadline.words : null,
      chair: stage.chair,
      episodeIds: meetingEpisodeIds,
      stageLevel: computed.stage.level,
      arisesAt: toIsoInstant(computed.reachedAt),
      source: `${computed.stage.source}; ${deadline.source}`,
    });
  }

  const made = parseNotificationsMade(input.notificationsMade, asOfMs);
  const clocks = evaluateClocks(profile, child, episodes, asOfMs, meetingsHeld, made);
  const notifications = [
    ...evaluateNotificationRules(profile, child, episodes, asOfMs, made),
    ...clocks.notifications,
    ...evaluateStatutoryReviewReports(profile, child, episodes, input.statutoryReviews ?? [], asOfMs, made),
    ...evaluatePlacementNotice(profile, child, made),
  ];
  meetings.push(...clocks.meetings);
  const escalated = recordedEscalations(input.escalationFacts, asOfMs);

  return {
    profileId: profile.id,
    asOf,
    inScope: true,
    stage,
    meetings,
    notifications,
    returnInterviews: evaluateReturnInterviews(profile, child, episodes, asOfMs, escalated),
    longTermMissing: clocks.longTermMissing,
    considerations: clocks.considerations,
    prompts: evaluatePrompts(
      profile,
      child,
      episodes,
      computed.inWindow,
      asOfMs,
      meetingsHeld,
      input.riskAssessedOn ?? [],
    ),
    labels: protocolLabels(profile, episodes, asOfMs),
    escalations: evaluateEscalations(profile, child, episodes, input.escalationFacts, asOfMs, escalated),
    upcoming: clocks.upcoming,
    openEpisodeIds: clocks.openEpisodeIds,
  };
}

/** Under the profile's age limit on the London calendar day of asOf (ST 3.2, WG 7); Warwickshire keeps care leavers. */
export function inScope(profile: ProtocolProfile, child: ChildFacts, asOfMs: number): boolean {
  const born = civilFromDays(dayFromIsoDate(child.dateOfBirth));
  // Born on 29 February: the birthday in a common year is 1 March, which daysFromCivil gives for 29 February.
  const limit = daysFromCivil(born.year + profile.scope.underAge, born.month, born.day);
  if (londonDay(asOfMs) < limit) return true;
  return profile.scope.careLeaversIncluded && child.legalStatus === 'care-leaver';
}
