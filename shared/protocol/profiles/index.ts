import type { ProtocolProfile } from '../schema';
import { eastMidlands } from './eastMidlands';
import { staffordshire } from './staffordshire';
import { stokeOnTrent } from './stokeOnTrent';
import { warwickshire } from './warwickshire';
import { wigan } from './wigan';

export const PROFILE_IDS = [
  'warwickshire',
  'staffordshire',
  'stoke-on-trent',
  'wigan',
  'east-midlands',
] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

const PROFILES: Readonly<Record<ProfileId, ProtocolProfile>> = {
  warwickshire,
  staffordshire,
  'stoke-on-trent': stokeOnTrent,
  wigan,
  'east-midlands': eastMidlands,
};

export const isProfileId = (id: string): id is ProfileId => Object.hasOwn(PROFILES, id);

/** A shipped profile. Shipped profiles are frozen: duplicate one to edit it. */
export function getProfile(id: ProfileId): ProtocolProfile {
  return PROFILES[id];
}

export function listProfiles(): ProtocolProfile[] {
  return PROFILE_IDS.map((id) => PROFILES[id]);
}

/** An editable copy of a profile under a new id, name and council (for an administrator adapting it). */
export function duplicateProfile(
  profile: ProtocolProfile,
  identity: { id: string; name: string; council: string },
): ProtocolProfile {
  return { ...structuredClone(profile), ...identity };
}

const normalise = (authority: string): string => authority.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Which profile a child follows. A child placed in another authority's area follows the host authority's protocol
 * (EM; ST 3.3-3.4); otherwise the placing authority's. `mapping` maps an authority name (any case) to a profile id.
 */
export function profileIdForChild(
  child: { placingAuthority?: string | null; hostAuthority?: string | null },
  mapping: Readonly<Record<string, string>>,
  fallbackId: string,
): string {
  const table = new Map(Object.entries(mapping).map(([authority, id]) => [normalise(authority), id]));
  for (const authority of [child.hostAuthority, child.placingAuthority]) {
    if (authority === null || authority === undefined || authority.trim() === '') continue;
    const id = table.get(normalise(authority));
    if (id !== undefined) return id;
  }
  return fallbackId;
}
