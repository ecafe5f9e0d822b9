import type {
  ChronologyDocument,
  DocumentChild,
  DocumentEpisode,
  DocumentFactor,
  MinutesDocument,
  PreviousAction,
} from '../../../../shared/exports/documents';
import { withWhatEachReceives } from '../../../../shared/exports/extract';
import { sampleChildAlpha, sampleChronology, sampleIssuer, sampleMinutes } from './sampleModels';

/**
 * The situations a chair meets before pressing send, as fictional models: a draft, a follow-up meeting that reviews
 * previous actions, 150 episodes, a Daily Review of children from three authorities. Names are made up.
 */

/** The MIM's minutes before approval. */
export const sampleDraftMinutes: MinutesDocument = {
  ...sampleMinutes,
  status: 'Meeting concluded; minutes not yet approved',
  draft: true,
  circulatedOn: null,
  agenda: sampleMinutes.agenda.map(({ approvedMinutes: _a, amendments: _b, ...item }) => item),
  amendments: [],
};

export const samplePreviousActions: PreviousAction[] = [
  {
    action: 'Offer a return interview within 72 hours of any further episode.',
    owner: 'Worker J. Example',
    agency: 'Example Youth Project',
    dueOn: '2026-01-09',
    status: 'Done',
    agreedAt: 'Missing Intervention Meeting, Tue 6 Jan 2026',
    child: null,
  },
  {
    action: 'Arrange supervised contact with the older sibling at a family centre.',
    owner: 'Worker A. Example',
    agency: 'Exampleshire Children’s Services',
    dueOn: '2026-01-16',
    status: 'Overdue',
    agreedAt: 'Missing Intervention Meeting, Tue 6 Jan 2026',
    child: null,
  },
  {
    action: 'Complete a health assessment, including sexual health advice.',
    owner: 'Nurse E. Example',
    agency: 'Health & Wellbeing Service',
    dueOn: '2026-01-30',
    status: 'Outstanding',
    agreedAt: 'Missing Intervention Meeting, Tue 6 Jan 2026',
    child: null,
  },
  {
    action: 'Review the curfew with the carers and agree a shared approach to late returns.',
    owner: 'Carer G. Example',
    agency: 'Example Fostering Agency',
    dueOn: '2026-01-13',
    status: 'Dropped',
    droppedReason: 'Superseded by the new placement plan agreed on 12 January 2026.',
    agreedAt: 'Missing Intervention Meeting, Tue 6 Jan 2026',
    child: null,
  },
];

/** A Strategy Meeting two weeks after the MIM, reviewing its actions. */
export const sampleFollowUpMinutes: MinutesDocument = {
  ...sampleMinutes,
  meetingKind: 'Strategy Meeting',
  stage: null,
  status: 'Minutes approved Wednesday 21 January 2026 at 10:00 by Chair B. Example',
  startsAt: '2026-01-20T14:30:00Z',
  endsAt: '2026-01-20T15:45:00Z',
  circulatedOn: '2026-01-21',
  reason: {
    statement: 'Missing for over 48 hours and graded high risk: a strategy meeting under section 47.',
    protocolReason: 'A child missing and graded high risk for 48 hours: a strategy meeting (WG 12, W-KC)',
    triggeringEpisodes: [],
  },
  strategyOutcome: 'Section 47 enquiry, with a joint police investigation into the older associates',
  agenda: [
    {
      title: 'Review of previous actions',
      key: 'previous-actions',
      minutes: 'The chair went through each action from the Missing Intervention Meeting.',
      decisions: [],
      reviewedActions: samplePreviousActions,
    },
    {
      title: 'Circumstances of the missing episode and what each agency knows',
      minutes: 'Officer D. Example said the child was found in Othertown with two older males.',
      decisions: [
        {
          decision: 'Start a section 47 enquiry.',
          rationale:
            'Reasonable cause to suspect the child is suffering significant harm through exploitation.',
        },
      ],
    },
    { title: 'Next meeting', key: 'next-meeting', minutes: 'In four weeks, same venue.', decisions: [] },
  ],
  agencyInformation: [
    {
      agency: 'Exampleshire Police',
      sharedBy: 'Officer D. Example',
      information: 'Two older males are known to police for drug supply in Othertown.',
    },
    {
      agency: 'Example Academy',
      sharedBy: 'Teacher F. Example',
      information: 'Attendance has fallen to 60% this half term.',
    },
  ],
  nextMeetingAt: '2026-02-17T14:30:00Z',
  amendments: [],
};

const FACTORS: DocumentFactor[] = [
  { direction: 'push', label: 'Conflict at placement', detail: null, child: null },
  { direction: 'pull', label: 'Older associates', detail: null, child: null },
  { direction: 'pull', label: 'Family contact', detail: null, child: null },
];

/** 150 episodes over about four years: the chronology must stay a document a chair can scan. */
export const sample150Chronology: ChronologyDocument = {
  ...sampleChronology,
  producedAt: '2026-11-20T10:00:00Z',
  episodes: Array.from({ length: 150 }, (_, i): DocumentEpisode => {
    const reported = new Date(Date.UTC(2022, 10, 1) + i * 9.5 * 86_400_000 + (i % 5) * 3_600_000);
    const found = new Date(reported.getTime() + (4 + (i % 30)) * 3_600_000);
    const base = sampleChronology.episodes[i % 9] ?? sampleChronology.episodes[0];
    return {
      ...(base as DocumentEpisode),
      reportedAt: reported.toISOString().replace('.000', ''),
      lastSeenAt: null,
      foundAt: i === 149 ? null : found.toISOString().replace('.000', ''),
      whereFound:
        i === 149
          ? null
          : (['Friend’s address', 'Othertown centre', 'Returned of own accord'][i % 3] ?? null),
      factors: FACTORS.slice(0, i % 3),
      policeReference: i % 4 === 0 ? `EXP-${22 + Math.floor(i / 40)}-${String(1000 + i)}` : null,
      returnInterview: {
        state: i === 149 ? 'not-returned' : i % 3 === 0 ? 'held' : i % 3 === 1 ? 'declined' : 'overdue',
        offeredAt: null,
        heldAt: i % 3 === 0 ? new Date(found.getTime() + 30 * 3_600_000).toISOString() : null,
        within72Hours: i % 3 === 0 ? true : null,
        dueBy: i % 3 === 2 ? new Date(found.getTime() + 72 * 3_600_000).toISOString() : null,
        accepted: false,
        reason: null,
      },
    };
  }),
};

const child = (n: string, ref: string, placing: string, host: string | null): DocumentChild => ({
  name: `Sample Child-${n}`,
  caseReference: ref,
  dateOfBirth: '2011-05-0' + String((ref.length % 8) + 1),
  legalStatus: 'Child in care',
  placingAuthority: placing,
  hostAuthority: host,
  allocatedWorker: null,
  // Where recorded, as the real minutes print them: gender, the placement's type and area, the school.
  gender: ref.endsWith('5') ? null : 'Male',
  placement: host ? `Foster care, in ${host}’s area` : 'Living at home',
  school: ref.endsWith('4') ? null : `${host ?? placing} school, Year 10`,
});

const EXAMPLESHIRE = 'Exampleshire County Council';
export const dailyReviewChildren: DocumentChild[] = [
  {
    ...sampleChildAlpha,
    placingAuthority: EXAMPLESHIRE,
    hostAuthority: 'Otherborough Council',
    gender: 'Female',
    placement: 'Children’s home, in Otherborough Council’s area',
    school: 'Otherborough Academy, Year 10',
  },
  child('Delta', 'EX-000204', EXAMPLESHIRE, 'Northtown Council'),
  child('Echo', 'EX-000205', EXAMPLESHIRE, null),
  child('Foxtrot', 'EX-000206', EXAMPLESHIRE, 'Otherborough Council'),
];

const drEpisode = (c: DocumentChild, at: string): DocumentEpisode => ({
  ...(sampleChronology.episodes[0] as DocumentEpisode),
  child: c.name,
  reportedAt: at,
  foundAt: null,
  whereFound: null,
  policeReference: `REF-${c.caseReference}`,
});

const dr: MinutesDocument = {
  ...sampleMinutes,
  meetingKind: 'Daily Review',
  stage: null,
  status: 'Minutes approved Friday 20 November 2026 at 12:00 by Chair B. Example',
  reason: {
    statement: 'The daily review of every child missing or returned in the last 24 hours.',
    protocolReason: 'Daily review of missing children (W-KC)',
    triggeringEpisodes: [],
  },
  children: dailyReviewChildren,
  circulatedOn: '2026-11-20',
  startsAt: '2026-11-20T09:00:00Z',
  endsAt: '2026-11-20T09:40:00Z',
  venue: 'Video call',
  agenda: [
    {
      title: 'Introductions and information sharing',
      minutes: 'Everyone was reminded that each authority receives only its own children’s details.',
      decisions: [],
    },
    ...dailyReviewChildren.flatMap((c) => [
      {
        title: 'Current position',
        child: c.name,
        minutes: `${c.name} (${c.caseReference}) is missing; the police reference is REF-${c.caseReference}.`,
        decisions: [`Worker to visit ${c.name} today.`],
      },
      {
        title: 'Return interview',
        child: c.name,
        minutes: `To be offered to ${c.name} on return.`,
        decisions: [],
      },
    ]),
  ],
  factors: dailyReviewChildren.map((c) => ({
    ...FACTORS[1]!,
    child: c.name,
    detail: `Seen near ${c.name}’s school`,
  })),
  episodes: dailyReviewChildren.map((c, i) => drEpisode(c, `2026-11-1${8 + (i % 2)}T2${i}:00:00Z`)),
  actions: dailyReviewChildren.map((c) => ({
    action: `Check on ${c.name} with the carers.`,
    owner: 'Worker A. Example',
    agency: 'Exampleshire Children’s Services',
    dueOn: '2026-11-21',
    status: 'Open',
    child: c.name,
  })),
  history: undefined,
  risk: dailyReviewChildren.map((c) => ({
    child: c.name,
    agreedLevel: 'Medium',
    rationale: null,
    policeGrading: 'Medium (latest graded episode)',
  })),
  distribution: [
    { name: 'Officer D. Example', agency: 'Exampleshire Police', reason: 'Attendee' },
    { name: null, agency: 'Otherborough Council', reason: 'Host authority' },
    { name: null, agency: 'Northtown Council', reason: 'Host authority' },
    { name: 'Worker A. Example', agency: EXAMPLESHIRE, reason: 'Placing authority' },
  ],
  amendments: [],
  nextMeetingAt: '2026-11-21T09:00:00Z',
};

/** A Daily Review of four children placed by Exampleshire, three of them out of area in two other authorities. */
export const sampleMultiAuthorityDailyReview: MinutesDocument = {
  ...dr,
  issuer: sampleIssuer,
  distribution: withWhatEachReceives(dr),
};
