import { defineProfile } from './define';

const CARER = 'Foster carer or children’s home manager';

/**
 * East Midlands Protocol for Missing Children (EM): the cross-border overlay for a child placed by one authority
 * (placing) in another's area (host). Clocks while missing come from the host's own protocol, so none here.
 */
export const eastMidlands = defineProfile({
  id: 'east-midlands',
  name: 'East Midlands: cross-border Protocol for Missing Children',
  council: 'East Midlands region (placing and host authorities)',
  documents: [{ code: 'EM', title: 'East Midlands Protocol for Missing Children', date: null }],
  countingCategories: ['missing'],
  clockCategories: ['missing'],
  scope: { underAge: 18, careLeaversIncluded: false, source: 'EM (children who go missing from care)' },
  window: { length: 90, unit: 'days', source: 'EM' },
  stages: [
    {
      level: 1,
      label: 'Multi-agency meeting (missing 3 times in 90 days)',
      meetingKind: 'mim',
      trigger: { type: 'count', threshold: 3 },
      chair: {
        default:
          'Placing authority (host authority invited; its Missing Children Service always gets the minutes)',
        source: 'EM',
      },
      source: 'EM: missing 3 times in a 90 day period',
    },
    {
      level: 2,
      label: 'Head of Service liaison with the placing authority',
      meetingKind: 'head-of-service-liaison',
      trigger: { type: 'continued-after-meeting' },
      chair: {
        default: 'Host authority Head of Service, with the placing authority counterpart',
        source: 'EM',
      },
      source: 'EM: missing episodes continue to escalate in frequency or seriousness',
    },
    {
      level: 3,
      label: 'Director escalation: letter to the placing authority’s Director of Children’s Services',
      meetingKind: 'director-escalation',
      trigger: { type: 'continued-after-meeting' },
      chair: { default: 'Host authority Director', source: 'EM' },
      source: 'EM: if the concerns continue, escalated to Director level',
    },
  ],
  meetingDeadline: { type: 'none', words: 'no deadline set in the protocol', source: 'EM' },
  mimAttendees: ['Placing authority', 'Host authority (invited; always sent the minutes)'],
  returnInterview: {
    name: 'Return Interview (placing authority’s responsibility)',
    shortName: 'RHI',
    dueWithinHours: 72,
    source: 'EM; statutory guidance (W-CP 7.0, ST 13.9)',
    steps: [
      {
        id: 'liaise-10-days',
        afterHours: 240,
        type: 'escalate-at',
        role: 'Host authority Missing Children Service',
        action: 'liaise with the placing authority counterpart: no return interview update within 10 days',
        placedChildrenOnly: true,
        source: 'EM Escalation',
      },
      {
        id: 'team-manager-15-days',
        afterHours: 360,
        type: 'escalate-at',
        role: 'Host authority Missing Children team manager',
        action: 'escalate to the placing authority counterpart: still no return interview or update',
        placedChildrenOnly: true,
        source: 'EM Escalation',
      },
      {
        id: 'head-of-service-20-days',
        afterHours: 480,
        type: 'escalate-at',
        role: 'Host authority Head of Service',
        action:
          'agree with the placing authority counterpart whether a return interview is still to be done, or what else will keep the child safe',
        placedChildrenOnly: true,
        source: 'EM Escalation',
      },
    ],
  },
  longTermMissing: { afterDays: 28, source: 'W-CP 2.0 (national definition)' },
  // "Absent and Missing from placement episodes": both categories; away (whereabouts known) is neither.
  notificationRules: [
    {
      id: 'placed-child-missing',
      from: 'report',
      categories: ['missing', 'absent'],
      placedChildrenOnly: true,
      notify: [
        { role: 'Local police', notifiedBy: CARER },
        { role: 'The child’s social worker', notifiedBy: CARER },
        { role: 'Missing Children Officer of the placing authority', notifiedBy: CARER },
        // "unless the latter is inconsistent with the child's welfare": recording why not is recording it done.
        { role: 'Those with parental responsibility', notifiedBy: CARER },
      ],
      description:
        'A placed child is missing or absent: the carer or home manager informs the local police, the social worker, the placing authority’s Missing Children Officer and those with parental responsibility',
      quote:
        'the foster carer or the manager of the children’s home is responsible for informing the local Police, the child’s social worker, The Missing Children Office in the placing authority and the person(s) holding parental responsibility (PR) - unless the latter is inconsistent with the child’s welfare.',
      source: 'EM (notification process between placing and host authorities)',
    },
    {
      id: 'placed-child-returned',
      from: 'return',
      categories: ['missing', 'absent'],
      placedChildrenOnly: true,
      notify: [
        { role: 'Local police', notifiedBy: CARER },
        { role: 'The child’s social worker', notifiedBy: CARER },
        { role: 'Missing Children Officer of the placing authority', notifiedBy: CARER },
        {
          role: 'The child’s Independent Reviewing Officer',
          notifiedBy: 'Placing authority Missing Children Officer',
        },
      ],
      description:
        'A placed child has returned: the carer reports it to the local police and informs the social worker and the placing authority’s Missing Children Officer, who shares it with the IRO',
      quote:
        'They should also report to the local Police when the child has returned, and inform the child’s social worker and Missing Children Officer in the Placing Authority who should share this information with the child’s Independent Reviewing Officer (IRO).',
      source: 'EM (notification process between placing and host authorities)',
    },
  ],
  // EM: "the lower threshold will always be applied": a return interview for absent / no-apparent-risk episodes too.
  escalations: {
    // "as described above": the return interview's escalation steps (10, 15 and 20 days), counted from the meeting,
    // since the host authority cannot know when minutes never sent were due. The meeting is the "multi-agency
    // meeting" the same paragraph calls at 3 episodes in 90 days: the stage 1 MIM.
    minutesNotReceived: {
      meetingKinds: ['mim'],
      placedChildrenOnly: true,
      quote:
        'the Missing Children Service in the Host Authority should always receive the minutes of such meetings. Where the minutes are not received this will be escalated as described above.',
      source: 'EM (children who go missing frequently)',
    },
  },
  returnInterviewCategories: ['missing', 'absent'],
  categorySources: {
    counting: { quote: 'has gone Missing 3 times in a 90 day period', source: 'EM' },
    clocks: {
      quote: "the Host authority's 'Missing from Care and Home' protocol should be followed",
      source: 'EM (the host’s clocks)',
    },
    returnInterview: {
      quote:
        'the placing authority will commit to undertaking return interviews for young people falling into this category [absent/missing (no apparent risk)]',
      source: 'EM',
    },
  },
  notes: ['A placed child who goes missing is dealt with under the host authority’s protocol (EM).'],
  placementNotice: {
    id: 'placing-child-at-risk',
    role: 'Host authority’s Missing Children lead',
    notifiedBy: 'Placing authority',
    withinHours: 24,
    description:
      'Placing a child at risk of going missing or of CSE: the placing authority notifies the host authority’s Missing Children lead, with the risk assessments and a recent photograph',
    reading:
      'Homeward records the placement’s day, not its hour, so the 24 hours run from the end of that day: never overdue before the text’s deadline could have passed. It shows from the moment the placement is recorded, so a planned one is on Due before the child is placed. "At risk" is the placing authority’s judgement, recorded on the child as the placement’s "at risk of going missing or CSE".',
    quote:
      'the Placing Authority will notify the Host Authority’s Missing Children lead when they are placing a child who is at risk of going missing and/or child sexual exploitation. ... This information will be shared prior to the young person being placed or within 24 hours of the placement being made.',
    source: 'EM (notification before placing a child at risk)',
  },
});
