import { defineProfile } from './define';
import {
  lineManagerClock,
  OPEN_TO_SOCIAL_CARE,
  patternPrompt,
  traffickingPrompt,
  uascReviewPrompt,
  ST_DOCUMENT,
  ST_NOTES,
  ST_SHARED,
  urgentCareReviewClock,
} from './staffordshireStoke';

const CHAD_MANAGER = 'CHAD manager (may be supported by a locality assessment team manager)';

/** Stoke-on-Trent City Council under the joint protocol (ST). */
export const stokeOnTrent = defineProfile({
  ...ST_SHARED,
  id: 'stoke-on-trent',
  name: 'Stoke-on-Trent: Children Missing from Home and Care Joint Protocol (2022)',
  council: 'Stoke-on-Trent City Council',
  documents: [ST_DOCUMENT],
  stages: [
    {
      level: 1,
      label: 'Stage 1 Missing Intervention Meeting',
      meetingKind: 'mim',
      trigger: { type: 'count', threshold: 3 },
      chair: {
        default: 'Team Manager',
        rules: [
          {
            legalStatuses: ['early-help'],
            earlyHelpPlanWorking: true,
            chair: 'Early Help Manager',
            source: 'ST 13.18 (Early Help plan working, parents engaging)',
          },
          { legalStatuses: ['not-known'], chair: CHAD_MANAGER, source: 'ST 13.18' },
        ],
        source: 'ST 13.18',
      },
      source: 'ST 13.18: three episodes within a 90-day period',
    },
    {
      level: 2,
      label: 'Stage 2 Missing Intervention Meeting',
      meetingKind: 'mim',
      trigger: { type: 'count', threshold: 5 },
      chair: {
        default: 'Service Manager',
        rules: [
          { legalStatuses: ['not-known'], chair: CHAD_MANAGER, source: 'ST 13.18 ("the 3/90 and the 5/90")' },
        ],
        source: 'ST 13.19',
      },
      source: 'ST 13.19: five episodes within a 90-day period',
    },
    {
      level: 3,
      label: 'Stage 3 Missing Intervention Meeting',
      meetingKind: 'mim',
      trigger: { type: 'count', threshold: 9 },
      chair: { default: 'Strategic Manager', source: 'ST 13.20' },
      source: 'ST 13.20: nine episodes within a 90-day period',
    },
  ],
  durationClocks: [
    lineManagerClock,
    {
      id: 'strategic-manager-24-hours',
      afterHours: 24,
      notify: [{ role: 'Strategic Manager' }],
      description: 'Missing for 24 hours: the Strategic Manager is informed',
      source: 'ST 14.1',
    },
    {
      id: 'chad-assessment-24-hours',
      afterHours: 24,
      when: { legalStatuses: ['not-known'] },
      notify: [{ role: 'Children’s Advice and Duty service (CHAD): open the child for an assessment' }],
      description:
        'Not open and missing for longer than 24 hours: opened for an assessment to make sure they are safe and found',
      source: 'ST 20.5',
    },
    {
      id: 'assistant-director-72-hours',
      afterHours: 72,
      notify: [{ role: 'Assistant Director', notifiedBy: 'Strategic Manager' }],
      description: 'Missing for 72 hours: the Assistant Director is updated',
      source: 'ST 14.1',
    },
    urgentCareReviewClock,
    {
      id: 'director-5-days',
      afterHours: 120,
      notify: [{ role: 'Director of Children’s Services', notifiedBy: 'Assistant Director' }],
      description: 'Missing for 5 days: the Director of Children’s Services is updated',
      source: 'ST 14.1',
    },
  ],
  prompts: [
    patternPrompt,
    traffickingPrompt,
    uascReviewPrompt(null),
    {
      // The CHAD manager chairs "the 3/90 and the 5/90 where not open"; "more often than this" is above 5 in 90.
      type: 'referral-above-count',
      moreThan: 5,
      openStatuses: OPEN_TO_SOCIAL_CARE,
      action: 'Refer to CHAD for a social work assessment',
      quote:
        'The CHAD manager will chair the 3/90 and the 5/90 where not open ... where a child goes missing more often than this a referral should be made to CHAD for a social work assessment.',
      source: 'ST 13.18',
    },
  ],
  // ST 17.4, in the Stoke profile only (the task's scope; Staffordshire shares the text and could take the same data).
  statutoryReviewReport: {
    id: 'iro-report-after-review',
    role: 'Relevant team manager (the IRO’s report of out-of-area missing episodes)',
    notifiedBy: 'Allocated Independent Reviewing Officer (IRO)',
    placedChildrenOnly: true,
    categories: ['missing', 'absent', 'away'],
    withinWorkingDays: 20,
    description:
      'After a statutory review of a child living out of area: the IRO reports the number of missing episodes and the adequacy of the responses',
    reading:
      'The text says "following each statutory review" and gives no deadline: read as 20 working days after the review, the time the IRO Handbook gives the review’s full written record, of which this report is a part. "Living out of area" is read as a host authority other than the placing authority, and the episodes as those since the review before (or since the placement began, if later); every category counts, since the text says "missing episodes" without grading them.',
    quote:
      'the allocated IRO is required to report the number of missing episodes and the adequacy of responses to these episodes following each statutory review of a child living out of area.',
    source: 'ST 17.4',
  },
  notes: [...ST_NOTES],
});
