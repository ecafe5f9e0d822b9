import { defineProfile } from './define';
import {
  lineManagerClock,
  patternPrompt,
  traffickingPrompt,
  uascReviewPrompt,
  ST_DOCUMENT,
  ST_NOTES,
  ST_SHARED,
  urgentCareReviewClock,
} from './staffordshireStoke';

/** Staffordshire County Council under the joint protocol (ST). */
export const staffordshire = defineProfile({
  ...ST_SHARED,
  id: 'staffordshire',
  name: 'Staffordshire: Children Missing from Home and Care Joint Protocol (2022)',
  council: 'Staffordshire County Council',
  documents: [ST_DOCUMENT],
  stages: [
    {
      level: 1,
      label: 'Stage 1 Missing Intervention Meeting',
      meetingKind: 'mim',
      trigger: { type: 'count', threshold: 3 },
      chair: {
        default: 'Allocated Social Worker',
        rules: [
          // Open to a Family Practitioner (Early Help): the allocated worker chairs; only "not open" goes to the Lead.
          { legalStatuses: ['early-help'], chair: 'Allocated Family Practitioner', source: 'ST 13.18' },
          {
            legalStatuses: ['not-known'],
            chair: 'Family Practitioner Lead for the district (offers the meeting to the family)',
            source: 'ST 13.18',
          },
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
        default: 'Team Manager',
        rules: [
          { legalStatuses: ['early-help'], chair: 'Family Practitioner Lead', source: 'ST 13.19' },
          // ST 13.19 is silent on a child not open to anyone; the stage 1 route for them is the Family Practitioner Lead.
          { legalStatuses: ['not-known'], chair: 'Family Practitioner Lead', source: 'ST 13.18-13.19' },
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
      chair: { default: 'District Operational Lead', source: 'ST 13.20' },
      source: 'ST 13.20: nine episodes within a 90-day period',
    },
  ],
  durationClocks: [
    lineManagerClock,
    {
      id: 'district-operational-lead-24-hours',
      afterHours: 24,
      notify: [{ role: 'District Operational Lead' }],
      description: 'Missing over 24 hours: the District Operational Lead is informed',
      source: 'ST 14.1',
    },
    {
      id: 'assistant-director-72-hours',
      afterHours: 72,
      notify: [{ role: 'Assistant Director', notifiedBy: 'District Operational Lead' }],
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
  prompts: [patternPrompt, traffickingPrompt, uascReviewPrompt('Head of Service')],
  notes: ST_NOTES,
});
