import { describe, expect, it } from 'vitest';
import { getProfile, PROFILE_IDS } from '../../../shared/protocol';
import { childWith, evaluate, london, openEpisode, episode, plusHours } from './helpers';

/** Who must be told, and when (issue 16): each rule as its protocol's sentence says it. */

const REPORTED = london('2025-01-06 14:30');
const after = (hours: number) => plusHours(REPORTED, hours);
/** A child placed in the area by another authority (host and placing differ). */
const PLACED = childWith('child-in-care', {
  placingAuthority: 'Leicestershire',
  hostAuthority: 'Nottingham',
});
const roles = (notifications: { role: string }[]) => notifications.map((n) => n.role);

describe('East Midlands: the carer informs the placing authority (EM notification process)', () => {
  it('"the foster carer or the manager of the children’s home is responsible for informing the local Police, the child’s social worker, The Missing Children Office in the placing authority and the person(s) holding parental responsibility"', () => {
    const result = evaluate('east-midlands', [openEpisode(REPORTED, { id: 'ep' })], after(0.5), {
      child: PLACED,
    });
    expect(roles(result.notifications)).toEqual([
      'Local police',
      'The child’s social worker',
      'Missing Children Officer of the placing authority',
      'Those with parental responsibility',
    ]);
    // "Immediately" in effect: due from the report itself, so half an hour later it is already overdue.
    expect(result.notifications.every((n) => n.at === REPORTED && n.ruleId === 'placed-child-missing')).toBe(
      true,
    );
    expect(result.notifications[0]?.notifiedBy).toBe('Foster carer or children’s home manager');
  });

  it('"for Absent and Missing from placement episodes": an absent episode is notified too, away from placement is not', () => {
    const absent = evaluate('east-midlands', [openEpisode(REPORTED, { category: 'absent' })], after(1), {
      child: PLACED,
    });
    expect(absent.notifications).toHaveLength(4);
    const away = evaluate('east-midlands', [openEpisode(REPORTED, { category: 'away' })], after(1), {
      child: PLACED,
    });
    expect(away.notifications).toEqual([]);
  });

  it('a child living in its own authority is not a placed child: nothing to tell across the border', () => {
    const home = childWith('child-in-care', { placingAuthority: 'Nottingham', hostAuthority: 'Nottingham' });
    expect(
      evaluate('east-midlands', [openEpisode(REPORTED)], after(1), { child: home }).notifications,
    ).toEqual([]);
  });

  it('"They should also report to the local Police when the child has returned, and inform the child’s social worker and Missing Children Officer in the Placing Authority who should share this information with the child’s Independent Reviewing Officer (IRO)"', () => {
    const returned = after(6);
    const made = [
      'Local police',
      'The child’s social worker',
      'Missing Children Officer of the placing authority',
      'Those with parental responsibility',
    ].map((role) => ({ role, episodeId: 'ep', ruleId: 'placed-child-missing', at: after(1) }));
    const result = evaluate(
      'east-midlands',
      [episode(REPORTED, { id: 'ep', foundAt: returned, returnInterviewHeldAt: after(20) })],
      after(30),
      { child: PLACED, notificationsMade: made },
    );
    expect(result.notifications.map((n) => [n.role, n.at, n.ruleId])).toEqual([
      ['Local police', returned, 'placed-child-returned'],
      ['The child’s social worker', returned, 'placed-child-returned'],
      ['Missing Children Officer of the placing authority', returned, 'placed-child-returned'],
      ['The child’s Independent Reviewing Officer', returned, 'placed-child-returned'],
    ]);
    expect(result.notifications.at(-1)?.notifiedBy).toBe('Placing authority Missing Children Officer');
  });

  it('telling the social worker of the episode does not count as telling them of the return: each rule is its own task', () => {
    const result = evaluate(
      'east-midlands',
      [episode(REPORTED, { id: 'ep', foundAt: after(6), returnInterviewHeldAt: after(20) })],
      after(30),
      {
        child: PLACED,
        notificationsMade: [
          {
            role: 'The child’s social worker',
            episodeId: 'ep',
            ruleId: 'placed-child-missing',
            at: after(1),
          },
        ],
      },
    );
    const social = result.notifications.filter((n) => n.role === 'The child’s social worker');
    expect(social.map((n) => n.ruleId)).toEqual(['placed-child-returned']);
  });
});

describe('Staffordshire and Stoke-on-Trent: a high-risk report (ST 6)', () => {
  for (const id of ['staffordshire', 'stoke-on-trent'] as const) {
    it(`${id}: "Children’s services must also be notified immediately if the person is under 18."`, () => {
      const high = evaluate(id, [openEpisode(REPORTED, { policeRisk: 'high' })], after(0.25), {
        child: childWith('not-known'),
      });
      const told = high.notifications.filter((n) => n.source === 'ST 6');
      expect(told.map((n) => [n.role, n.notifiedBy, n.at])).toEqual([
        ['Children’s services', 'Police', REPORTED],
      ]);
      expect(told[0]?.quote).toBe(
        'Children’s services must also be notified immediately if the person is under 18.',
      );
      const medium = evaluate(id, [openEpisode(REPORTED, { policeRisk: 'medium' })], after(0.25), {
        child: childWith('not-known'),
      });
      expect(medium.notifications.filter((n) => n.source === 'ST 6')).toEqual([]);
    });
  }

  it('a child of 18 is outside the protocol: no one is to be told under it', () => {
    const adult = childWith('not-known', { dateOfBirth: '2006-01-01' });
    expect(
      evaluate('staffordshire', [openEpisode(REPORTED, { policeRisk: 'high' })], after(1), { child: adult })
        .notifications,
    ).toEqual([]);
  });
});

describe('Staffordshire and Stoke-on-Trent: significant concerns (ST 14.1)', () => {
  it('"If there are any significant concerns, the relevant senior manager should be alerted immediately." (read as a High grading of a child open to social care)', () => {
    const result = evaluate('staffordshire', [openEpisode(REPORTED, { policeRisk: 'high' })], after(1), {
      child: childWith('child-in-care'),
    });
    const alert = result.notifications.filter((n) => n.source === 'ST 14.1' && n.at === REPORTED);
    expect(alert.map((n) => [n.role, n.notifiedBy])).toEqual([
      ['Relevant senior manager', 'The child’s social worker'],
    ]);
    const notOpen = evaluate('staffordshire', [openEpisode(REPORTED, { policeRisk: 'high' })], after(1), {
      child: childWith('early-help'),
    });
    expect(notOpen.notifications.map((n) => n.role)).toEqual(['Children’s services']);
  });
});

describe('Wigan: the responsible authority (WG 10)', () => {
  it('"contact will be made with the responsible authority to ensure that they have been made aware of the missing episode"', () => {
    const placed = childWith('child-in-care', { placingAuthority: 'Bolton', hostAuthority: 'Wigan' });
    const result = evaluate('wigan', [openEpisode(REPORTED, { id: 'ep' })], after(2), { child: placed });
    expect(result.notifications.map((n) => [n.role, n.source])).toEqual([
      [
        'Responsible (placing) authority',
        'WG 10 (Children Looked after by OLA but placed within Wigan Borough)',
      ],
    ]);
    const own = childWith('child-in-care', { placingAuthority: 'Wigan', hostAuthority: 'Wigan' });
    expect(evaluate('wigan', [openEpisode(REPORTED)], after(2), { child: own }).notifications).toEqual([]);
  });

  it('each episode is its own task, and a recorded one leaves the list', () => {
    const placed = childWith('child-in-care', { placingAuthority: 'Bolton', hostAuthority: 'Wigan' });
    const episodes = [episode(REPORTED, { id: 'a' }), openEpisode(after(48), { id: 'b' })];
    const made = [
      {
        role: 'Responsible (placing) authority',
        episodeId: 'a',
        ruleId: 'responsible-authority-told',
        at: after(1),
      },
    ];
    const result = evaluate('wigan', episodes, after(49), { child: placed, notificationsMade: made });
    expect(result.notifications.filter((n) => n.source.startsWith('WG 10')).map((n) => n.episodeId)).toEqual([
      'b',
    ]);
  });

  it('a record made after the moment asked about does not count yet', () => {
    const placed = childWith('child-in-care', { placingAuthority: 'Bolton', hostAuthority: 'Wigan' });
    const made = [
      {
        role: 'Responsible (placing) authority',
        episodeId: 'ep',
        ruleId: 'responsible-authority-told',
        at: after(5),
      },
    ];
    const result = evaluate('wigan', [openEpisode(REPORTED, { id: 'ep' })], after(2), {
      child: placed,
      notificationsMade: made,
    });
    expect(result.notifications).toHaveLength(1);
  });
});

describe('a rule of one protocol does not leak into another', () => {
  it('only the protocols that say so carry each rule', () => {
    const rulesOf = Object.fromEntries(
      PROFILE_IDS.map((id) => [id, getProfile(id).notificationRules.map((r) => r.source.split(' (')[0])]),
    );
    expect(rulesOf).toEqual({
      warwickshire: [],
      staffordshire: ['ST 6', 'ST 14.1'],
      'stoke-on-trent': ['ST 6', 'ST 14.1'],
      wigan: ['WG 10'],
      'east-midlands': ['EM', 'EM'],
    });
  });

  it('Warwickshire: a high-risk placed child raises no ST 6 or EM notification', () => {
    const result = evaluate('warwickshire', [openEpisode(REPORTED, { policeRisk: 'high' })], after(1), {
      child: PLACED,
    });
    expect(result.notifications).toEqual([]);
  });
});
