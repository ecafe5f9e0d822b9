import { createHash } from 'node:crypto';
import { listProfiles } from '../../../../shared/protocol';

/**
 * Raise by one whenever a change to shared/protocol's code can change the answer for a record that did not change
 * (a new rule type, a changed reading). The shipped profiles are part of the fingerprint already, so a change of
 * their data needs no bump.
 */
// 3: the Due list's items are stored with each state (migration 0029); states written before have none.
export const ENGINE_REVISION = 3;

/**
 * The engine that wrote a stored state: its revision and the shipped profiles, hashed. A stored state written by
 * any other is stale (queries.ts staleChildIds), so the first sweep after an upgrade brings every child up to the
 * new rules. A council's own profiles are data in the database; saving one re-evaluates its children already.
 */
export const ENGINE_FINGERPRINT = createHash('sha256')
  .update(JSON.stringify({ revision: ENGINE_REVISION, profiles: listProfiles() }))
  .digest('hex')
  .slice(0, 16);
