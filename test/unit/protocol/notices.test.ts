import { describe, expect, it } from 'vitest';
import {
  buildDueList,
  evaluateChild,
  getProfile,
  PROFILE_IDS,
  type ChildFacts,
  type EpisodeFacts,
  type NotificationMade,
  type ProfileId,
} from '../../../shared/protocol';
import type { StatutoryReviewHeld } from '../../../shared/protocol/types';
import { childWith, episode, london } from './helpers';

/** Notices about no episode (issue 16): ST 17.4's IRO report after a statutory review, EM's placement notice. */

const OUT_OF_AREA: ChildFacts = childWith('child-in-care', {
  placingAuthority: 'Stoke-on-Trent',
  hostAuthority: 'Cheshire East',
});

function run(
  profileId: ProfileId,
  child: ChildFacts,
  episodes: EpisodeFacts[],
  asOf: string,
  statutoryReviews: StatutoryReviewHeld[] = [],
  notificationsMade: NotificationMade[] = [],
) {
  return evaluateChild({
    profile: getProfile(profileId),
    child,
    episodes,
    asOf,
    statutoryReviews,
    notificationsMade,
  });
}
const reportsOf = (ev: ReturnType<typeof run>) =>
  ev.notifications.filter((n) => n.ruleId === 'iro-report-after-review');

describe('ST 17.4: the IRO reports the missing episodes after each statutory review of a child living out of area', () => {
  const SENTENCE =
    '"the allocated IRO is required to report the number of missing episodes and the adequacy of responses to these episodes following each statutory review of a child living out of area"';

  it(`${SENTENCE}: a review held after episodes is a task for the review, due 20 working days later`, () => {
    const episodes = [episode(london('2025-02-10 21:00')), episode(london('2025-02-20 22:00'))];
    const ev = run('stoke-on-trent', OUT_OF_AREA, episodes, london('2025-03-04 09:00'), [
      { id: 'review-1', heldOn: '2025-03-03' },
    ]);
    const [report, ...rest] = reportsOf(ev);
    expect(rest).toEqual([]);
    expect(report).toMatchObject({
      episodeId: null,
      subjectId: 'review-1',
      role: 'Relevant team manager (the IRO’s report of out-of-area missing episodes)',
      notifiedBy: 'Allocated Independent Reviewing Officer (IRO)',
      source: 'ST 17.4',
      // Monday 3 March plus 20 working days (no bank holiday between) is Monday 31 March.
      at: '2025-03-31',
    });
    expect(report!.reason).toContain('statutory review held Mon 3 Mar 2025, 2 missing episodes');
    // On Due: due by the day, overdue only from the next London day.
    const due = (asOf: string) =>
      buildDueList(
        [
          {
            childId: 'c',
            childName: 'Child',
            evaluation: run('stoke-on-trent', OUT_OF_AREA, episodes, asOf, [
              { id: 'review-1', heldOn: '2025-03-03' },
            ]),
          },
        ],
        asOf,
      ).filter((i) => i.ruleId === 'iro-report-after-review');
    expect(due(london('2025-03-31 23:59'))[0]).toMatchObject({
      overdue: false,
      subjectId: 'review-1',
      episodeIds: [],
    });
    expect(due(london('2025-04-01 00:00'))[0]?.overdue).toBe(true);
  });

  it(`${SENTENCE}: "following each": each review reports the episodes since the review before, and none without episodes`, () => {
    const reviews = [
      { id: 'r1', heldOn: '2025-03-03' },
      { id: 'r2', heldOn: '2025-06-02' },
      { id: 'r3', heldOn: '2025-09-01' },
    ];
    const episodes = [
      episode(london('2025-02-10 21:00')),
      // On the day of the first review: that review's, not the next one's.
      episode(london('2025-03-03 20:00')),
      episode(london('2025-07-14 20:00')),
    ];
    const ev = run('stoke-on-trent', OUT_OF_AREA, episodes, london('2025-09-02 09:00'), reviews);
    const reports = reportsOf(ev);
    // r2 (March to June) had no episode: nothing to report for it.
    expect(reports.map((r) => r.subjectId)).toEqual(['r1', 'r3']);
    expect(reports[0]!.reason).toContain('2 missing episodes');
    expect(reports[1]!.reason).toContain('1 missing episode since');
  });

  it(`${SENTENCE}: "of a child living out of area": a child placed in its own authority has no report to make`, () => {
    const home = childWith('child-in-care', {
      placingAuthority: 'Stoke-on-Trent',
      hostAuthority: 'Stoke-on-Trent',
    });
    const ev = run(
      'stoke-on-trent',
      home,
      [episode(london('2025-02-10 21:00'))],
      london('2025-03-04 09:00'),
      [{ id: 'r1', heldOn: '2025-03-03' }],
    );
    expect(reportsOf(ev)).toEqual([]);
  });

  it(`${SENTENCE}: episodes before the placement out of area began are not this placement's to report`, () => {
    const child = { ...OUT_OF_AREA, placementStartedOn: '2025-02-15' };
    const ev = run(
      'stoke-on-trent',
      child,
      [episode(london('2025-02-10 21:00'))],
      london('2025-03-04 09:00'),
      [{ id: 'r1', heldOn: '2025-03-03' }],
    );
    expect(reportsOf(ev)).toEqual([]);
  });

  it(`${SENTENCE}: recorded as told, the task leaves; a review recorded ahead of asOf is not yet held`, () => {
    const episodes = [episode(london('2025-02-10 21:00'))];
    const told = run(
      'stoke-on-trent',
      OUT_OF_AREA,
      episodes,
      london('2025-03-10 09:00'),
      [{ id: 'r1', heldOn: '2025-03-03' }],
      [
        {
          episodeId: null,
          subjectId: 'r1',
          ruleId: 'iro-report-after-review',
          role: 'Relevant team manager (the IRO’s report of out-of-area missing episodes)',
          at: london('2025-03-07 12:00'),
        },
      ],
    );
    expect(reportsOf(told)).toEqual([]);
    const early = run('stoke-on-trent', OUT_OF_AREA, episodes, london('2025-03-02 09:00'), [
      { id: 'r1', heldOn: '2025-03-03' },
    ]);
    expect(reportsOf(early)).toEqual([]);
  });

  it('ST 17.4 is modelled in the Stoke profile only: no other profile has the rule', () => {
    for (const id of PROFILE_IDS) {
      const rule = getProfile(id).statutoryReviewReport;
      if (id === 'stoke-on-trent') expect(rule?.source).toBe('ST 17.4');
      else expect(rule, id).toBeNull();
    }
  });
});

describe('EM: the placing authority notifies the host authority before placing a child at risk of going missing', () => {
  const SENTENCE =
    '"the Placing Authority will notify the Host Authority’s Missing Children lead when they are placing a child who is at risk of going missing and/or child sexual exploitation ... prior to the young person being placed or within 24 hours of the placement being made"';
  const PLACED_AT_RISK: ChildFacts = childWith('child-in-care', {
    placingAuthority: 'Leicestershire',
    hostAuthority: 'Nottingham',
    placementStartedOn: '2025-01-10',
    placementMissingRisk: true,
  });
  const notices = (ev: ReturnType<typeof run>) =>
    ev.notifications.filter((n) => n.ruleId === 'placing-child-at-risk');

  it(`${SENTENCE}: a planned placement shows the notice before the child is placed, with no episode at all`, () => {
    const [notice, ...rest] = notices(run('east-midlands', PLACED_AT_RISK, [], london('2025-01-06 09:00')));
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({
      role: 'Host authority’s Missing Children lead',
      notifiedBy: 'Placing authority',
      episodeId: null,
      subjectId: 'placement:2025-01-10',
      source: 'EM (notification before placing a child at risk)',
    });
    // The record holds the day, not the hour: 24 hours from the end of 10 January is the end of 11 January.
    expect(notice!.at).toBe(london('2025-01-12 00:00'));
    const due = (asOf: string) =>
      buildDueList(
        [{ childId: 'c', childName: 'Child', evaluation: run('east-midlands', PLACED_AT_RISK, [], asOf) }],
        asOf,
      )[0];
    expect(due(london('2025-01-11 23:59'))?.overdue).toBe(false);
    expect(due(london('2025-01-12 00:01'))).toMatchObject({
      overdue: true,
      subjectId: 'placement:2025-01-10',
    });
  });

  it(`${SENTENCE}: only a child placed at risk, and only across a border`, () => {
    const notAtRisk = { ...PLACED_AT_RISK, placementMissingRisk: false };
    expect(notices(run('east-midlands', notAtRisk, [], london('2025-01-06 09:00')))).toEqual([]);
    const home = { ...PLACED_AT_RISK, hostAuthority: 'Leicestershire' };
    expect(notices(run('east-midlands', home, [], london('2025-01-06 09:00')))).toEqual([]);
    const noDate = { ...PLACED_AT_RISK, placementStartedOn: null };
    expect(notices(run('east-midlands', noDate, [], london('2025-01-06 09:00')))).toEqual([]);
  });

  it(`${SENTENCE}: recorded as told, the notice leaves; a new placement asks again`, () => {
    const made: NotificationMade[] = [
      {
        episodeId: null,
        subjectId: 'placement:2025-01-10',
        ruleId: 'placing-child-at-risk',
        role: 'Host authority’s Missing Children lead',
        at: london('2025-01-09 15:00'),
      },
    ];
    expect(notices(run('east-midlands', PLACED_AT_RISK, [], london('2025-01-12 09:00'), [], made))).toEqual(
      [],
    );
    const moved = { ...PLACED_AT_RISK, placementStartedOn: '2025-04-01' };
    expect(notices(run('east-midlands', moved, [], london('2025-04-01 09:00'), [], made))).toHaveLength(1);
  });

  it('the EM notice is in the East Midlands profile only, and is no longer one of its notes', () => {
    for (const id of PROFILE_IDS) {
      const rule = getProfile(id).placementNotice;
      if (id === 'east-midlands') expect(rule?.withinHours).toBe(24);
      else expect(rule, id).toBeNull();
    }
    expect(getProfile('east-midlands').notes.some((n) => /before placing a child/.test(n))).toBe(false);
  });
});
