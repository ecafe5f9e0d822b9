import { defineProfile } from './define';

/** Wigan Safeguarding Children Board, Children Missing From Home or Care Joint Protocol (2017): WG. */
export const wigan = defineProfile({
  id: 'wigan',
  name: 'Wigan: Children Missing From Home or Care Joint Protocol (2017)',
  council: 'Wigan Council',
  documents: [
    { code: 'WG', title: 'WSCB Children Missing From Home or Care Joint Protocol', date: 'September 2017' },
  ],
  countingCategories: ['missing'],
  clockCategories: ['missing'],
  scope: { underAge: 18, careLeaversIncluded: false, source: 'WG 7' },
  window: { length: 1, unit: 'months', source: 'WG 11' },
  stages: [
    {
      level: 1,
      label: 'Missing Intervention Meeting',
      meetingKind: 'mim',
      trigger: { type: 'count', threshold: 3 },
      chair: {
        default:
          'Practice Manager or Advanced Practitioner from Social Care (within the weekly missing meeting)',
        source: 'WG appendix f',
      },
      source: 'WG 11: three Missing From Home and Care episodes within a 1 month period',
    },
    {
      // WG 11 names no second stage; its next step is the escalation, so it sits at the escalation level.
      level: 3,
      label: 'Escalation: senior management discussion (children’s services and police)',
      meetingKind: 'senior-management-discussion',
      trigger: { type: 'continued-after-meeting' },
      chair: {
        default:
          'Senior management team for children’s services and police (may ask the Assistant Chief Constable or the Director of Children’s Services to intervene)',
        source: 'WG 11',
      },
      source: 'WG 11: the child continues to be reported missing beyond this level',
    },
  ],
  singleEpisodeTriggers: [{ overHours: 24, stageLevel: 1, source: 'WG 11: 1 period exceeding 24 hours' }],
  meetingDeadline: { type: 'none', words: 'at the earliest opportunity', source: 'WG 11' },
  mimAttendees: ['All involved professionals'],
  durationClocks: [
    {
      id: 'notify-and-plan-strategy-24-hours',
      afterHours: 24,
      notify: [
        { role: 'Assistant Director' },
        { role: 'Enhanced Service Manager for Children in Need and Children in Need of Protection' },
      ],
      // The 24-hour notice includes "planned actions which should include a multi-agency strategy meeting"; at
      // 72 hours that meeting is convened urgently. One meeting, planned from 24 hours and due by 72.
      meeting: {
        kind: 'strategy',
        label:
          'Urgent multi-agency strategy meeting (outcome to the Assistant Director and Enhanced Service Manager)',
        dueAfterHours: 72,
      },
      description:
        'Missing over 24 hours: notify the Assistant Director and Enhanced Service Manager (Need to Know), with the planned actions including a multi-agency strategy meeting; at 72 hours an urgent strategy meeting',
      source: 'WG 12',
    },
    {
      id: 'principal-manager-strategy-7-days',
      afterHours: 168,
      meeting: {
        kind: 'strategy',
        label: 'Strategy meeting chaired by a Principal Manager (IRO attends)',
        chair: 'Principal Manager',
        dueAfterHours: 168,
      },
      description:
        'Missing for 7 days: a strategy meeting chaired by a Principal Manager, with the IRO where involved; regular updates to the Assistant Director and Enhanced Service Manager',
      source: 'WG 12',
    },
  ],
  returnInterview: {
    name: 'Independent Return Home Interview',
    shortName: 'RHI',
    dueWithinHours: 72,
    source: 'WG 9; WG appendix f',
    steps: [
      {
        id: 'social-worker-visit',
        afterHours: 24,
        type: 'by',
        role: 'Social worker',
        action: 'visit and see the child alone',
        legalStatuses: ['child-in-care'],
        source: 'WG 9',
      },
    ],
  },
  longTermMissing: { afterDays: 28, source: 'W-CP 2.0 (national definition)' },
  notificationRules: [
    {
      // "Each missing episode" of a looked-after child placed by another authority; WG 7 keeps absent and away
      // apart from missing, and the sentence speaks of "reports of missing episodes", so missing only.
      id: 'responsible-authority-told',
      from: 'report',
      categories: ['missing'],
      placedChildrenOnly: true,
      notify: [{ role: 'Responsible (placing) authority', notifiedBy: 'Wigan Missing Hub' }],
      description:
        'A child placed in Wigan by another authority is reported missing: contact the responsible authority so it knows of the episode',
      quote:
        'All reports of missing episodes will be recorded within the child’s record within Liquid Logic and contact will be made with the responsible authority to ensure that they have been made aware of the missing episode.',
      source: 'WG 10 (Children Looked after by OLA but placed within Wigan Borough)',
    },
  ],
  // WG 9: "offered to all children and young people who have been missing"; absent and away are other categories (WG 7).
  returnInterviewCategories: ['missing'],
  categorySources: {
    counting: {
      quote: 'After Three Missing From Home and Care episodes within a 1 month period',
      source: 'WG 11',
    },
    clocks: { quote: 'In all cases where a child has been missing for over 24 hours', source: 'WG 12' },
    returnInterview: {
      quote: 'Return Home Interviews will be offered to all children and young people who have been missing.',
      source: 'WG 9',
    },
  },
  gradingRules: [
    {
      type: 'category',
      notAllowed: ['absent'],
      underAge: 13,
      message:
        'A child under 13 whose whereabouts are unknown is always missing, never absent: record the episode as missing',
      quote:
        "Any child or young person 12 y/o or under whose whereabouts are unknown will automatically be considered classed as missing or absconded and reported to Police immediately, who will also automatically classify them as 'Missing'.",
      source: 'WG appendix a',
    },
  ],
  prompts: [
    {
      type: 'risk-assessment',
      // "To be completed for all young people looked after".
      lookedAfterOnly: true,
      emergencyPlacementWorkingDays: 3,
      reviewEveryMonths: 6,
      noticeDays: 14,
      action: 'Complete the Missing From Care Risk Assessment and Action Plan',
      reviewAction: 'Review the Missing From Care Risk Assessment and Action Plan',
      quote:
        'To be completed for all young people looked after where a risk of running away has been identified or after the first occasion a young person has run away. Planned Placement: To be completed at pre placement planning meeting Emergency Placement: To be completed within 3 working days. ... This assessment should be updated on a regular basis (minimum every 6 months).',
      source: 'WG appendix a',
    },
  ],
  notes: [
    'Every missing episode is discussed at the weekly multi-agency missing meeting (WG 9).',
    'Children open to the CSE team: episodes go to the Daily Governance Meeting (WG 9).',
  ],
});
