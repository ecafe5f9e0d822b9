/**
 * The controlled list of push and pull factors. Drawn from the return interview questions (WG appendix e),
 * the risk factors held for a child (WG appendix a, W-CP 4.1, ST 16.2-16.3) and the exploitation types the
 * protocols name. 'other' carries free text in the factor's detail.
 */
export const FACTORS = [
  { code: 'conflict-at-home', label: 'Conflict or something wrong at home or placement', usual: 'push' },
  { code: 'placement-difficulty', label: 'Unhappy in or difficulty with the placement', usual: 'push' },
  { code: 'bullying', label: 'Bullying or hate abuse', usual: 'push' },
  { code: 'clear-head', label: 'To clear their head', usual: 'push' },
  { code: 'mental-health', label: 'Mental health', usual: 'push' },
  { code: 'self-harm', label: 'Suicide or self-harm risk', usual: 'push' },
  { code: 'school-issues', label: 'Problems at school or college', usual: 'push' },
  { code: 'domestic-abuse', label: 'Domestic abuse', usual: 'push' },
  { code: 'family-events', label: 'Family events (bereavement, separation)', usual: 'push' },
  { code: 'forced-marriage', label: 'Forced marriage', usual: 'push' },
  { code: 'family-contact', label: 'Wanting family contact', usual: 'pull' },
  { code: 'wants-to-live-there', label: 'Wants to live where they go', usual: 'pull' },
  { code: 'peer-pressure', label: 'Peer pressure or friends encouraged', usual: 'pull' },
  { code: 'boyfriend-girlfriend', label: 'Boyfriend or girlfriend', usual: 'pull' },
  { code: 'worrying-associates', label: 'Worrying associates or older adults', usual: 'pull' },
  { code: 'drugs-alcohol', label: 'Going to get drugs or alcohol', usual: 'pull' },
  { code: 'sexual-exploitation', label: 'Child sexual exploitation', usual: 'pull' },
  { code: 'criminal-exploitation', label: 'Child criminal exploitation or county lines', usual: 'pull' },
  { code: 'trafficking', label: 'Trafficking', usual: 'pull' },
  { code: 'offending', label: 'Offending', usual: 'pull' },
  { code: 'online-contact', label: 'Online contact', usual: 'pull' },
  { code: 'kept-against-will', label: 'Kept against their will or held captive', usual: 'pull' },
  { code: 'somewhere-to-stay', label: 'Offered somewhere to stay, food or money', usual: 'pull' },
  { code: 'other', label: 'Other', usual: 'either' },
] as const satisfies ReadonlyArray<{ code: string; label: string; usual: 'push' | 'pull' | 'either' }>;

export type FactorCode = (typeof FACTORS)[number]['code'];
export const FACTOR_CODES = FACTORS.map((f) => f.code) as [FactorCode, ...FactorCode[]];
export const FACTOR_LABELS = Object.fromEntries(FACTORS.map((f) => [f.code, f.label])) as Record<
  FactorCode,
  string
>;
