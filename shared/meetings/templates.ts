import type { AgendaScope, AgendaTemplateItem, MeetingKind } from '../domain/meeting';
import { PREVIOUS_ACTIONS_KEY } from './kinds';

/**
 * The agendas as the protocols give them. These are only the defaults: the database holds the templates an
 * administrator edits, seeded from here the first time a kind is used. A meeting copies its template's items when it
 * is created, so editing a template never changes a meeting already made.
 */
const item = (key: string, title: string, source: string, guidance = '', scope: AgendaScope = 'general') =>
  ({ key, title, guidance, source, scope }) satisfies AgendaTemplateItem;
const eachChild = (key: string, title: string, source: string, guidance = '') =>
  item(key, title, source, guidance, 'each-child');

// What a MIM does: ST 13.16, 13.21-13.26; WG 11; W-CP 7.0.
const MIM: AgendaTemplateItem[] = [
  item(
    'introductions-consent',
    'Introductions and consent',
    'ST 13.13-13.14, 13.21',
    'Who is here and why. Tell the child who the information will be shared with and record their consent.',
  ),
  item(
    'episodes-since-last',
    'Missing episodes since the last meeting',
    'ST 13.17-13.20, 13.23',
    'Dates, how long, where found, police risk grading; the meeting pack lists them.',
  ),
  item(
    'return-interview-findings',
    'Return interview findings',
    'ST 13.5-13.9, WG 9, W-CP 7.0',
    'Were return interviews offered within 72 hours and held; what the child said.',
  ),
  item(
    'push-pull-factors',
    'Push and pull factors',
    'ST 13.22, WG 11',
    'What the child runs from and runs to.',
  ),
  item(
    'views',
    'The child’s and family’s views',
    'ST 13.21, 13.24',
    'The child’s wishes, feelings and aspirations; what the parents or carers say.',
  ),
  item('risks', 'Risks: exploitation, health, education', 'ST 16.2-16.3, WG appendix a'),
  item(
    'disruption',
    'Disruption (Child Abduction Warning Notices and other tools)',
    'ST 13.22',
    'Those who harbour or exploit the child; CAWNs, SROs and other disruption tools the police hold.',
  ),
  item(
    'plan-of-action',
    'Plan of action',
    'ST 13.21, 13.24-13.26',
    'Actions with owners and dates; the care plan and placement plan reflect the missing risk.',
  ),
  item(
    PREVIOUS_ACTIONS_KEY,
    'Review of previous actions',
    'ST 13.16, WG 11',
    'Were the actions done; was the protocol followed (return interviews held, meetings on time).',
  ),
  item(
    'next-meeting',
    'Next meeting',
    'ST 13.17-13.20',
    'Date of the next meeting, and its stage if episodes continue.',
  ),
];

// A Children Act 1989 strategy meeting called for a missing child (ST 13.3, WG 9, WG 12, W-KC at 48 hours high risk).
const STRATEGY: AgendaTemplateItem[] = [
  item('introductions-consent', 'Introductions and information sharing', 'ST 13.3'),
  item(
    'circumstances',
    'Circumstances of the missing episode(s) and what each agency knows',
    'WG 12, ST 13.3',
    'Police intelligence, where the child may be, who they may be with.',
  ),
  item('risks', 'Risk of significant harm: exploitation and other concerns', 'ST 13.3, WG 11'),
  item('section-47', 'Whether to start section 47 enquiries (Children Act 1989)', 'ST 13.3, ST 14.3'),
  item('plan-of-action', 'Plan of action to locate and protect the child', 'WG 12'),
  item(PREVIOUS_ACTIONS_KEY, 'Review of previous actions', 'WG 12'),
  item(
    'notifications',
    'Who is told: Assistant Director and Enhanced Service Manager',
    'WG 12',
    'Missing 72 hours or more: the outcome goes to the Assistant Director and Enhanced Service Manager.',
  ),
  item('next-meeting', 'Next meeting', 'WG 12'),
];

// ST 14.3: the five points of the urgent care review, in the protocol's order.
const URGENT_CARE_REVIEW: AgendaTemplateItem[] = [
  item('action-taken', 'What action has been taken so far by the police and care professionals', 'ST 14.3'),
  item('action-needed', 'What action needs to be taken by the police and care professionals', 'ST 14.3'),
  item('return-to-placement', 'Whether the child should return to that placement when located', 'ST 14.3'),
  item('next-meeting', 'Date of a further meeting should the missing episode continue', 'ST 14.3'),
  item('section-47', 'Whether procedures should be invoked under section 47 (Children Act 1989)', 'ST 14.3'),
];

// W-KC: high-risk missing children and children missing over 24 hours; WG 9: episodes in the light of
// exploitation concerns and whether a return interview is needed.
const DAILY_REVIEW: AgendaTemplateItem[] = [
  item('children-to-review', 'Children to review: high risk, or missing over 24 hours', 'W-KC'),
  eachChild('current-episode', 'Current or latest episode and police risk grading', 'W-KC'),
  eachChild('exploitation-concerns', 'Exploitation concerns', 'W-KC, WG 9'),
  eachChild('return-interview', 'Is a return interview needed', 'WG 9'),
  eachChild(PREVIOUS_ACTIONS_KEY, 'Review of previous actions', 'W-KC'),
  eachChild('actions-agreed', 'Actions agreed', 'W-KC'),
  item('escalations', 'Escalations and notifications to senior managers', 'ST 14.1, WG 12'),
];

// WG 9 and ST 15.5: each child's episodes, last week's actions, agencies, interventions; then the wider items.
const WEEKLY: AgendaTemplateItem[] = [
  eachChild(
    'episodes',
    'Missing episodes (the context around the missing, frequency)',
    'ST 15.5, WG 9',
    'The circumstances of each episode and the police intelligence.',
  ),
  eachChild(PREVIOUS_ACTIONS_KEY, 'Review of the previous week’s actions', 'ST 15.5'),
  eachChild('agency-involvement', 'Involvement with each individual agency', 'ST 15.5'),
  eachChild('current-interventions', 'Current interventions', 'ST 15.5, WG 9'),
  item('wider-action', 'Issues for wider action', 'ST 15.5'),
  item('themes-trends', 'Themes and trends across the county and within individual districts', 'ST 15.5'),
  item('escalation', 'Escalation issues', 'ST 15.5'),
];

// WG appendix f "Agenda": the fourteen items, in order.
const MONTHLY: AgendaTemplateItem[] = [
  item(
    'cases-of-concern',
    'Cases of concern (to be submitted prior to meeting for discussion)',
    'WG appendix f',
  ),
  item('multiple-missing', 'Multiple missing episodes / frequent missing', 'WG appendix f'),
  item('return-interviews', 'Return home interviews', 'WG appendix f'),
  item(
    'dashboard',
    'Missing dashboard',
    'WG appendix f, WG 13',
    'Episodes in the period, case status, interviews completed and declined, primary factors, repeat missing.',
  ),
  item('high-risk', 'High risk missing', 'WG appendix f'),
  item('crime-data', 'Crime data', 'WG appendix f'),
  item('intelligence', 'Intelligence', 'WG appendix f'),
  item('mapping', 'Mapping', 'WG appendix f'),
  item('out-of-borough', 'Out of borough missing episodes', 'WG appendix f'),
  item('out-of-area-placements', 'Out of area placements', 'WG appendix f'),
  item('unreported', 'Unreported missing episodes', 'WG appendix f'),
  item('dip-sample', 'Dip sample of cases (focus on where service has been declined)', 'WG appendix f'),
  item('new-placements', 'Commissioning and reporting of new placements', 'WG appendix f'),
  item('trafficking', 'Trafficking', 'WG appendix f'),
];

export const DEFAULT_TEMPLATES: Record<MeetingKind, readonly AgendaTemplateItem[]> = {
  mim: MIM,
  strategy: STRATEGY,
  'daily-review': DAILY_REVIEW,
  'urgent-care-review': URGENT_CARE_REVIEW,
  'weekly-missing': WEEKLY,
  'monthly-missing': MONTHLY,
};
