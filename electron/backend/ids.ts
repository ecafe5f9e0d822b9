import { randomInt, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/**
 * Ids that sort in the order they are given, for a bulk write (the import's 20,000 children and 100,000 episodes):
 * each B-tree keyed on them is then appended to, pages filled, rather than split at random. Each id keeps a random
 * UUID's first 24 characters (74 random bits, fixed for the sequence) and ends in a counter from a random start, as
 * 12 hex digits; the result has a UUID's shape and is as unlikely to meet another id as one.
 */
export function orderedIds(): () => string {
  const prefix = randomUUID().slice(0, 24);
  // Below 2^47, so the counter cannot outgrow its 12 digits (2^48) in any import.
  let next = randomInt(2 ** 47);
  return () => prefix + (next++).toString(16).padStart(12, '0');
}
