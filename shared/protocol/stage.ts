import type { EpisodeCategory } from '../domain/episode';
import { formatShortDay, formatTimeAndDay } from './format';
import { HOUR_MS, londonDay, plusLondonDays, plusLondonMonths } from './london';
import type { ParsedEpisode, ParsedMeeting } from './parsed';
import { isSatisfied } from './parsed';
import type { ProtocolProfile, ProtocolStage } from './schema';
import type { StageLevel } from './types';

/**
 * The stage a child stands at: counting episodes in a rolling window (W-KC, ST 13.18-13.20, WG 11, EM), a single
 * long episode where the protocol says so (WG 11), and escalation when episodes continue after the meeting held
 * for the stage below (WG 11, EM).
 *
 * An episode counts from its report until the window has passed over it: for a 90-day window, until the same
 * London wall-clock time 90 days later (exclusive). A calendar-month window (Wigan) is the same in months.
 */
export interface StageComputation {
  level: StageLevel;
  stage: ProtocolStage | null;
  /** Start of the current run at or above `level`: when the requirement for its meeting arose. */
  reachedAt: number | null;
  inWindow: ParsedEpisode[];
  /** Long episodes currently reaching a stage on their own, with the moment they passed the limit. */
  longEpisodes: Array<{ episode: ParsedEpisode; passedAt: number; overHours: number }>;
  continued: { episode: ParsedEpisode; meeting: ParsedMeeting; previous: ProtocolStage } | null;
  reason: string;
  /** The episodes that brought the child to the stage: those counting at `reachedAt` (oldest first). */
  triggering: ParsedEpisode[];
  /** Why the stage's meeting is due: the date the stage was reached and the episodes that reached it. */
  meetingReason: string;
}

interface Event {
  t: number;
  count: number;
  longLevel: number;
  long: number;
}

export function windowEnd(profile: ProtocolProfile, ms: number): number {
  const { length, unit } = profile.window;
  return unit === 'days' ? plusLondonDays(ms, length) : plusLondonMonths(ms, length);
}

export function windowWords(profile: ProtocolProfile): string {
  const { length, unit } = profile.window;
  if (unit === 'days') return `${length} days`;
  return length === 1 ? '1 month' : `${length} months`;
}

const CATEGORY_WORDS: Record<EpisodeCategory, string> = {
  missing: 'missing',
  absent: 'absent',
  away: 'away-from-placement',
};

export function categoryWords(categories: readonly EpisodeCategory[]): string {
  const words = categories.map((c) => CATEGORY_WORDS[c]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}

export function computeStage(
  profile: ProtocolProfile,
  episodes: readonly ParsedEpisode[],
  asOfMs: number,
  meetings: readonly ParsedMeeting[],
): StageComputation {
  const counting = profile.countingCategories;
  const countStages = profile.stages.filter((s) => s.trigger.type === 'count');
  const events: Event[] = [];
  const inWindow: ParsedEpisode[] = [];
  const longEpisodes: StageComputation['longEpisodes'] = [];

  for (const e of episodes) {
    if (!counting.includes(e.category)) continue;
    const end = windowEnd(profile, e.reported);
    events.push({ t: e.reported, count: 1, longLevel: 0, long: 0 });
    if (end <= asOfMs) events.push({ t: end, count: -1, longLevel: 0, long: 0 });
    else inWindow.push(e);

    for (const trigger of profile.singleEpisodeTriggers) {
      // "1 period exceeding 24 hours" (WG 11): still missing when the limit passes.
      const passedAt = e.reported + trigger.overHours * HOUR_MS;
      if (passedAt > asOfMs || (e.returned !== null && e.returned <= passedAt)) continue;
      // Reached while the episode lasts, and for a window's length after it passed the limit.
      const activeUntil = e.returned === null ? Infinity : Math.max(windowEnd(profile, passedAt), e.returned);
      events.push({ t: passedAt, count: 0, longLevel: trigger.stageLevel, long: 1 });
      if (activeUntil <= asOfMs)
        events.push({ t: activeUntil, count: 0, longLevel: trigger.stageLevel, long: -1 });
      else longEpisodes.push({ episode: e, passedAt, overHours: trigger.overHours });
    }
  }

  // Sweep through time to find when the child last came to each level (the start of the current run).
  events.sort((a, b) => a.t - b.t);
  const runStart: Array<number | null> = [null, null, null, null];
  const longActive = [0, 0, 0, 0];
  let count = 0;
  let level = 0;
  for (let i = 0; i < events.length;) {
    const t = events[i]?.t ?? 0;
    for (; i < events.length && events[i]?.t === t; i++) {
      const ev = events[i];
      if (ev === undefined) continue;
      count += ev.count;
      longActive[ev.longLevel] = (longActive[ev.longLevel] ?? 0) + ev.long;
    }
    let next = 0;
    for (const s of countStages)
      if (s.trigger.type === 'count' && count >= s.trigger.threshold) next = s.level;
    for (let l = 1; l <= 3; l++) if ((longActive[l] ?? 0) > 0 && l > next) next = l;
    for (let l = 1; l <= 3; l++) {
      if (next >= l && level < l) runStart[l] = t;
      else if (next < l) runStart[l] = null;
    }
    level = next;
  }

  let stage = profile.stages.find((s) => s.level === level) ?? null;
  let reachedAt = level > 0 ? (runStart[level] ?? null) : null;
  let continued: StageComputation['continued'] = null;

  // Escalation stages: a further counting episode after the meeting for the stage below (WG 11, EM).
  for (let index = 1; index < profile.stages.length; index++) {
    const candidate = profile.stages[index];
    const previous = profile.stages[index - 1];
    if (candidate?.trigger.type !== 'continued-after-meeting' || previous === undefined) continue;
    if (stage === null || stage.level !== previous.level || reachedAt === null) break;
    const since = reachedAt;
    const meeting = meetings.find((m) => isSatisfied([m], previous.meetingKind, since, previous.level));
    if (meeting === undefined) break;
    const further = inWindow.find((e) => e.reported > meeting.heldAt);
    if (further === undefined) break;
    stage = candidate;
    reachedAt = further.reported;
    continued = { episode: further, meeting, previous };
  }

  const finalLevel: StageLevel = stage?.level ?? 0;
  const triggering = triggeringEpisodes(profile, episodes, reachedAt, longEpisodes, continued);
  return {
    triggering,
    meetingReason:
      reachedAt === null
        ? ''
        : meetingReason(profile, reachedAt, triggering, inWindow, longEpisodes, continued, asOfMs),
    level: finalLevel,
    stage,
    reachedAt,
    inWindow,
    longEpisodes,
    continued,
    reason: stageReason(profile, finalLevel, inWindow, longEpisodes, continued, asOfMs),
  };
}

function stageReason(
  profile: ProtocolProfile,
  level: number,
  inWindow: readonly ParsedEpisode[],
  longEpisodes: StageComputation['longEpisodes'],
  continued: StageComputation['continued'],
  asOfMs: number,
): string {
  const asOfDay = londonDay(asOfMs);
  const what = categoryWords(profile.countingCategories);
  const n = inWindow.length;
  const countPart =
    n === 0
      ? `No ${what} episodes in ${windowWords(profile)}`
      : `${n} ${what} ${n === 1 ? 'episode' : 'episodes'} in ${windowWords(profile)}: ${inWindow
          .map((e) => formatShortDay(londonDay(e.reported), asOfDay))
          .join(', ')}`;
  const parts: string[] = [];
  if (continued !== null) {
    parts.push(
      `a further ${what} episode on ${formatShortDay(londonDay(continued.episode.reported), asOfDay)} after the ${
        continued.previous.label
      } held on ${formatShortDay(londonDay(continued.meeting.heldAt), asOfDay)}`,
    );
  }
  if (level > 0) {
    for (const long of longEpisodes) {
      parts.push(
        `${what} for over ${long.overHours} hours from ${formatTimeAndDay(long.episode.reported, asOfMs)}${
          long.episode.returned === null ? ' (still missing)' : ''
        }`,
      );
    }
  }
  parts.push(countPart);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The counting episodes in the window at the moment the stage was reached, and the one that reached it alone. */
function triggeringEpisodes(
  profile: ProtocolProfile,
  episodes: readonly ParsedEpisode[],
  reachedAt: number | null,
  longEpisodes: StageComputation['longEpisodes'],
  continued: StageComputation['continued'],
): ParsedEpisode[] {
  if (reachedAt === null) return [];
  const counted = episodes.filter(
    (e) =>
      profile.countingCategories.includes(e.category) &&
      e.reported <= reachedAt &&
      windowEnd(profile, e.reported) > reachedAt,
  );
  const alone = [
    ...longEpisodes.filter((l) => l.passedAt === reachedAt).map((l) => l.episode),
    ...(continued === null ? [] : [continued.episode]),
  ];
  for (const e of alone) if (!counted.includes(e)) counted.push(e);
  return counted.sort((a, b) => a.reported - b.reported);
}

/**
 * "Reached on 30 Jul: 5 missing episodes in 90 days: 2 May, ..., 30 Jul; since then: 7 Sep": a MIM overdue since
 * the summer names the episodes that called it, not only the ones still in the window today.
 */
function meetingReason(
  profile: ProtocolProfile,
  reachedAt: number,
  triggering: readonly ParsedEpisode[],
  inWindow: readonly ParsedEpisode[],
  longEpisodes: StageComputation['longEpisodes'],
  continued: StageComputation['continued'],
  asOfMs: number,
): string {
  const asOfDay = londonDay(asOfMs);
  const day = (ms: number) => formatShortDay(londonDay(ms), asOfDay);
  const what = categoryWords(profile.countingCategories);
  const long = longEpisodes.find((l) => l.passedAt === reachedAt);
  let how: string;
  if (continued !== null) {
    how = `a further ${what} episode on ${day(continued.episode.reported)} after the ${continued.previous.label} held on ${day(continued.meeting.heldAt)}`;
  } else if (long !== undefined) {
    how = `${what} for over ${long.overHours} hours from ${formatTimeAndDay(long.episode.reported, asOfMs)}`;
  } else {
    const n = triggering.length;
    how = `${n} ${what} ${n === 1 ? 'episode' : 'episodes'} in ${windowWords(profile)}: ${triggering
      .map((e) => day(e.reported))
      .join(', ')}`;
  }
  const later = inWindow.filter((e) => e.reported > reachedAt);
  const since = later.length === 0 ? '' : `; since then: ${later.map((e) => day(e.reported)).join(', ')}`;
  return `Reached on ${day(reachedAt)} by ${how}${since}`;
}
