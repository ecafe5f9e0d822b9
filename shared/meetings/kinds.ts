import type { MeetingKind } from '../domain/meeting';

export interface KindRule {
  label: string;
  /** 'one': about one child; 'one-or-more': a list of children each with a section; 'any': governance, none needed. */
  children: 'one' | 'one-or-more' | 'any';
  /** A MIM is held at a stage (1, 2, escalation); no other kind is. */
  staged: boolean;
  source: string;
}

/** The item a new meeting fills with the child's open actions from earlier meetings (ST 13.16, ST 15.5). */
export const PREVIOUS_ACTIONS_KEY = 'previous-actions';

export const KIND_RULES: Record<MeetingKind, KindRule> = {
  mim: {
    label: 'Missing Intervention Meeting',
    children: 'one',
    staged: true,
    source: 'ST 13.15-13.26, WG 11, W-KC',
  },
  strategy: { label: 'Strategy Meeting', children: 'one', staged: false, source: 'ST 13.3, WG 12, W-KC' },
  // W-KC: multi-agency review of high-risk children and those missing over 24 hours, several at once.
  'daily-review': {
    label: 'Daily Review of Exploitation and Missing',
    children: 'one-or-more',
    staged: false,
    source: 'W-KC, WG 9',
  },
  'urgent-care-review': {
    label: 'Urgent care review meeting',
    children: 'one',
    staged: false,
    source: 'ST 14.2-14.4',
  },
  'weekly-missing': {
    label: 'Weekly Missing Meeting',
    children: 'one-or-more',
    staged: false,
    source: 'WG 9, ST 15',
  },
  // WG appendix f: a governance meeting about data and services; cases of concern may be named, none need be.
  'monthly-missing': {
    label: 'Monthly Missing Meeting (governance)',
    children: 'any',
    staged: false,
    source: 'WG appendix f, WG 13',
  },
};

export const isMultiChild = (kind: MeetingKind): boolean => KIND_RULES[kind].children !== 'one';
