import { hash } from 'node:crypto';
import {
  dueEvaluationOf,
  evaluateChild,
  type DueEvaluation,
  type ProtocolProfile,
} from '../../../../shared/protocol';
import type { EvaluateChildInput, UpcomingClock } from '../../../../shared/protocol/types';
import { ENGINE_FINGERPRINT } from './engine';
import { duePartText, storedLookBack } from './storedText';

/** The look-back's answer, as the Due list reads it and with what nextChangeAt reads of it beside. */
export type LookBackAnswer = DueEvaluation & { upcoming: readonly UpcomingClock[] };

/** What a child's stored state holds of its last look-back answer (dueQueries.ts storedDueParts). */
export interface StoredDuePart {
  engine: string;
  due_evaluation: string | null;
  evaluated_at: string;
  next_change_at: string | null;
}

// A profile's text, fingerprinted once per profile object: the shipped ones are the same objects every time.
const profileFingerprints = new WeakMap<ProtocolProfile, string>();
const fingerprintOf = (profile: ProtocolProfile) => {
  let fingerprint = profileFingerprints.get(profile);
  if (fingerprint === undefined) {
    fingerprint = hash('sha1', JSON.stringify(profile));
    profileFingerprints.set(profile, fingerprint);
  }
  return fingerprint;
};

/**
 * Look-back answers of fewer episodes are not fingerprinted: their evaluation costs little more than the fingerprint
 * (5 episodes: about 25 us against 7), and an import's 20,000 new children are spared it. Counted in the look-back,
 * so that a child's answer is stored the same way whether an import made it or a re-evaluation (created-state test).
 */
const FINGERPRINTED_FROM = 20;

/** Everything the look-back's evaluation reads but the instant, as one fingerprint. */
function inputsOf(input: Omit<EvaluateChildInput, 'asOf'>): string {
  const { profile, ...facts } = input;
  // SHA-1 in one call: a fingerprint, not a secret, and a 500-episode child's facts are about 90 KB of JSON.
  return hash('sha1', `${fingerprintOf(profile)}${JSON.stringify(facts)}`);
}

/**
 * The answer on the Due list's look-back, and its stored text. A child whose episodes are not all in the look-back
 * is evaluated twice, once on its whole history (the header) and once on the look-back (Due, the board): an edit of
 * an episode outside the look-back (the bench's, on a child with 500 episodes) changes the first alone. The stored
 * look-back answer is taken again when it was made from the same inputs (a fingerprint stored with it) and still
 * holds as of now (evaluated at or before now, its next change not come: every answer the store keeps is taken as
 * of now on the same ground, read.ts). Its `upcoming` clocks are stored beside it for nextChangeAt.
 */
export function lookBackAnswer(
  input: EvaluateChildInput,
  was: StoredDuePart | undefined,
): { answer: LookBackAnswer; duePart: DueEvaluation; text: string } {
  const evaluate = () => {
    const evaluation = evaluateChild(input);
    return { evaluation, duePart: dueEvaluationOf(evaluation) };
  };
  if (input.episodes.length < FINGERPRINTED_FROM) {
    const { evaluation, duePart } = evaluate();
    return { answer: evaluation, duePart, text: duePartText(duePart) };
  }
  const { asOf, ...rest } = input;
  const inputs = inputsOf(rest);
  const holds =
    was !== undefined &&
    was.engine === ENGINE_FINGERPRINT &&
    was.evaluated_at <= asOf &&
    (was.next_change_at === null || was.next_change_at > asOf);
  const text = holds ? was.due_evaluation : null;
  const stored = text === null ? null : storedLookBack(text, inputs);
  if (text !== null && stored !== null) return { answer: stored, duePart: stored, text };
  const { evaluation, duePart } = evaluate();
  return {
    answer: evaluation,
    duePart,
    text: duePartText(duePart, { inputs, upcoming: evaluation.upcoming }),
  };
}
