import type { LegalStatus } from '../../domain/child';
import type { ProtocolProfileInput, PromptRule } from '../schema';

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
  // ST 13.5 names the episode that calls an interview: "when a child goes missing". Absent and away are not named.
  returnInterviewCategories: ['missing'],
  categorySources: {
    counting: {
      quote:
        'Intervention meetings should take place in the event of repeat episodes of children going missing',
      source: 'ST 13.17',
    },
    clocks: { quote: 'has been missing for a period of 24 hours', source: 'ST 14.1' },
    returnInterview: {
      quote: 'when a child goes missing, they should be offered an independent return interview',
      source: 'ST 13.5',
    },
  },
  gradingRules: [
    {
      type: 'risk-at-report',
      notAllowed: ['low'],
      message: 'Low risk is not used for an initial report: check the police grading at report',
      quote:
        'Low Risk ... This category is not to be used for initial reports, risk assessment or prior to the commencement of the missing person investigation.',
      source: 'ST 6',
    },
  ],
} satisfies Partial<ProtocolProfileInput>;

/** ST 13.3, 10.4 and 23.3: the same in both councils; the UASC review's chair is Staffordshire's alone. */
export const patternPrompt = {
  type: 'pattern-developing',
  episodes: 2,
  action: 'Consider a Strategy Meeting with partner agencies',
  // The text gives no number. Two is the first repeat: the 3-in-90 MIM (ST 13.18) follows on its own.
  reading:
    'Read as a second missing episode within the 90-day window: the first repeat, before the Stage 1 MIM at three',
  quote:
    'Consideration should be given to whether a strategy meeting (Children Act 1989) is required with partner agencies/professionals, for example if a pattern of going missing is developing.',
  source: 'ST 13.3',
} satisfies PromptRule;

export const traffickingPrompt = {
  type: 'trafficking-concern',
  actions: [
    'Request a section 47 strategy discussion through the MASH',
    'Make a National Referral Mechanism (NRM) referral',
  ],
  quote:
    'Report to the police – identifying where the child is suspected to be a victim of trafficking and request a Strategy discussion under S47 Child Protection Procedures. Notify the human trafficking centre, missing persons unit by following the National Referral Mechanism (NRM) framework',
  source: 'ST 10.4; ST 23.3',
} satisfies PromptRule;

const UASC_QUOTE =
  'Long term missing UASC require 6 monthly review meetings until the child is located or turns 18.';
export const uascReviewPrompt = (chair: string | null): PromptRule => ({
  type: 'uasc-review',
  everyMonths: 6,
  chair,
  action:
    'Review meeting for a long-term missing unaccompanied asylum-seeking child (IRO service, police CID, Home Office, health and education); every 6 months from the report',
  quote: UASC_QUOTE,
  source: 'ST 23.3',
});

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
];
