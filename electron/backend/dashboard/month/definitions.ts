import type { Definition } from '../../../../shared/api/dashboard';

/**
 * What each figure counts, in the protocols' words. Printed with the dashboard on screen, in Word and in the CSV, so
 * a figure read out at the governance meeting means the same to everyone in the room.
 */
export const DEFINITIONS: readonly Definition[] = [
  {
    term: 'Month',
    definition:
      'A calendar month in UK time (Europe/London): from midnight on the 1st to midnight on the 1st of the next month, GMT or BST as the clocks say.',
  },
  {
    term: 'Episodes reported',
    definition:
      'Episodes whose report to the police falls in the month, of every category: missing, absent, and away from placement without authorisation (WG 7, WG 13).',
  },
  {
    term: 'Police risk',
    definition:
      'The latest police risk grading of the episode, else the grading at report (ST 6); "Not graded" when neither was recorded.',
  },
  {
    term: 'Children with repeat episodes',
    definition: 'Children with 2 or more episodes of any category reported in the month (WG 13).',
  },
  {
    term: 'Repeat missing',
    definition:
      'A child reported missing in the month who was reported missing more than once in the 12 months to the end of the month (W-CP 2.0). Only episodes of the category "missing" count.',
  },
  {
    term: 'Episodes returned (the return interview denominator)',
    definition:
      'Episodes that ended in the month: the child was found or returned. Every return interview figure is a percentage of these (W-CP 7.0, WG 9, ST 13.5-13.9).',
  },
  {
    term: 'Offered',
    definition:
      'An outcome of accepted, declined or not engaged is recorded, or an offer date is recorded with no outcome yet.',
  },
  {
    term: 'Held within 72 hours',
    definition: 'Held no more than 72 elapsed hours after the return (ST 13.9).',
  },
  {
    term: 'Outstanding',
    definition:
      'More than 72 hours since the return, and no interview held, declined or not engaged with. Held, declined, not engaged, outstanding and not yet due add up to the episodes returned.',
  },
  {
    term: 'Push and pull factors',
    definition:
      'Factors recorded on the episodes reported in the month, each counted once per episode; the percentage is of the episodes with any factor recorded (WG 13, ST 13.22).',
  },
  {
    term: 'Threshold stage at month end',
    definition:
      'Each child’s stage under their own protocol profile as of the last moment of the month (or now, for the month in progress): Stage 1, Stage 2, or the profile’s escalation (W-KC, ST 13.18-13.20, WG 11, EM).',
  },
  {
    term: 'Placed children by authority',
    definition:
      'Children with a host authority recorded that differs from the placing authority (EM). Children: those with an episode reported or ended in the month. Return interviews outstanding: episodes that ended in the month, outstanding as defined above.',
  },
];
