import type { FactorCode } from '../../../shared/domain/factors';

/**
 * Word pools for the demo set. Every personal name is deliberately unreal ("Demo-" given names, invented family
 * names, "Worker A. Example") so that nobody reading a screenshot, a training slide or a bug report could take a
 * record for a real child. Councils are real public bodies because the protocol profiles are keyed to them.
 */

export const GIVEN_NAMES = [
  'Demo-Ash',
  'Demo-Bryn',
  'Demo-Cai',
  'Demo-Dara',
  'Demo-Eli',
  'Demo-Fen',
  'Demo-Gale',
  'Demo-Harlo',
  'Demo-Ira',
  'Demo-Jory',
  'Demo-Kit',
  'Demo-Lark',
  'Demo-Marlo',
  'Demo-Nye',
  'Demo-Oren',
  'Demo-Pip',
  'Demo-Quill',
  'Demo-Remy',
  'Demo-Sol',
  'Demo-Tam',
  'Demo-Umber',
  'Demo-Vale',
  'Demo-Wren',
  'Demo-Xan',
  'Demo-Yael',
  'Demo-Zeph',
] as const;

export const FAMILY_NAMES = [
  'Testfield',
  'Samplewood',
  'Exampleton',
  'Dummyford',
  'Fixturewell',
  'Placeholm',
  'Mockmoor',
  'Trialbrook',
  'Specimenby',
  'Stubworth',
  'Fauxley',
  'Fictionhurst',
] as const;

/** Worker surnames: "Worker A. Example" reads as a stand-in at a glance. */
export const WORKER_SURNAMES = [
  'Example',
  'Sample',
  'Placeholder',
  'Specimen',
  'Instance',
  'Prototype',
] as const;

export const TEAMS = [
  'Demo Team North',
  'Demo Team South',
  'Demo Children in Care Team',
  'Demo Exploitation and Missing Team',
  'Demo Early Help Team',
] as const;

export type ProtocolProfileId =
  'warwickshire' | 'staffordshire' | 'stoke-on-trent' | 'wigan' | 'east-midlands';

export interface Council {
  name: string;
  profile: ProtocolProfileId;
  /** Relative share of children placed by this council. */
  weight: number;
}

/** The councils whose protocols Homeward ships; the three East Midlands councils share one cross-border profile. */
export const COUNCILS: readonly Council[] = [
  { name: 'Warwickshire County Council', profile: 'warwickshire', weight: 22 },
  { name: 'Staffordshire County Council', profile: 'staffordshire', weight: 22 },
  { name: 'Stoke-on-Trent City Council', profile: 'stoke-on-trent', weight: 16 },
  { name: 'Wigan Council', profile: 'wigan', weight: 18 },
  { name: 'Nottinghamshire County Council', profile: 'east-midlands', weight: 8 },
  { name: 'Derbyshire County Council', profile: 'east-midlands', weight: 7 },
  { name: 'Leicestershire County Council', profile: 'east-midlands', weight: 7 },
];

/** Invented place names, so "where found" never points at a real street or business. */
export const WHERE_FOUND = [
  'Friend’s address, Demo Close, Sampletown',
  'Town centre, Exampleton',
  'Railway station, Testfield Junction',
  'Bus station, Samplewood',
  'Family member’s home, Mock Lane',
  'Park near the placement',
  'Fast-food restaurant, Exampleton High Street',
  'Address of an older associate, Placeholder Road',
  'Retail park, Dummyford',
  'Boyfriend’s or girlfriend’s home, Trial Avenue',
  'Stopped by police on the ring road, Specimenby',
] as const;

export const OFFERED_BY = [
  'Return interviewer R. Example',
  'Missing worker M. Sample',
  'Independent advocate I. Placeholder',
  'Return conversation worker C. Specimen',
] as const;

export const NOT_OFFERED_REASONS = [
  'Child went missing again before an interview could be arranged.',
  'Child admitted to hospital on return; to be revisited by the allocated worker.',
  'Agreed at the daily meeting that the allocated social worker, who knows the child best, would talk with them instead.',
  'Returned to the placing authority’s area; referred to their missing service.',
  'No working contact details for the family; three attempts by letter recorded.',
] as const;

/** Absent and away episodes do not always call for an independent interview; these say why it was not offered. */
export const NOT_OFFERED_ABSENT =
  'Recorded as absent (no apparent risk): no return interview required locally.';
export const NOT_OFFERED_AWAY =
  'Away from placement with whereabouts known throughout: no return interview required.';

export const EPISODE_NOTES = [
  'Carer reported promptly and kept in touch with the police control room.',
  'Child said they would be back by the evening and did not come back.',
  'Police safe and well check completed on return.',
  'Child returned tired and hungry; carer offered food and a shower.',
  'Phone switched off for most of the episode.',
  'Seen on a bus by a member of staff, who told the police.',
] as const;

/**
 * Free-text detail a return interviewer might write next to a factor. Only some codes have one; 'other' always
 * needs one because the database refuses an unexplained "Other".
 */
export const FACTOR_DETAILS: Partial<Record<FactorCode, readonly string[]>> = {
  'conflict-at-home': ['Argument with carer about phone use.', 'Row about curfew earlier that day.'],
  'placement-difficulty': ['Says they do not get on with another young person in the home.'],
  'family-contact': [
    'Wanted to see a younger sibling.',
    'Went to find their mum after contact was cancelled.',
  ],
  'peer-pressure': ['Friends from school said to come out.'],
  'worrying-associates': ['Mentioned an older male with a car who “looks after” them.'],
  'criminal-exploitation': [
    'Said they were asked to carry a bag to another town.',
    'New phone and trainers unexplained.',
  ],
  'somewhere-to-stay': ['Offered a sofa and food at an adult’s flat.'],
  'online-contact': ['Met someone through a gaming chat.'],
  'school-issues': ['Excluded that day.'],
  'clear-head': ['Needed to get away after a bad day.'],
};

export const OTHER_FACTOR_DETAILS = [
  'Wanted to go to a music event in another town.',
  'Lost track of time with no phone battery.',
  'Wanted to see a pet left at a previous placement.',
] as const;
