import { formatTimeAndDay } from './format';
import { DAY_MS, plusLondonMonths, toIsoInstant } from './london';
import type { ParsedEpisode, ParsedMeeting } from './parsed';
import { isSatisfied } from './parsed';
import type { ProtocolProfile, PromptRule } from './schema';
import { riskAssessmentPrompts } from './riskAssessmentRule';
import { windowWords } from './stage';
import type { ChildFacts, Prompt } from './types';

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
  }
}
