import { protocolProfileSchema, type ProtocolProfile, type ProtocolProfileInput } from '../schema';

/** Validate a shipped profile at load time (a broken profile fails loudly, not at a child's meeting) and freeze it. */
export function defineProfile(input: ProtocolProfileInput): ProtocolProfile {
  return deepFreeze(protocolProfileSchema.parse(input));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
