import type { ProtocolProfile } from './schema';

/**
 * The return-interview rule, from the child's protocol profile, in one place for every screen, the protocol engine,
 * the pack and the documents: due within the profile's elapsed hours of the return (72 in the shipped profiles:
 * W-CP 7.0, WG 9, ST 13.9). An interview held, declined or not engaged with is done with; one not yet offered
 * (or offered and accepted) is still due, so a "not offered" episode stays on Due and in the chronology alike.
 */
export type ReturnInterviewRules = Pick<ProtocolProfile['returnInterview'], 'dueWithinHours'>;

const HOUR_MS = 3_600_000;

/** Outcomes that close the interview without it being held. */
export const RETURN_INTERVIEW_CLOSING_OUTCOMES: ReadonlySet<string> = new Set(['declined', 'not-engaged']);

/** When the interview is due, from the return (elapsed time, so a clock change neither adds nor takes an hour). */
export const returnInterviewDeadlineMs = (rules: ReturnInterviewRules, returnedMs: number): number =>
  returnedMs + rules.dueWithinHours * HOUR_MS;

/** Held, declined or not engaged with: nothing more is due. */
export const returnInterviewClosed = (held: boolean, outcome: string | null): boolean =>
  held || (outcome !== null && RETURN_INTERVIEW_CLOSING_OUTCOMES.has(outcome));

/** Held within the profile's hours of the return. */
export const returnInterviewHeldInTime = (
  rules: ReturnInterviewRules,
  returnedMs: number,
  heldMs: number,
): boolean => heldMs <= returnInterviewDeadlineMs(rules, returnedMs);

export interface ReturnInterviewFacts {
  foundAt: string | null;
  returnInterview: { heldAt: string | null; outcome: string | null; notOfferedReason: string | null };
}

export type ReturnInterviewStanding =
  | { kind: 'not-returned' }
  | { kind: 'held'; heldAt: string; inTime: boolean }
  | { kind: 'closed'; outcome: string; reason: string | null }
  | { kind: 'due' | 'overdue'; dueBy: string; outcome: string | null };

/** Where one episode's return interview stands at `nowMs`, by the rule above. */
export function returnInterviewStanding(
  rules: ReturnInterviewRules,
  e: ReturnInterviewFacts,
  nowMs: number,
): ReturnInterviewStanding {
  if (!e.foundAt) return { kind: 'not-returned' };
  const returned = Date.parse(e.foundAt);
  const ri = e.returnInterview;
  if (ri.heldAt)
    return {
      kind: 'held',
      heldAt: ri.heldAt,
      inTime: returnInterviewHeldInTime(rules, returned, Date.parse(ri.heldAt)),
    };
  if (ri.outcome !== null && returnInterviewClosed(false, ri.outcome))
    return { kind: 'closed', outcome: ri.outcome, reason: ri.notOfferedReason };
  const dueBy = returnInterviewDeadlineMs(rules, returned);
  return {
    kind: nowMs > dueBy ? 'overdue' : 'due',
    dueBy: new Date(dueBy).toISOString(),
    outcome: ri.outcome,
  };
}
