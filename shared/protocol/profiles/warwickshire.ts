import { defineProfile } from './define';

const TEAM_LEADER = 'Team Leader (in some circumstances a Lead Practitioner)';
const DAILY_REVIEW = 'Daily Review of Exploitation and Missing Meeting';

/** Warwickshire Safeguarding Partnership, Children Missing from Home & Care Protocol (2020): W-KC and W-CP. */
export const warwickshire = defineProfile({
  id: 'warwickshire',
  name: 'Warwickshire: Children Missing from Home & Care Protocol (2020)',
  council: 'Warwickshire County Council',
  documents: [
    {
      code: 'W-KC',
      title:
        'Key changes to Warwickshire Safeguarding Partnership Procedure – Children Missing from Home & Care Protocol',
      date: '2020',
    },
    { code: 'W-CP', title: 'Carer / Accommodation Providers’ Information Pack', date: null },
  ],
  countingCategories: ['missing'],
  clockCategories: ['missing'],
  scope: { underAge: 18, careLeaversIncluded: true, source: 'W-KC (procedures continue for Care Leavers)' },
  window: { length: 90, unit: 'days', source: 'W-KC' },
  stages: [
    {
      level: 1,
      label: 'Stage 1 Missing Intervention Meeting',
      meetingKind: 'mim',
      trigger: { type: 'count', threshold: 3 },
      chair: { default: TEAM_LEADER, source: 'W-KC' },
      source: 'W-KC: Stage 1 – remains 3 episodes in 90 days',
    },
    {
      level: 2,
      label: 'Stage 2 Missing Intervention Meeting',
      meetingKind: 'mim',
      trigger: { type: 'count', threshold: 6 },
      chair: { default: 'Operations Manager', source: 'W-KC' },
      source: 'W-KC: Stage 2 – now 6 episodes in 90 days',
    },
    {
      level: 3,
      label: 'Escalation Missing Intervention Meeting',
      meetingKind: 'mim',
      trigger: { type: 'count', threshold: 9 },
      chair: { default: 'Operations Manager', source: 'W-KC' },
      source: 'W-KC: Escalation – now 9 episodes in 90 days',
    },
  ],
  meetingDeadline: { type: 'none', words: 'no deadline set in the protocol', source: 'W-KC' },
  durationClocks: [
    {
      id: 'high-risk-strategy-meeting',
      afterHours: 0,
      when: { policeRisks: ['high'] },
      meeting: { kind: 'strategy', label: 'Strategy Meeting', chair: TEAM_LEADER, dueAfterHours: 48 },
      description: 'High-risk missing child: an earlier Strategy Meeting at 48 hours',
      source: 'W-KC',
    },
    {
      id: 'daily-review-high-risk',
      afterHours: 0,
      when: { policeRisks: ['high'] },
      meeting: { kind: 'daily-review', label: DAILY_REVIEW, dueAfterHours: 24, recurEveryHours: 24 },
      description:
        'High-risk missing child: reviewed at the Daily Review of Exploitation and Missing Meeting',
      source: 'W-KC',
    },
    {
      id: 'daily-review-over-24-hours',
      afterHours: 24,
      meeting: { kind: 'daily-review', label: DAILY_REVIEW, dueAfterHours: 48, recurEveryHours: 24 },
      description:
        'Missing for over 24 hours: reviewed at the Daily Review of Exploitation and Missing Meeting',
      source: 'W-KC',
    },
  ],
  returnInterview: {
    name: 'Return Conversation (formerly Return Home Interview)',
    shortName: 'Return Conversation',
    dueWithinHours: 72,
    source: 'W-CP 7.0; W-KC',
    engagementAttempts: { contacts: 3, differentMethods: true, source: 'W-CP 7.0; carers’ pack' },
    steps: [
      {
        id: 'practitioner-contact',
        afterHours: 24,
        type: 'by',
        role: 'Missing Children Practitioner',
        action: 'try to contact the child at least 3 times, usually by 3 different methods',
        source: 'W-CP 7.0',
      },
    ],
  },
  longTermMissing: { afterDays: 28, source: 'W-CP 2.0' },
  // W-CP 7.0: "returned home after going missing"; W-CP 3.2: a child is "never recorded as ‘absent’", so every
  // episode reported is a missing one to Warwickshire. Reading: an interview after every category Homeward holds,
  // since an episode entered as absent or away is one the pack would have recorded as missing.
  escalations: {
    // The pack names who cannot refuse: a refusal is recorded with who refused and why, and goes to a senior manager.
    refusedReturnInterview: {
      role: 'Senior manager',
      action: 'consider why an independent Return Conversation is not agreed',
      quote:
        'Allocated Social Workers and/or responsible Carers/support providers cannot refuse a RHI being conducted, though if there are concerns about this taking place the reasons must be escalated for consideration by senior managers as to why an independent RHI is not agreed.',
      source: 'W-CP 7.0',
    },
  },
  returnInterviewCategories: ['missing', 'absent', 'away'],
  categorySources: {
    counting: {
      quote: 'Stage 1 – remains 3 episodes in 90 days.',
      source: 'W-KC; W-CP 3.2 (never recorded as absent)',
    },
    clocks: { quote: 'those missing for over 24 hours', source: 'W-KC' },
    returnInterview: {
      quote:
        'when a child/young person is found, and returned home after going missing, they must be offered an Independent Return Home Interview within 72 hours of their return',
      source: 'W-CP 7.0',
    },
  },
  gradingRules: [
    {
      type: 'risk-at-report',
      notAllowed: ['low', 'no-apparent-risk'],
      message:
        'A child is recorded as at least medium risk, never “absent” or “standard”: check the police grading at report',
      quote:
        'According to policy a child will never be recorded as ‘absent’ or ‘standard’, as a minimum they will be recorded as medium risk.',
      source: 'W-CP 3.2',
    },
    {
      type: 'category',
      notAllowed: ['absent'],
      message: 'A child is never recorded as absent in Warwickshire: record the episode as missing',
      quote:
        'According to policy a child will never be recorded as ‘absent’ or ‘standard’, as a minimum they will be recorded as medium risk.',
      source: 'W-CP 3.2',
    },
  ],
  prompts: [
    {
      type: 'non-engagement-review',
      // The text gives no number. Three in a row, as the pattern a single refusal or two cannot show; a
      // Missing Intervention Meeting held after the last of them is the multi-agency review.
      consecutive: 3,
      outcomes: ['declined', 'not-engaged'],
      clearedBy: 'mim',
      action: 'Multi-agency review: persistently not engaging in Return Conversations',
      reading:
        'Read as the last three return conversations declined or not engaged, until a MIM is held after the last of them',
      quote: 'Multi-agency review for children persistently not engaging in Return Conversations.',
      source: 'W-KC',
    },
    {
      type: 'repeat-missing',
      moreThan: 1,
      months: 12,
      quote:
        'Repeat missing – A person who has been reported as missing on more than one occasion within the previous 12 months.',
      source: 'W-CP 2.0',
    },
  ],
  notes: [
    'Publicity or a media release is authorised by a WCC Operations Manager and a Police Inspector (W-KC).',
  ],
});
