import { formatTimeAndDay } from './format';
import { DAY_MS, plusLondonMonths, toIsoInstant } from './london';
import type { ParsedEpisode, ParsedMeeting } from './parsed';
import { isSatisfied } from './parsed';
import type { ProtocolProfile, PromptRule } from './schema';
import { riskAssessmentPrompts } from './riskAssessmentRule';
import { windowWords } from './stage';
import type { ChildFacts, Prompt, ProtocolLabel } from './types';

/**
 * Prompts from recorded facts (ST 13.3, 10.4, 23.3): what the protocol says to consider or start once a fact is on
 * the record. The chair decides; a strategy meeting held since clears the strategy prompts, and the UASC review
 * runs while the child stays missing.
 */
export function evaluatePrompts(
  profile: ProtocolProfile,
  child: ChildFacts,
  episodes: readonly ParsedEpisode[],
  inWindow: readonly ParsedEpisode[],
  asOfMs: number,
  meetings: readonly ParsedMeeting[],
  riskAssessedOn: readonly string[] = [],
): Prompt[] {
  const prompts: Prompt[] = [];
  for (const rule of profile.prompts)
    prompts.push(
      ...(rule.type === 'risk-assessment'
        ? riskAssessmentPrompts(rule, child, episodes, meetings, riskAssessedOn, asOfMs)
        : promptsOf(rule, profile, child, episodes, inWindow, asOfMs, meetings)),
    );
  return prompts;
}

function promptsOf(
  rule: Exclude<PromptRule, { type: 'risk-assessment' }>,
  profile: ProtocolProfile,
  child: ChildFacts,
  episodes: readonly ParsedEpisode[],
  inWindow: readonly ParsedEpisode[],
  asOfMs: number,
  meetings: readonly ParsedMeeting[],
): Prompt[] {
  const base = { kind: rule.type, dueBy: null, deadlineAt: null, chair: null, source: rule.source };
  switch (rule.type) {
    case 'pattern-developing': {
      const first = inWindow[0];
      if (inWindow.length < rule.episodes || first === undefined) return [];
      if (isSatisfied(meetings, 'strategy', first.reported, null)) return [];
      return [
        {
          ...base,
          episodeId: inWindow.at(-1)?.id ?? null,
          what: rule.action,
          reason: `A pattern of going missing may be developing: ${inWindow.length} episodes in ${windowWords(profile)} (${rule.source})`,
        },
      ];
    }
    case 'trafficking-concern':
      return episodes
        .filter((e) => e.traffickingConcern && !isSatisfied(meetings, 'strategy', e.reported, null))
        .map((e) => ({
          ...base,
          episodeId: e.id,
          what: rule.actions.join('; '),
          reason: `Trafficking suspected in the episode reported ${formatTimeAndDay(e.reported, asOfMs)} (${rule.source})`,
        }));
    case 'uasc-review': {
      if (child.unaccompaniedAsylumSeeking !== true) return [];
      const longTermMs = profile.longTermMissing.afterDays * DAY_MS;
      return episodes
        .filter((e) => e.returned === null && asOfMs - e.reported >= longTermMs)
        .map((e) => {
          // Reviews fall every `everyMonths` from the report; the one shown is the next still to come.
          let due = plusLondonMonths(e.reported, rule.everyMonths);
          for (let n = 2; due < asOfMs; n++) due = plusLondonMonths(e.reported, rule.everyMonths * n);
          return {
            ...base,
            episodeId: e.id,
            what: rule.action,
            chair: rule.chair,
            dueBy: toIsoInstant(due),
            deadlineAt: due,
            reason: `Unaccompanied asylum-seeking child, long-term missing since ${formatTimeAndDay(
              e.reported + longTermMs,
              asOfMs,
            )} (${rule.source})`,
          };
        });
    }
    case 'referral-above-count': {
      const last = inWindow.at(-1);
      if (inWindow.length <= rule.moreThan || last === undefined) return [];
      if (child.legalStatus && rule.openStatuses.includes(child.legalStatus)) return [];
      return [
        {
          ...base,
          episodeId: last.id,
          what: rule.action,
          reason: `Not open to social care, and ${inWindow.length} episodes in ${windowWords(profile)}: more than ${rule.moreThan} (${rule.source})`,
        },
      ];
    }
    case 'non-engagement-review': {
      const ended = episodes.filter((e) => e.outcome !== null);
      const lastFew = ended.slice(-rule.consecutive);
      const last = lastFew.at(-1);
      if (lastFew.length < rule.consecutive || last === undefined) return [];
      if (!lastFew.every((e) => e.outcome !== null && (rule.outcomes as string[]).includes(e.outcome)))
        return [];
      if (isSatisfied(meetings, rule.clearedBy, last.returned ?? last.reported, null)) return [];
      return [
        {
          ...base,
          episodeId: last.id,
          what: rule.action,
          reason: `The last ${rule.consecutive} return conversations were not taken up (${rule.source})`,
        },
      ];
    }
    case 'repeat-missing':
      // A label on the child (protocolLabels below), not something to do.
      return [];
  }
}

/**
 * What the protocol calls the child from the record, shown beside the stage: W-CP 2.0's "repeat missing". A label
 * asks nothing of anyone, so it is not on Due.
 */
export function protocolLabels(
  profile: ProtocolProfile,
  episodes: readonly ParsedEpisode[],
  asOfMs: number,
): ProtocolLabel[] {
  const labels: ProtocolLabel[] = [];
  for (const rule of profile.prompts) {
    if (rule.type !== 'repeat-missing') continue;
    // An episode counts until the same instant `months` later (London calendar months), when it leaves the count.
    const reports = episodes.filter(
      (e) =>
        profile.countingCategories.includes(e.category) && plusLondonMonths(e.reported, rule.months) > asOfMs,
    );
    if (reports.length <= rule.moreThan) continue;
    labels.push({
      kind: rule.type,
      label: 'Repeat missing',
      reason: `Reported missing ${reports.length} times in the previous ${rule.months} months (${rule.source})`,
      source: rule.source,
    });
  }
  return labels;
}
