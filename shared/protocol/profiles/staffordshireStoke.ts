import type { LegalStatus } from '../../domain/child';
import type { ProtocolProfileInput } from '../schema';

/**
 * What Staffordshire and Stoke-on-Trent share: one joint protocol (ST, amended January 2022). The councils differ
 * only in who chairs and who is told; those parts live in staffordshire.ts and stokeOnTrent.ts.
 */
export const ST_DOCUMENT = {
  code: 'ST',
  title:
    'Children Missing from Home and Care: Joint Protocol between Staffordshire & Stoke-on-Trent Local Authorities & Staffordshire Police',
  date: 'January 2022',
};

/** Open to children's social care (ST 14.1: "when a child is open to children social care"). */
export const OPEN_TO_SOCIAL_CARE: LegalStatus[] = [
  'child-in-need',
  'child-protection-plan',
  'child-in-care',
  'care-leaver',
];

export const ST_SHARED = {
  countingCategories: ['missing'],
  clockCategories: ['missing'],
  scope: { underAge: 18, careLeaversIncluded: false, source: 'ST 3.2' },
  window: { length: 90, unit: 'days', source: 'ST 13.18-13.20' },
  meetingDeadline: { type: 'working-days', days: 5, source: 'ST 13.17' },
  mimAttendees: [
    'The child',
    'Parent(s)',
    'The child’s social worker (if open to a social worker)',
    'Team manager (chair)',
    'Police officer or staff member who knows the child best',
    'Residential worker / foster carer / fostering social worker',
    'Education',
    'Health',
    'The person who did the return interview',
    'Anyone else relevant',
  ],
  mimConsideration: { fromHours: 48, source: 'ST 13.23 (extended episode: from the third day)' },
  returnInterview: {
    name: 'Independent Return Interview',
    shortName: 'RHI',
    dueWithinHours: 72,
    source: 'ST 13.5-13.9',
    steps: [],
  },
  longTermMissing: { afterDays: 28, source: 'W-CP 2.0 (national definition); ST 23.3' },
  notificationRules: [
    {
      id: 'high-risk-children-services',
      from: 'report',
      // Every category: the police grade every report (ST 6.1), and the rule turns on the grading alone.
      categories: ['missing', 'absent', 'away'],
      policeRisks: ['high'],
      notify: [{ role: 'Children’s services', notifiedBy: 'Police' }],
      description: 'High-risk report of a child under 18: children’s services are told immediately',
      quote: 'Children’s services must also be notified immediately if the person is under 18.',
      source: 'ST 6',
    },
    {
      // "Significant concerns" is not a recorded fact. The reading: a police grading of High ("the risk of serious
      // harm ... is assessed as very likely", ST 6) is a significant concern on the record; a chair who has others
      // alerts the senior manager anyway. The sentence follows "open to children social care", so it keeps to them.
      id: 'significant-concerns-senior-manager',
      from: 'report',
      categories: ['missing'],
      policeRisks: ['high'],
      legalStatuses: OPEN_TO_SOCIAL_CARE,
      notify: [{ role: 'Relevant senior manager', notifiedBy: 'The child’s social worker' }],
      description:
        'Open to children’s social care and graded high risk (a significant concern): the relevant senior manager is alerted immediately',
      quote:
        'If there are any significant concerns, the relevant senior manager should be alerted immediately.',
      source: 'ST 14.1',
    },
  ],
} satisfies Partial<ProtocolProfileInput>;

export const lineManagerClock = {
  id: 'line-manager-24-hours',
  afterHours: 24,
  when: { legalStatuses: OPEN_TO_SOCIAL_CARE },
  notify: [{ role: 'Social worker’s line manager', notifiedBy: 'The child’s social worker' }],
  description:
    'Open to children’s social care and missing for 24 hours: the social worker informs their line manager',
  source: 'ST 14.1',
};

export const urgentCareReviewClock = {
  id: 'urgent-care-review-3-days',
  afterHours: 72,
  meeting: {
    kind: 'urgent-care-review',
    label: 'Urgent care review meeting',
    chair: 'Police and the child’s social worker',
    dueAfterHours: 72,
  },
  description:
    'Missing for 3 days (or earlier if appropriate): urgent care review meeting with the police, social worker and carer; minutes to the children’s social care lead and the IRO',
  source: 'ST 14.2-14.4',
};

export const ST_NOTES = [
  'Other reasons for a MIM whatever the count: very high risk in even one more episode; immediate action needed; a quick succession of episodes (ST 13.23).',
  'Long-term missing unaccompanied asylum-seeking children: review meeting every 6 months until found or 18 (ST 23.3).',
];
