import { createContext, useContext, useEffect, useState } from 'react';
import type { ReturnInterviewRules } from '../../../shared/protocol/returnInterviewRule';
import { call } from '../api/client';

/** The return-interview rule of the child on this page, from their protocol profile; null while it loads. */
export const ReturnInterviewRulesContext = createContext<ReturnInterviewRules | null>(null);

export const useReturnInterviewRules = (): ReturnInterviewRules | null =>
  useContext(ReturnInterviewRulesContext);

/**
 * Reads which profile the child follows and that profile's rule, so the chronology counts the same hours Due does.
 * `reloadKey` changes when the child's details are saved (the profile may have changed with the authority).
 */
export function useChildReturnInterviewRules(
  childId: string,
  reloadKey: unknown,
): ReturnInterviewRules | null {
  const [rules, setRules] = useState<{ childId: string; rules: ReturnInterviewRules } | null>(null);
  useEffect(() => {
    let current = true;
    call('protocol.child', { childId })
      .then(({ profile }) => call('protocol.getProfile', { id: profile.id }))
      .then(
        (profile) =>
          current && setRules({ childId, rules: { dueWithinHours: profile.returnInterview.dueWithinHours } }),
        // The cells keep saying "checking" rather than guess a number of hours; the protocol panel shows the error.
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [childId, reloadKey]);
  return rules?.childId === childId ? rules.rules : null;
}
