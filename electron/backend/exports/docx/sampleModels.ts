import type {
  ActionPlanDocument,
  ChronologyDocument,
  DocumentAction,
  DocumentAttendee,
  DocumentChild,
  DocumentEpisode,
  DocumentFactor,
  DocumentIssuer,
  DocumentPerson,
  MinutesDocument,
} from '../../../../shared/exports/documents';

/**
 * Obviously fictional models for tests, the bench and previews. Every name, place and reference is made up; none is
 * drawn from a real record.
 */

export const sampleIssuer: DocumentIssuer = {
  organisation: 'Exampleshire County Council',
  service: 'Children’s Services · Missing from Home and Care Team',
};

export const sampleChildAlpha: DocumentChild = {
  name: 'Sample Child-Alpha',
  caseReference: 'EX-000101',
  dateOfBirth: '2011-03-04',
  legalStatus: 'Child in care',
  placingAuthority: 'Exampleshire County Council',
  hostAuthority: 'Otherborough Council',
  allocatedWorker: 'Worker A. Example (Social worker)',
};

export const sampleChildBravo: DocumentChild = {
  name: 'Sample Child-Bravo',
  caseReference: 'EX-000102',
  dateOfBirth: '2009-11-20',
  legalStatus: 'Child in need',
  placingAuthority: null,
  hostAuthority: null,
  allocatedWorker: 'Worker H. Example (Social worker)',
};

export const sampleChildCharlie: DocumentChild = {
  name: 'Sample Child-Charlie',
  caseReference: 'EX-000103',
  dateOfBirth: '2010-07-15',
  legalStatus: 'Child protection plan',
  placingAuthority: null,
  hostAuthority: null,
  allocatedWorker: null,
};

const chair: DocumentPerson = {
  name: 'Chair B. Example',
  role: 'Team Manager',
  agency: 'Exampleshire Children’s Services',
};
const minuteTaker: DocumentPerson = {
  name: 'Minute-taker C. Example',
  role: 'Business Support Officer',
  agency: null,
};

const attendees: DocumentAttendee[] = [
  {
    name: 'Chair B. Example',
    role: 'Team Manager (chair)',
    agency: 'Exampleshire Children’s Services',
    attendance: 'attended',
  },
  {
    name: 'Worker A. Example',
    role: 'Social worker',
    agency: 'Exampleshire Children’s Services',
    attendance: 'attended',
  },
  {
    name: 'Officer D. Example',
    role: 'Missing persons coordinator',
    agency: 'Exampleshire Police',
    attendance: 'attended',
  },
  {
    name: 'Nurse E. Example',
    role: 'Looked-after children nurse',
    agency: 'Health & Wellbeing Service',
    attendance: 'attended',
  },
  {
    name: 'Teacher F. Example',
    role: 'Designated safeguarding lead',
    agency: 'Example Academy',
    attendance: 'apologies',
  },
  {
    name: 'Carer G. Example',
    role: 'Foster carer',
    agency: 'Example Fostering Agency',
    attendance: 'attended',
  },
  {
    name: 'Worker J. Example',
    role: 'Return interview worker',
    agency: 'Example Youth Project',
    attendance: 'attended',
  },
  {
    name: 'Worker K. Example',
    role: 'Placement officer',
    agency: 'Otherborough Council',
    attendance: 'declined',
  },
];

const distribution = [
  {
    name: 'Worker A. Example',
    agency: 'Exampleshire Children’s Services',
    reason: 'Allocated social worker',
  },
  { name: 'Officer D. Example', agency: 'Exampleshire Police', reason: 'Attendee' },
  { name: 'Nurse E. Example', agency: 'Health & Wellbeing Service', reason: 'Attendee' },
  { name: 'Teacher F. Example', agency: 'Example Academy', reason: 'Sent apologies' },
  { name: null, agency: 'Otherborough Council', reason: 'Host authority' },
];

const curfewConflict: DocumentFactor = {
  direction: 'push',
  label: 'Conflict or something wrong at home or placement',
  detail: 'Arguments with carers about the 9 pm curfew.',
  child: null,
};
const olderAssociates: DocumentFactor = {
  direction: 'pull',
  label: 'Worrying associates or older adults',
  detail: 'Seen with two older males near the bus station.',
  child: null,
};
const factors: DocumentFactor[] = [
  curfewConflict,
  {
    direction: 'push',
    label: 'Problems at school or college',
    detail: 'Excluded for two days in December.',
    child: null,
  },
  {
    direction: 'pull',
    label: 'Wanting family contact',
    detail: 'Wants to see an older sibling in Exampletown.',
    child: null,
  },
  olderAssociates,
];

const episode = (
  reportedAt: string,
  foundAt: string | null,
  over: Partial<DocumentEpisode> = {},
): DocumentEpisode => ({
  child: null,
  category: 'Missing',
  reportedAt,
  lastSeenAt: null,
  foundAt,
  policeRisk: 'Medium',
  missingFrom: 'Placement',
  whereFound: foundAt ? 'Friend’s address, Exampletown' : null,
  returnInterviewOutcome: foundAt ? 'Accepted' : null,
  returnInterviewHeldAt: null,
  ...(foundAt
    ? {}
    : {
        returnInterview: {
          state: 'not-returned',
          offeredAt: null,
          heldAt: null,
          within72Hours: null,
          dueBy: null,
          accepted: false,
          reason: null,
        },
      }),
  factors: [],
  policeReference: null,
  ...over,
});

const minutesEpisodes: DocumentEpisode[] = [
  episode('2025-12-12T22:15:00Z', '2025-12-13T09:40:00Z', {
    returnInterviewHeldAt: '2025-12-15T16:00:00Z',
    policeReference: 'EXP-25-4411',
    returnInterview: {
      state: 'held',
      offeredAt: '2025-12-13T14:00:00Z',
      heldAt: '2025-12-15T16:00:00Z',
      within72Hours: true,
      dueBy: null,
      accepted: true,
      reason: null,
    },
  }),
  episode('2025-12-20T19:05:00Z', '2025-12-22T11:30:00Z', {
    policeRisk: 'High',
    whereFound: 'Stopped by police at Exampletown bus station',
    returnInterviewOutcome: 'Declined',
    returnInterview: {
      state: 'declined',
      offeredAt: '2025-12-22T15:00:00Z',
      heldAt: null,
      within72Hours: null,
      dueBy: null,
      accepted: false,
      reason: 'Said they had nothing to add to what they told police.',
    },
  }),
  episode('2026-01-02T21:00:00Z', '2026-01-03T01:10:00Z', {
    category: 'Absent',
    policeRisk: 'Low',
    whereFound: 'Returned to placement of own accord',
    returnInterviewOutcome: null,
    returnInterview: {
      state: 'overdue',
      offeredAt: null,
      heldAt: null,
      within72Hours: null,
      dueBy: '2026-01-06T01:10:00Z',
      accepted: false,
      reason: null,
    },
  }),
];

const actionsFor = (child: string | null): DocumentAction[] => [
  {
    action: 'Offer a return interview within 72 hours of any further episode.',
    owner: 'Worker J. Example',
    agency: 'Example Youth Project',
    dueOn: '2026-01-09',
    status: 'In progress',
    child,
    setOn: '2026-01-06',
    rationale: 'The last return interview was offered late and the child declined it.',
  },
  {
    action: 'Share the description of the two older males with the exploitation team.',
    owner: 'Officer D. Example',
    agency: 'Exampleshire Police',
    dueOn: '2026-01-08',
    status: 'Done',
    child,
  },
  {
    action: 'Arrange supervised contact with the older sibling at a family centre.',
    owner: 'Worker A. Example',
    agency: 'Exampleshire Children’s Services',
    dueOn: '2026-01-16',
    status: 'Not started',
    child,
  },
  {
    action: 'Review the curfew with the carers and agree a shared approach to late returns.',
    owner: 'Carer G. Example',
    agency: 'Example Fostering Agency',
    dueOn: '2026-01-13',
    status: 'Not started',
    child,
  },
  {
    action: 'Complete a health assessment, including sexual health advice.',
    owner: 'Nurse E. Example',
    agency: 'Health & Wellbeing Service',
    dueOn: '2026-01-20',
    status: 'Not started',
    child,
  },
  {
    action: 'Send these minutes to the host authority and confirm receipt.',
    owner: 'Minute-taker C. Example',
    agency: 'Exampleshire Children’s Services',
    dueOn: '2026-01-09',
    status: 'Not started',
    child,
  },
  {
    action: 'Plan a reintegration meeting at school after the exclusion.',
    owner: 'Teacher F. Example',
    agency: 'Example Academy',
    dueOn: null,
    status: 'Not started',
    child,
  },
];

const agenda: MinutesDocument['agenda'] = [
  {
    title: 'Introductions and purpose of the meeting',
    minutes:
      'The chair welcomed everyone and explained that the meeting was called because Sample Child-Alpha has been missing three times since the last review.\n\nEveryone was reminded that the information shared is confidential and is shared to keep the child safe.',
    decisions: [],
  },
  {
    title: 'Episodes since the last meeting',
    minutes:
      'Officer D. Example summarised the three episodes. The second was graded high risk because the child was seen with older males near the bus station late at night.\nThe child was found by police at 11:30 and brought back to placement.\n\nWorker J. Example reported that a return interview was held after the first episode; the child said they left after an argument about the curfew.',
    approvedMinutes:
      'Officer D. Example summarised the three episodes. The second was graded high risk because the child was seen with older males near the bus station late at night.\nThe child was found by police at 09:30 and brought back to placement.\n\nWorker J. Example reported that a return interview was held after the first episode; the child said they left after an argument about the curfew.',
    amendments: [
      {
        amendedAt: '2026-01-14T09:12:00Z',
        amendedBy: 'Chair B. Example',
        reason: 'The police log shows the child was found at 11:30, not 09:30.',
        minutes:
          'Officer D. Example summarised the three episodes. The second was graded high risk because the child was seen with older males near the bus station late at night.\nThe child was found by police at 11:30 and brought back to placement.\n\nWorker J. Example reported that a return interview was held after the first episode; the child said they left after an argument about the curfew.',
      },
    ],
    decisions: [
      {
        decision: 'The police risk grading of high for the second episode stands.',
        rationale:
          'The child was with older males unknown to the carers, late at night, with no phone contact.',
      },
    ],
  },
  {
    title: 'Push and pull factors',
    minutes:
      'The meeting discussed what pushes the child away from placement and what pulls them elsewhere. Carer G. Example said arguments usually start at 9 pm when the curfew begins.\n\nWorker A. Example said the child wants more contact with an older sibling & feels “nobody listens”.',
    decisions: ['Contact with the older sibling will be explored as a protective factor.'],
  },
  {
    title: 'Risk of exploitation',
    minutes:
      'The meeting agreed there are indicators of possible criminal exploitation: unexplained cash, a second phone and older associates. A referral to the exploitation panel will be considered at the next meeting if a further episode occurs.',
    decisions: [
      'Complete the exploitation screening tool before the next meeting.',
      'Police to share intelligence about the associates with the exploitation team.',
    ],
  },
  {
    title: 'Any other business',
    minutes: 'None.',
    decisions: [],
  },
];

/** Stage 1 Missing Intervention Meeting about one child placed out of area. */
export const sampleMinutes: MinutesDocument = {
  issuer: sampleIssuer,
  meetingKind: 'Missing Intervention Meeting',
  stage: 'Stage 1',
  status: 'Minutes approved Monday 12 January 2026 at 16:10 by Chair B. Example',
  draft: false,
  reason: {
    statement:
      'Three missing episodes in 90 days, one graded high risk; the carers report the child is seen with older males.',
    protocolReason:
      'Three or more missing episodes in 90 days: a Stage 1 Missing Intervention Meeting (ST 13.17)',
    triggeringEpisodes: minutesEpisodes,
  },
  circulatedOn: '2026-01-12',
  attendanceComments:
    'The school sent a written update. The host authority’s placement officer declined as they were on leave; their team receives the minutes.',
  risk: [
    {
      child: null,
      agreedLevel: 'High',
      rationale: 'Older associates, a second phone and unexplained cash point to criminal exploitation.',
      policeGrading: 'High (latest graded episode, reported Sat 20 Dec 2025)',
    },
  ],
  history: [
    {
      child: null,
      asOf: '2026-01-06T16:00:00Z',
      listedSince: '2025-12-09T10:00:00Z',
      listedSinceReason: 'the last Missing Intervention Meeting about the child',
      listed: 3,
      total: 11,
      last90Days: 4,
      last12Months: 10,
      longestMinutes: 2 * 24 * 60 + 19 * 60,
      highRisk: 4,
      firstReportedAt: '2025-02-03T21:30:00Z',
    },
  ],
  children: [sampleChildAlpha],
  startsAt: '2026-01-06T14:30:00Z',
  endsAt: '2026-01-06T16:00:00Z',
  venue: 'Room 2, Example House, Exampletown',
  chair,
  minuteTaker,
  attendees,
  distribution,
  agenda,
  factors,
  episodesSince: '2025-12-09T10:00:00Z',
  episodes: minutesEpisodes,
  actions: actionsFor(null),
  nextMeetingAt: '2026-01-20T14:30:00Z',
  nextMeetingVenue: 'Room 2, Example House, Exampletown',
  amendments: [
    {
      amendedAt: '2026-01-14T09:12:00Z',
      amendedBy: 'Chair B. Example',
      change:
        'Agenda item 2, Episodes since the last meeting: the police log shows the child was found at 11:30, not 09:30.',
    },
  ],
};

/** A Daily Review of three children, without stages, factors or amendments. */
export const sampleDailyReviewMinutes: MinutesDocument = {
  ...sampleMinutes,
  meetingKind: 'Daily Review',
  stage: null,
  status: 'Meeting concluded; minutes not yet approved',
  draft: true,
  reason: {
    statement: 'The daily review of every child missing or returned in the last 24 hours.',
    protocolReason: null,
    triggeringEpisodes: [],
  },
  history: undefined,
  risk: undefined,
  children: [sampleChildAlpha, sampleChildBravo, sampleChildCharlie],
  startsAt: '2026-07-07T08:45:00Z',
  endsAt: '2026-07-07T09:15:00Z',
  venue: 'Video call',
  attendees: [
    ...attendees,
    {
      name: 'Worker L. Example',
      role: 'Independent reviewing officer',
      agency: 'Exampleshire Children’s Services',
      attendance: 'not-recorded',
    },
  ],
  agenda: [
    {
      title: 'Current position',
      child: 'Sample Child-Alpha',
      minutes: 'Returned overnight. Return interview to be offered today.',
      decisions: ['No strategy discussion needed today.'],
    },
    {
      title: 'Current position',
      child: 'Sample Child-Bravo',
      minutes: 'Missing since Saturday evening. Police grading is high.',
      decisions: ['Convene a strategy discussion today.'],
    },
    {
      title: 'Current position',
      child: 'Sample Child-Charlie',
      minutes: 'Absent for two hours; back at home.',
      decisions: [],
    },
  ],
  factors: [
    { ...curfewConflict, child: 'Sample Child-Alpha' },
    { ...olderAssociates, child: 'Sample Child-Bravo' },
  ],
  episodesSince: '2026-07-06T08:45:00Z',
  episodes: [
    episode('2026-07-06T20:00:00Z', '2026-07-07T02:30:00Z', { child: 'Sample Child-Alpha' }),
    episode('2026-07-05T18:30:00Z', null, { child: 'Sample Child-Bravo', policeRisk: 'High' }),
    episode('2026-07-06T15:00:00Z', '2026-07-06T17:00:00Z', {
      child: 'Sample Child-Charlie',
      category: 'Absent',
    }),
  ],
  actions: [
    ...actionsFor('Sample Child-Alpha')
      .slice(0, 2)
      .map((a, i) => ({ ...a, dueOn: `2026-07-0${8 + i}` })),
    {
      action: 'Hold a strategy discussion by 5 pm today.',
      owner: 'Chair B. Example',
      agency: 'Exampleshire Children’s Services',
      dueOn: '2026-07-07',
      status: 'In progress',
      child: 'Sample Child-Bravo',
    },
  ],
  nextMeetingAt: '2026-07-08T08:45:00Z',
  amendments: [],
};

export const sampleActionPlan: ActionPlanDocument = {
  issuer: sampleIssuer,
  meetingKind: 'Missing Intervention Meeting',
  stage: 'Stage 1',
  meetingAt: sampleMinutes.startsAt,
  children: [sampleChildAlpha],
  chair,
  actions: actionsFor(null),
  status: 'Plan agreed at the meeting; progress updated 14 January 2026',
  nextMeetingAt: sampleMinutes.nextMeetingAt,
  nextMeetingVenue: 'Room 2, Example House, Exampletown',
  risk: sampleMinutes.risk,
  reason: sampleMinutes.reason,
  decisions: agenda.flatMap((item) => item.decisions.map((decision) => ({ item: item.title, decision }))),
};

/** Ten episodes over 2025, across both clock changes, the last still open. */
export const sampleChronology: ChronologyDocument = {
  issuer: sampleIssuer,
  child: sampleChildAlpha,
  producedAt: '2026-01-06T12:00:00Z',
  episodes: [
    episode('2025-02-03T21:30:00Z', '2025-02-04T08:00:00Z', {
      lastSeenAt: '2025-02-03T20:45:00Z',
      factors: [
        {
          direction: 'push',
          label: 'Conflict or something wrong at home or placement',
          detail: null,
          child: null,
        },
      ],
      returnInterviewHeldAt: '2025-02-05T15:00:00Z',
      policeReference: 'EXP-25-0301',
    }),
    episode('2025-03-29T23:00:00Z', '2025-03-30T10:30:00Z', {
      category: 'Absent',
      policeRisk: 'Low',
      whereFound: 'Returned of own accord',
    }),
    episode('2025-05-10T17:00:00Z', '2025-05-12T12:00:00Z', {
      policeRisk: 'High',
      factors: [
        {
          direction: 'pull',
          label: 'Worrying associates or older adults',
          detail: 'Older males with a car',
          child: null,
        },
        { direction: 'pull', label: 'Going to get drugs or alcohol', detail: null, child: null },
      ],
      returnInterviewOutcome: 'Declined',
    }),
    episode('2025-06-21T19:00:00Z', '2025-06-21T23:45:00Z', {
      category: 'Away from placement without authorisation',
      policeRisk: 'No apparent risk',
      whereFound: 'At a friend’s house',
    }),
    episode('2025-07-30T22:10:00Z', '2025-07-31T07:00:00Z', {
      factors: [
        {
          direction: 'pull',
          label: 'Wanting family contact',
          detail: 'Went to see an older sibling',
          child: null,
        },
      ],
    }),
    episode('2025-09-14T20:00:00Z', '2025-09-15T18:20:00Z', {
      policeRisk: 'High',
      whereFound: 'Found by police in Othertown city centre',
      factors: [
        { direction: 'pull', label: 'Worrying associates or older adults', detail: null, child: null },
        {
          direction: 'pull',
          label: 'Child criminal exploitation or county lines',
          detail: 'Had a second phone and cash',
          child: null,
        },
      ],
      returnInterviewOutcome: 'Not engaged',
    }),
    episode('2025-10-25T23:30:00Z', '2025-10-26T09:00:00Z', {
      category: 'Absent',
      policeRisk: 'Low',
      factors: [{ direction: 'push', label: 'Problems at school or college', detail: null, child: null }],
    }),
    episode('2025-12-12T22:15:00Z', '2025-12-13T09:40:00Z', {
      returnInterviewHeldAt: '2025-12-15T16:00:00Z',
      policeReference: 'EXP-25-4411',
    }),
    episode('2025-12-20T19:05:00Z', '2025-12-22T11:30:00Z', {
      policeRisk: 'High',
      returnInterviewOutcome: 'Declined',
    }),
    episode('2026-01-05T21:00:00Z', null, { policeRisk: 'High' }),
  ],
};

// ---- The large model: what a long, contested meeting produces, for the bench and the page-layout checks. ----

const SENTENCES = [
  'Worker A. Example explained what had happened since the last meeting and how the child had responded to the plan.',
  'The child has said they feel safer when they can talk to someone they trust before things escalate at the placement.',
  'Officer D. Example confirmed that each episode was reported promptly and that the risk grading was reviewed the next morning.',
  'Carer G. Example described the evenings as the most difficult time, particularly after contact arrangements change at short notice.',
  'The meeting noted that the child has engaged with two of the last three return interviews and gave useful information in both.',
  'Nurse E. Example reported that the health assessment is due and that advice about sexual health has been offered and accepted.',
  'Teacher F. Example sent a written update: attendance has improved to eighty per cent and there have been no further exclusions.',
  'The chair asked whether the current plan addresses what pulls the child towards the town centre late in the evening.',
  'Partners agreed that information about associates should be shared through the exploitation panel rather than by e-mail.',
  'Worker J. Example said the child spoke warmly about an older sibling and would like regular, predictable contact.',
  'The meeting discussed whether a change of placement would reduce the risk or add to it, and agreed not to recommend one now.',
  'Concerns were raised that the child may be carrying a second phone, which the carers have not seen but others have reported.',
];

const TITLES = [
  'Introductions and purpose of the meeting',
  'Minutes and actions of the previous meeting',
  'Episodes since the last meeting',
  'Return interviews',
  'Push and pull factors',
  'Risk of criminal exploitation',
  'Risk of sexual exploitation',
  'Education and attendance',
  'Health and emotional wellbeing',
  'Family contact',
  'Placement stability',
  'The child’s views',
  'Information sharing between agencies',
  'Risk assessment and threshold',
  'Any other business',
];

const OWNERS: ReadonlyArray<readonly [string, string]> = [
  ['Worker A. Example', 'Exampleshire Children’s Services'],
  ['Officer D. Example', 'Exampleshire Police'],
  ['Nurse E. Example', 'Health & Wellbeing Service'],
  ['Teacher F. Example', 'Example Academy'],
  ['Carer G. Example', 'Example Fostering Agency'],
  ['Worker J. Example', 'Example Youth Project'],
];
const STATUSES = ['Not started', 'In progress', 'Done', 'Overdue'];
const TASKS = [
  'Review the safety plan with the child and the carers',
  'Share updated intelligence with the exploitation panel',
  'Offer a return interview within 72 hours of the next episode',
  'Confirm school attendance figures for the last four weeks',
  'Arrange supervised contact with the older sibling',
  'Update the missing persons risk assessment',
  'Check the child’s phone contacts with their consent',
  'Book the health assessment and confirm the date with the carers',
];

/** A paragraph of about 80 words, different for each item and paragraph. */
const paragraphFor = (item: number, p: number): string =>
  Array.from({ length: 4 }, (_, s) => SENTENCES[(item * 7 + p * 5 + s * 3) % SENTENCES.length] ?? '').join(
    ' ',
  );

/** 15 agenda items, about 5,000 words of minutes, 100 actions. */
export const largeMinutes: MinutesDocument = {
  ...sampleMinutes,
  amendments: [],
  meetingKind: 'Strategy Meeting',
  stage: 'Stage 3',
  agenda: TITLES.map((title, i) => ({
    title,
    minutes: Array.from({ length: 4 }, (_, p) => paragraphFor(i, p)).join('\n\n'),
    decisions: [
      `Decision ${i + 1}.1: the plan for this item stands until the next meeting.`,
      `Decision ${i + 1}.2: partners will report progress in writing a week before the next meeting.`,
    ],
  })),
  actions: Array.from({ length: 100 }, (_, i) => {
    const [owner, agency] = OWNERS[i % OWNERS.length] ?? [
      'Worker A. Example',
      'Exampleshire Children’s Services',
    ];
    const day = 8 + (i % 20);
    return {
      action: `${TASKS[i % TASKS.length] ?? ''} (action ref. L-${String(i + 1).padStart(3, '0')}).`,
      owner,
      agency,
      dueOn: `2026-01-${String(day).padStart(2, '0')}`,
      status: STATUSES[i % STATUSES.length] ?? 'Not started',
      child: null,
    };
  }),
};
