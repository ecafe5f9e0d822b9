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

export async function customProfiles(ctx: BackendContext): Promise<ProtocolProfile[]> {
  const rows = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('key', 'like', `${KEY}%`)
    .orderBy('key')
    .execute();
  // Stored profiles were validated when saved; parse again so a hand-edited database cannot feed the engine junk.
  return rows.flatMap((r) => {
    const parsed = protocolProfileSchema.safeParse(JSON.parse(r.value));
    return parsed.success ? [parsed.data] : [];
  });
}

export async function findProfile(ctx: BackendContext, id: string): Promise<ProtocolProfile | undefined> {
  if (isProfileId(id)) return getProfile(id);
  return (await customProfiles(ctx)).find((p) => p.id === id);
}

export async function authorityProfiles(ctx: BackendContext): Promise<Record<string, string>> {
  const own = await readSetting(ctx.db, 'authorityProfiles');
  return { ...SHIPPED_AUTHORITIES, ...(own ? (JSON.parse(own) as Record<string, string>) : {}) };
}

export async function defaultProfileId(ctx: BackendContext): Promise<string> {
  const id = (await readSetting(ctx.db, 'defaultProfileId')) ?? DEFAULT_PROFILE_ID;
  return (await findProfile(ctx, id)) ? id : DEFAULT_PROFILE_ID;
}

const normalise = (authority: string) => authority.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Resolves profiles for many children with one read of the settings: the child's own profile; else, for a child
 * placed in another authority's area, the host authority's (EM protocol; ST 3.3-3.4); else the placing authority's;
 * else the default.
 */
export async function profileResolver(ctx: BackendContext) {
  const mapping = new Map(Object.entries(await authorityProfiles(ctx)).map(([a, id]) => [normalise(a), id]));
  const byId = new Map<string, ProtocolProfile>(
    [...listProfiles(), ...(await customProfiles(ctx))].map((p) => [p.id, p]),
  );
  const fallback = byId.get(await defaultProfileId(ctx)) ?? getProfile(DEFAULT_PROFILE_ID);
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

export async function saveCustomProfile(ctx: BackendContext, raw: unknown): Promise<ProtocolProfile> {
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
  await writeSetting(ctx.db, `${KEY}${profile.id}`, JSON.stringify(profile));
  return profile;
}

export async function deleteCustomProfile(ctx: BackendContext, id: string): Promise<void> {
  if (isProfileId(id)) throw new DomainError('conflict', 'A shipped profile cannot be deleted.');
  if (!(await readSetting(ctx.db, `${KEY}${id}`))) throw notFound('The profile');
  if ((await defaultProfileId(ctx)) === id)
    throw new DomainError('conflict', 'This profile is the default: choose another default first.');
  await writeSetting(ctx.db, `${KEY}${id}`, null);
}
