import {
  getProfile,
  isProfileId,
  listProfiles,
  protocolProfileSchema,
  type ProtocolProfile,
} from '../../../shared/protocol';
import type { Child } from '../../../shared/domain/child';
import type { BackendContext } from '../context';
import { DomainError, fromZod, notFound } from '../errors';
import { readSetting, writeSetting } from '../settings/settings';
import { DEFAULT_PROFILE_ID } from '../settings/settings';

const KEY = 'protocolProfile:';

/**
 * Which authority's children follow which shipped profile when a child has none of its own. East Midlands councils
 * share the cross-border overlay. A council adds its own authorities with its own profile (settings key
 * authorityProfiles), which wins over these.
 */
const SHIPPED_AUTHORITIES: Record<string, string> = {
  'Warwickshire County Council': 'warwickshire',
  'Staffordshire County Council': 'staffordshire',
  'Stoke-on-Trent City Council': 'stoke-on-trent',
  'Wigan Council': 'wigan',
  'Derbyshire County Council': 'east-midlands',
  'Derby City Council': 'east-midlands',
  'Leicestershire County Council': 'east-midlands',
  'Leicester City Council': 'east-midlands',
  'Lincolnshire County Council': 'east-midlands',
  'North Lincolnshire Council': 'east-midlands',
  'North East Lincolnshire Council': 'east-midlands',
  'Northamptonshire County Council': 'east-midlands',
  'Nottinghamshire County Council': 'east-midlands',
  'Nottingham City Council': 'east-midlands',
  'Rutland County Council': 'east-midlands',
};

export function customProfiles(ctx: BackendContext): ProtocolProfile[] {
  const rows = ctx.db
    .prepare('SELECT value FROM settings WHERE key LIKE ? ORDER BY key')
    .all(`${KEY}%`) as Array<{ value: string }>;
  // Stored profiles were validated when saved; parse again so a hand-edited database cannot feed the engine junk.
  return rows.flatMap((r) => {
    const parsed = protocolProfileSchema.safeParse(JSON.parse(r.value));
    return parsed.success ? [parsed.data] : [];
  });
}

export function findProfile(ctx: BackendContext, id: string): ProtocolProfile | undefined {
  if (isProfileId(id)) return getProfile(id);
  return customProfiles(ctx).find((p) => p.id === id);
}

export function authorityProfiles(ctx: BackendContext): Record<string, string> {
  const own = readSetting(ctx.db, 'authorityProfiles');
  return { ...SHIPPED_AUTHORITIES, ...(own ? (JSON.parse(own) as Record<string, string>) : {}) };
}

export function defaultProfileId(ctx: BackendContext): string {
  const id = readSetting(ctx.db, 'defaultProfileId') ?? DEFAULT_PROFILE_ID;
  return findProfile(ctx, id) ? id : DEFAULT_PROFILE_ID;
}

const normalise = (authority: string) => authority.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Resolves profiles for many children with one read of the settings: the child's own profile; else, for a child
 * placed in another authority's area, the host authority's (EM protocol; ST 3.3-3.4); else the placing authority's;
 * else the default.
 */
export function profileResolver(ctx: BackendContext) {
  const mapping = new Map(Object.entries(authorityProfiles(ctx)).map(([a, id]) => [normalise(a), id]));
  const byId = new Map<string, ProtocolProfile>(
    [...listProfiles(), ...customProfiles(ctx)].map((p) => [p.id, p]),
  );
  const fallback = byId.get(defaultProfileId(ctx)) ?? getProfile(DEFAULT_PROFILE_ID);
  const forAuthority = (authority: string | null) => {
    const id = authority ? mapping.get(normalise(authority)) : undefined;
    return id ? byId.get(id) : undefined;
  };
  return (child: Pick<Child, 'protocolProfileId' | 'placingAuthority' | 'hostAuthority'>) => {
    const own = child.protocolProfileId ? byId.get(child.protocolProfileId) : undefined;
    if (own) return { profile: own, because: 'chosen for this child' };
    const placed =
      child.hostAuthority && normalise(child.hostAuthority) !== normalise(child.placingAuthority);
    const host = placed ? forAuthority(child.hostAuthority) : undefined;
    if (host)
      return {
        profile: host,
        because: `placed in ${child.hostAuthority}: the host authority’s protocol applies`,
      };
    const placing = forAuthority(child.placingAuthority);
    if (placing) return { profile: placing, because: `${child.placingAuthority}’s protocol` };
    return { profile: fallback, because: 'the default profile' };
  };
}

export function saveCustomProfile(ctx: BackendContext, raw: unknown): ProtocolProfile {
  const parsed = protocolProfileSchema.safeParse(raw);
  if (!parsed.success) throw fromZod(parsed.error, 'profile');
  const profile = parsed.data;
  if (isProfileId(profile.id)) {
    throw new DomainError(
      'conflict',
      `“${profile.id}” is a shipped profile and cannot be changed: duplicate it under a new id.`,
      [{ field: 'profile.id', message: 'is a shipped profile' }],
    );
  }
  writeSetting(ctx.db, `${KEY}${profile.id}`, JSON.stringify(profile));
  return profile;
}

export function deleteCustomProfile(ctx: BackendContext, id: string): void {
  if (isProfileId(id)) throw new DomainError('conflict', 'A shipped profile cannot be deleted.');
  if (!readSetting(ctx.db, `${KEY}${id}`)) throw notFound('The profile');
  if (defaultProfileId(ctx) === id)
    throw new DomainError('conflict', 'This profile is the default: choose another default first.');
  writeSetting(ctx.db, `${KEY}${id}`, null);
}
