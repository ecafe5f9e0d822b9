import { describe, expect, it } from 'vitest';
import {
  duplicateProfile,
  getProfile,
  isPlacedChild,
  listProfiles,
  PROFILE_IDS,
  profileIdForChild,
  protocolProfileSchema,
  type ProtocolProfile,
} from '../../../shared/protocol';

/** Every `source` string anywhere in a profile. */
function sources(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => sources(v, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'source' && typeof v === 'string') found.push(v);
      else sources(v, found);
    }
  }
  return found;
}

const copy = (profile: ProtocolProfile): Record<string, unknown> =>
  JSON.parse(
    JSON.stringify(duplicateProfile(profile, { id: 'test-council', name: 'Test', council: 'Test Council' })),
  ) as Record<string, unknown>;

describe('Shipped protocol profiles', () => {
  it('there are five, one per protocol, in a fixed order', () => {
    expect(listProfiles().map((p) => p.id)).toEqual([...PROFILE_IDS]);
    expect(PROFILE_IDS).toEqual([
      'warwickshire',
      'staffordshire',
      'stoke-on-trent',
      'wigan',
      'east-midlands',
    ]);
  });

  it.each(PROFILE_IDS)('%s validates, and survives a JSON round trip unchanged', (id) => {
    const profile = getProfile(id);
    const json = JSON.parse(JSON.stringify(profile)) as unknown;
    expect(protocolProfileSchema.parse(json)).toEqual(profile);
  });

  it.each(PROFILE_IDS)('%s cites a section of its protocol for every rule', (id) => {
    const profile = getProfile(id);
    const cited = sources(profile);
    expect(cited.length).toBeGreaterThan(5);
    for (const source of cited) expect(source).toMatch(/^(W-KC|W-CP|WG|ST|EM)([ :;]|$)/);
  });

  it('only missing episodes count by default; absent and away do not', () => {
    for (const profile of listProfiles()) expect(profile.countingCategories).toEqual(['missing']);
  });

  it('windows: 90 days, except Wigan’s one calendar month', () => {
    expect(listProfiles().map((p) => `${p.window.length} ${p.window.unit}`)).toEqual([
      '90 days',
      '90 days',
      '90 days',
      '1 months',
      '90 days',
    ]);
  });

  it('shipped profiles are frozen; a duplicate is editable and validates as another council', () => {
    const shipped = getProfile('staffordshire');
    expect(Object.isFrozen(shipped.stages)).toBe(true);
    const mine = duplicateProfile(shipped, {
      id: 'shropshire',
      name: 'Shropshire',
      council: 'Shropshire Council',
    });
    mine.window.length = 60;
    expect(protocolProfileSchema.parse(mine).window.length).toBe(60);
    expect(shipped.window.length).toBe(90);
  });
});

describe('protocolProfileSchema rejects a broken profile', () => {
  const base = getProfile('staffordshire');
  const issues = (value: unknown) =>
    protocolProfileSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

  it('thresholds that do not rise', () => {
    const profile = copy(base);
    const stages = profile.stages as Array<Record<string, unknown>>;
    stages[1] = { ...stages[1], trigger: { type: 'count', threshold: 3 } };
    expect(issues(profile)).toContain('thresholds must rise from stage to stage');
  });

  it('an unknown episode category', () => {
    expect(issues({ ...copy(base), countingCategories: ['missing', 'late'] }).length).toBeGreaterThan(0);
  });

  it('no counting category at all', () => {
    expect(issues({ ...copy(base), countingCategories: [] })).toContain(
      'must name at least one episode category',
    );
  });

  it('a first stage reached by escalation instead of a count', () => {
    const profile = copy(base);
    const stages = profile.stages as Array<Record<string, unknown>>;
    stages[0] = { ...stages[0], trigger: { type: 'continued-after-meeting' } };
    expect(issues(profile)).toContain('the first stage must be reached by a count of episodes');
  });

  it('a clock meeting due before its clock starts', () => {
    const profile = copy(base);
    profile.durationClocks = [
      {
        id: 'x',
        afterHours: 72,
        meeting: { kind: 'strategy', label: 'Strategy', dueAfterHours: 24 },
        description: 'x',
        source: 'ST 14',
      },
    ];
    expect(issues(profile)).toContain('a meeting cannot be due before its clock starts');
  });

  it('a rule without its section reference', () => {
    const profile = copy(base);
    (profile.window as { source: string }).source = '';
    expect(issues(profile)).toContain('is required');
  });

  it('an id that is not a slug', () => {
    expect(issues({ ...copy(base), id: 'Stoke on Trent' }).length).toBeGreaterThan(0);
  });
});

describe('Which profile a placed child follows (EM; ST 3.3-3.4)', () => {
  const mapping = {
    Derby: 'east-midlands',
    'Stoke-on-Trent': 'stoke-on-trent',
    Warwickshire: 'warwickshire',
  };

  it('a child placed in another authority’s area follows the host authority’s profile', () => {
    expect(
      profileIdForChild(
        { placingAuthority: 'Warwickshire', hostAuthority: 'Stoke-on-Trent' },
        mapping,
        'wigan',
      ),
    ).toBe('stoke-on-trent');
  });

  it('a child at home, or placed where the host has no profile, follows the placing authority', () => {
    expect(
      profileIdForChild({ placingAuthority: 'Warwickshire', hostAuthority: null }, mapping, 'wigan'),
    ).toBe('warwickshire');
    expect(
      profileIdForChild({ placingAuthority: 'Warwickshire', hostAuthority: 'Leeds' }, mapping, 'wigan'),
    ).toBe('warwickshire');
  });

  it('authority names match whatever their case and spacing; unknown authorities get the fallback', () => {
    expect(profileIdForChild({ placingAuthority: ' derby ', hostAuthority: '' }, mapping, 'wigan')).toBe(
      'east-midlands',
    );
    expect(profileIdForChild({ placingAuthority: 'Leeds' }, mapping, 'wigan')).toBe('wigan');
  });

  it('a child is placed across a border when the host differs from the placing authority', () => {
    expect(
      isPlacedChild({ dateOfBirth: '2010-01-01', placingAuthority: 'Derby', hostAuthority: 'Nottingham' }),
    ).toBe(true);
    expect(
      isPlacedChild({ dateOfBirth: '2010-01-01', placingAuthority: 'Derby', hostAuthority: 'derby' }),
    ).toBe(false);
    expect(isPlacedChild({ dateOfBirth: '2010-01-01', placingAuthority: 'Derby' })).toBe(false);
  });
});
