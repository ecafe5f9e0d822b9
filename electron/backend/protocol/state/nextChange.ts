import type { DueEvaluation, ProtocolProfile } from '../../../../shared/protocol';
import type {
  EpisodeFacts,
  EscalationFacts,
  MeetingHeld,
  StatutoryReviewHeld,
  UpcomingClock,
} from '../../../../shared/protocol/types';
import { civilFromDays, daysFromCivil } from '../../../../shared/protocol/civil';
import { returnInterviewDeadlineMs } from '../../../../shared/protocol/returnInterviewRule';
import { riskAssessmentInstants } from '../../../../shared/protocol/riskAssessmentRule';
import { windowEnd } from '../../../../shared/protocol/stage';
import {
  DAY_MS,
  HOUR_MS,
  dayFromIsoDate,
  londonDay,
  londonDayStart,
  parseInstant,
  plusLondonMonths,
} from '../../../../shared/protocol/london';

/** How far back the Due list, the board and the dashboard read episodes (protocol/evaluate.ts LOOKBACK_DAYS). */
export const LOOK_BACK_MS = 400 * DAY_MS;
/** Return items this long past their deadline leave Due and the board (RETURN_ITEMS_STALE_AFTER_DAYS). */
const STALE_MS = 30 * DAY_MS;

export interface ChangeInputs {
  profile: ProtocolProfile;
  dateOfBirth: string;
  episodes: readonly EpisodeFacts[];
  meetingsHeld: readonly MeetingHeld[];
  /** The child's risk assessments' dates (WG appendix a): the review's notice period starts by time alone. */
  riskAssessedOn?: readonly string[];
  /** Escalations recorded, refusals and minutes (shared/protocol/escalations.ts). */
  escalationFacts?: EscalationFacts;
  /** Statutory reviews held (ST 17.4): a review's day starts its IRO report, should one be dated ahead of now. */
  statutoryReviews?: readonly StatutoryReviewHeld[];
  /**
   * The answers as of `asOfMs` (the whole history's and the look-back's): their own deadlines are instants too. What
   * is read of them is the Due part and the clocks to come (a stored look-back answer has no more: lookBack.ts).
   */
  evaluations: ReadonlyArray<AnswerInstants>;
}

type AnswerInstants = DueEvaluation & { upcoming: readonly UpcomingClock[] };

const optional = (iso: string | null | undefined) => (iso ? parseInstant(iso) : null);

/**
 * The next instant after `asOfMs` at which the engine's answer for this child could differ by time alone, or null
 * when only an edit can change it. Every instant the engine compares `asOf` with is a candidate: the record's own
 * instants still to come (a report, a return, an interview or a meeting dated ahead), each episode's window passing
 * over it, each clock starting and each deadline passing (and the millisecond after, where "overdue" is `asOf >
 * deadline`), a standing meeting's next period, the next whole day of an open episode, the look-back and the Due
 * list's 30 days passing, the 18th birthday, and the next London midnight wherever a text names a day relative to
 * today. Taking a few instants too many only costs a re-evaluation that changes nothing; missing one would show a
 * stale answer, which the tests in test/unit/protocol/state*.test.ts look for at many instants.
 */
export function nextChangeAt(input: ChangeInputs, asOfMs: number): number | null {
  const { profile } = input;
  let next = Infinity;
  const consider = (ms: number) => {
    if (ms > asOfMs && ms < next) next = ms;
  };
  const hours = (h: number) => h * HOUR_MS;
  const maxOverHours = Math.max(0, ...profile.singleEpisodeTriggers.map((t) => t.overHours));
  let daysMatter = false;
  // Calendar arithmetic in London time is most of this function's cost, over every episode of a long history: an
  // instant it could give only at or before now is not computed, since it would not count. Each bound is above
  // any instant the arithmetic can give (a month at most 31 days, a clock change an hour; a day's margin).
  const windowMs =
    Math.max(0, profile.window.unit === 'days' ? profile.window.length : profile.window.length * 31) *
      DAY_MS +
    DAY_MS;
  const monthsMs = (months: number) => Math.max(0, months) * 31 * DAY_MS + DAY_MS;
  const windowEndAfterNow = (from: number) => from + windowMs > asOfMs && windowEnd(profile, from) > asOfMs;
  const considerWindowEnd = (from: number) => {
    if (from + windowMs > asOfMs) consider(windowEnd(profile, from));
  };

  for (const e of input.episodes) {
    const reported = parseInstant(e.reportedAt);
    const found = optional(e.foundAt);
    const held = optional(e.returnInterviewHeldAt);
    consider(reported);
    if (found !== null) consider(found);
    if (held !== null) consider(held);
    consider(reported + LOOK_BACK_MS + 1);
    considerWindowEnd(reported);
    // W-CP 2.0's "repeat missing" label counts reports for so many calendar months (prompts.ts protocolLabels).
    for (const rule of profile.prompts)
      if (rule.type === 'repeat-missing' && reported + monthsMs(rule.months) > asOfMs)
        consider(plusLondonMonths(reported, rule.months));
    for (const t of profile.singleEpisodeTriggers) {
      const passedAt = reported + hours(t.overHours);
      consider(passedAt);
      considerWindowEnd(passedAt);
    }
    const open = found === null || found > asOfMs;
    if (open || windowEndAfterNow(reported + hours(maxOverHours))) daysMatter = true;
    if (open) {
      for (const clock of profile.durationClocks) {
        const start = reported + hours(clock.afterHours);
        consider(start);
        const meeting = clock.meeting;
        if (meeting === null) continue;
        const recur = meeting.recurEveryHours;
        const period = recur === null || recur <= 0 ? 0 : hours(recur);
        const arisesAt =
          period > 0 && start <= asOfMs ? start + Math.floor((asOfMs - start) / period) * period : start;
        if (period > 0) consider(arisesAt + period);
        const dueBy = arisesAt + hours(meeting.dueAfterHours - clock.afterHours);
        consider(dueBy);
        consider(dueBy + 1);
      }
      consider(reported + profile.longTermMissing.afterDays * DAY_MS);
      if (profile.mimConsideration) consider(reported + hours(profile.mimConsideration.fromHours));
      // "now day N of the episode" and the long-term days count in whole elapsed days from the report.
      if (asOfMs >= reported) consider(reported + (Math.floor((asOfMs - reported) / DAY_MS) + 1) * DAY_MS);
    }
    // A notification rule's task appears at its report or return plus its hours (shared/protocol/notificationRules.ts).
    for (const rule of profile.notificationRules) {
      const from = rule.from === 'report' ? reported : found;
      if (from === null) continue;
      consider(from + hours(rule.afterHours));
      consider(Math.max(from, reported) + hours(rule.afterHours));
    }
    if (found !== null) {
      const returned = Math.max(found, reported);
      const dueBy = returnInterviewDeadlineMs(profile.returnInterview, returned);
      consider(dueBy + 1);
      consider(dueBy + STALE_MS + 1);
      for (const step of profile.returnInterview.steps) {
        const at = returned + hours(step.afterHours);
        consider(at);
        consider(at + 1);
        consider(at + STALE_MS + 1);
      }
    }
  }
  for (const m of input.meetingsHeld) consider(parseInstant(m.heldAt));
  for (const rule of profile.prompts)
    if (rule.type === 'risk-assessment')
      for (const at of riskAssessmentInstants(rule, input.riskAssessedOn ?? [])) consider(at);
  considerEscalations(input, consider);
  for (const r of input.statutoryReviews ?? []) consider(londonDayStart(dayFromIsoDate(r.heldOn)));
  for (const ev of input.evaluations) considerAnswer(ev, consider);
  // A prompt's reason names its episode's day relative to today ("yesterday 10:00"): it changes at midnight.
  if (input.evaluations.some((ev) => ev.prompts.length > 0)) daysMatter = true;

  // Out of scope on the London day of the birthday the profile names (evaluate.ts inScope).
  const born = civilFromDays(dayFromIsoDate(input.dateOfBirth));
  consider(londonDayStart(daysFromCivil(born.year + profile.scope.underAge, born.month, born.day)));
  if (daysMatter) consider(londonDayStart(londonDay(asOfMs) + 1));
  return next === Infinity ? null : next;
}

/** The answer's own deadlines and clocks: each flips "overdue" or "reached" as it passes. */
function considerAnswer(ev: AnswerInstants, consider: (ms: number) => void): void {
  for (const m of ev.meetings) {
    if (m.deadlineAt === null) continue;
    consider(m.deadlineAt);
    consider(m.deadlineAt + 1);
  }
  // A notification due by a day (ST 17.4's IRO report) is overdue from the deadline itself, an instant's after it.
  for (const n of ev.notifications) {
    consider(n.deadlineAt);
    consider(n.deadlineAt + 1);
  }
  for (const r of ev.returnInterviews) {
    consider(r.deadlineAt + 1);
    for (const s of r.steps) {
      consider(s.deadlineAt);
      consider(s.deadlineAt + 1);
    }
  }
  for (const u of ev.upcoming) consider(parseInstant(u.at));
  for (const p of ev.prompts) {
    if (p.deadlineAt === null) continue;
    consider(p.deadlineAt);
    consider(p.deadlineAt + 1);
  }
  for (const e of ev.escalations) {
    consider(e.deadlineAt);
    consider(e.deadlineAt + 1);
  }
}

/**
 * The escalations' instants (shared/protocol/escalations.ts): a refusal, an escalation recorded or minutes sent or
 * received dated ahead; and, for minutes not received, each step of the return interview's escalations from the
 * meeting held (the step's moment and the millisecond after, when it turns overdue).
 */
function considerEscalations(input: ChangeInputs, consider: (ms: number) => void): void {
  const facts = input.escalationFacts;
  if (facts === undefined) return;
  for (const r of facts.recorded) consider(parseInstant(r.at));
  for (const r of facts.refusals) {
    consider(parseInstant(r.refusedAt));
    consider(parseInstant(r.refusedAt) + 1);
  }
  const steps = input.profile.returnInterview.steps.filter((s) => s.type === 'escalate-at');
  for (const m of facts.minutes) {
    const held = parseInstant(m.heldAt);
    consider(held);
    if (m.sentAt !== null) consider(parseInstant(m.sentAt));
    if (m.receivedAt !== null) consider(parseInstant(m.receivedAt));
    for (const s of steps) {
      consider(held + s.afterHours * HOUR_MS);
      consider(held + s.afterHours * HOUR_MS + 1);
    }
  }
}
