import { HOUR_MS, toIsoInstant } from './london';
import type { ParsedEpisode } from './parsed';
import { returnInterviewClosed, returnInterviewDeadlineMs } from './returnInterviewRule';
import { returnStepEscalationKey } from './escalationKeys';
import type { ProtocolProfile, ReturnStep } from './schema';
import type { ChildFacts, ReturnInterviewDue, ReturnStepDue } from './types';

/**
 * Return interviews: offered after every episode of the categories the profile's protocol names (W-CP 7.0, WG 9 and
 * ST 13.5: after going missing; EM: the lower threshold, absent too), by the one rule in returnInterviewRule.ts
 * (the profile's hours; not offered is still due).
 */

const normalise = (authority: string | null | undefined): string => (authority ?? '').trim().toLowerCase();

/** Placed by another authority: a host authority is recorded and differs from the placing authority (EM). */
export function isPlacedChild(child: ChildFacts): boolean {
  const host = normalise(child.hostAuthority);
  return host !== '' && host !== normalise(child.placingAuthority);
}

function stepApplies(step: ReturnStep, child: ChildFacts): boolean {
  if (step.placedChildrenOnly && !isPlacedChild(child)) return false;
  const status = child.legalStatus ?? null;
  return step.legalStatuses === null || status === null || step.legalStatuses.includes(status);
}

export function evaluateReturnInterviews(
  profile: ProtocolProfile,
  child: ChildFacts,
  episodes: readonly ParsedEpisode[],
  asOfMs: number,
  /** Escalations recorded in the log (escalations.ts keys): a step escalated is no longer a task. */
  escalated: ReadonlySet<string> = new Set(),
): ReturnInterviewDue[] {
  const rules = profile.returnInterview;
  const steps = rules.steps.filter((s) => stepApplies(s, child));
  const due: ReturnInterviewDue[] = [];
  for (const episode of episodes) {
    const returned = episode.returned;
    if (returned === null || returnInterviewClosed(episode.interviewHeld, episode.outcome)) continue;
    if (!profile.returnInterviewCategories.includes(episode.category)) continue;
    const dueBy = returnInterviewDeadlineMs(rules, returned);
    due.push({
      episodeId: episode.id,
      returnedAt: toIsoInstant(returned),
      dueBy: toIsoInstant(dueBy),
      deadlineAt: dueBy,
      overdue: asOfMs > dueBy,
      name: rules.name,
      shortName: rules.shortName,
      steps: steps.map((step): ReturnStepDue => {
        const at = returned + step.afterHours * HOUR_MS;
        return {
          id: step.id,
          type: step.type,
          role: step.role,
          action: step.action,
          dueBy: toIsoInstant(at),
          deadlineAt: at,
          // A 'by' step is due from the return; an escalation only once its day comes.
          reached: step.type === 'by' || at <= asOfMs,
          overdue: asOfMs > at,
          source: step.source,
          escalated:
            step.type === 'escalate-at' && escalated.has(returnStepEscalationKey(episode.id, step.id)),
        };
      }),
    });
  }
  return due;
}
