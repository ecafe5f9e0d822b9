import { describe, expect, it } from 'vitest';
import { childWith, episode, evaluate, london, openEpisode, plusHours, wall } from './helpers';

const REPORTED = london('2025-01-06 14:30'); // Monday
const after = (hours: number, minutes = 0) => plusHours(REPORTED, hours + minutes / 60);
const roles = (e: ReturnType<typeof evaluate>) => e.notifications.map((n) => n.role).sort();

describe('Warwickshire clocks while missing (W-KC)', () => {
  it('a high-risk missing child needs a Strategy Meeting within 48 hours of the report', () => {
    const result = evaluate('warwickshire', [openEpisode(REPORTED, { policeRisk: 'high' })], after(1));
    const strategy = result.meetings.find((m) => m.kind === 'strategy');
    expect(strategy).toMatchObject({ dueBy: after(48), episodeIds: [result.openEpisodeIds[0]] });
    expect(wall(strategy?.dueBy ?? '')).toBe('2025-01-08 14:30');
  });

  it('a medium-risk missing child needs no early Strategy Meeting', () => {
    const result = evaluate('warwickshire', [openEpisode(REPORTED, { policeRisk: 'medium' })], after(30));
    expect(result.meetings.some((m) => m.kind === 'strategy')).toBe(false);
  });

  it('a child missing over 24 hours goes to the Daily Review of Exploitation and Missing meeting', () => {
    expect(evaluate('warwickshire', [openEpisode(REPORTED)], after(23)).meetings).toEqual([]);
    const result = evaluate('warwickshire', [openEpisode(REPORTED)], after(25));
    expect(result.meetings).toMatchObject([
      { kind: 'daily-review', label: 'Daily Review of Exploitation and Missing Meeting', dueBy: after(48) },
    ]);
  });

  it('every high-risk missing child goes to the Daily Review from the report', () => {
    const result = evaluate('warwickshire', [openEpisode(REPORTED, { policeRisk: 'high' })], after(2));
    expect(result.meetings.find((m) => m.kind === 'daily-review')).toMatchObject({ dueBy: after(24) });
  });

  it('the Daily Review sees the child again each day while missing', () => {
    const meetingsHeld = [{ kind: 'daily-review', heldAt: after(30) }];
    expect(evaluate('warwickshire', [openEpisode(REPORTED)], after(40), { meetingsHeld }).meetings).toEqual(
      [],
    );
    const nextDay = evaluate('warwickshire', [openEpisode(REPORTED)], after(50), { meetingsHeld });
    expect(nextDay.meetings).toMatchObject([{ kind: 'daily-review', arisesAt: after(48), dueBy: after(72) }]);
  });

  it('the clocks stop when the child is found', () => {
    const result = evaluate(
      'warwickshire',
      [episode(REPORTED, { policeRisk: 'high', foundAt: after(20) })],
      after(30),
    );
    expect(result.meetings).toEqual([]);
    expect(result.openEpisodeIds).toEqual([]);
  });

  it('absent episodes start no missing clocks', () => {
    const result = evaluate(
      'warwickshire',
      [openEpisode(REPORTED, { category: 'absent', policeRisk: 'high' })],
      after(30),
    );
    expect(result.meetings).toEqual([]);
  });
});

describe('Wigan clocks while missing (WG 12)', () => {
  it('Wigan: at 24 hours the Assistant Director and Enhanced Service Manager are notified', () => {
    expect(evaluate('wigan', [openEpisode(REPORTED)], after(23, 59)).notifications).toEqual([]);
    const result = evaluate('wigan', [openEpisode(REPORTED)], after(24, 1));
    expect(roles(result)).toEqual([
      'Assistant Director',
      'Enhanced Service Manager for Children in Need and Children in Need of Protection',
    ]);
    expect(result.notifications[0]?.at).toBe(after(24));
  });

  it('Wigan: from 24 hours a multi-agency strategy meeting is planned, due by 72 hours', () => {
    const result = evaluate('wigan', [openEpisode(REPORTED)], after(25));
    expect(result.meetings.find((m) => m.kind === 'strategy')).toMatchObject({
      dueBy: after(72),
      arisesAt: after(24),
    });
  });

  it('Wigan: a child missing 72 hours needs an urgent strategy meeting (overdue if not yet held)', () => {
    const result = evaluate('wigan', [openEpisode(REPORTED)], after(73));
    const strategy = result.meetings.find((m) => m.kind === 'strategy');
    expect(strategy?.label).toMatch(/^Urgent multi-agency strategy meeting/);
    expect(Date.parse(strategy?.dueBy ?? '')).toBeLessThan(Date.parse(after(73)));
  });

  it('Wigan: a child missing 7 days needs a strategy meeting chaired by a Principal Manager with the IRO', () => {
    const meetingsHeld = [{ kind: 'strategy', heldAt: after(50) }];
    expect(
      evaluate('wigan', [openEpisode(REPORTED)], after(100), { meetingsHeld }).meetings.map((m) => m.kind),
    ).toEqual(['mim']);
    const result = evaluate('wigan', [openEpisode(REPORTED)], after(169), { meetingsHeld });
    expect(result.meetings.find((m) => m.kind === 'strategy')).toMatchObject({
      chair: 'Principal Manager',
      label: 'Strategy meeting chaired by a Principal Manager (IRO attends)',
      arisesAt: after(168),
    });
  });

  it('Wigan: with no strategy meeting held by 7 days, one meeting is listed, the Principal Manager’s, due since 72 hours', () => {
    const strategies = evaluate('wigan', [openEpisode(REPORTED)], after(170)).meetings.filter(
      (m) => m.kind === 'strategy',
    );
    expect(strategies).toHaveLength(1);
    expect(strategies[0]).toMatchObject({ chair: 'Principal Manager', dueBy: after(72) });
  });
});

describe('Staffordshire clocks while missing (ST 14.1-14.4)', () => {
  it('Staffordshire: at 24 hours the social worker tells their line manager and the District Operational Lead is informed', () => {
    const result = evaluate('staffordshire', [openEpisode(REPORTED)], after(25), {
      child: childWith('child-in-care'),
    });
    expect(roles(result)).toEqual(['District Operational Lead', 'Social worker’s line manager']);
    expect(result.notifications.find((n) => n.role === 'Social worker’s line manager')?.notifiedBy).toBe(
      'The child’s social worker',
    );
  });

  it('Staffordshire: a child not open to social care has no social worker to tell a line manager', () => {
    const result = evaluate('staffordshire', [openEpisode(REPORTED)], after(25), {
      child: childWith('not-known'),
    });
    expect(roles(result)).toEqual(['District Operational Lead']);
  });

  it('Staffordshire: at 72 hours the Assistant Director is updated and an urgent care review meeting is due', () => {
    expect(
      evaluate('staffordshire', [openEpisode(REPORTED)], after(71)).meetings.map((m) => m.kind),
    ).not.toContain('urgent-care-review');
    const result = evaluate('staffordshire', [openEpisode(REPORTED)], after(72, 30));
    expect(roles(result)).toContain('Assistant Director');
    expect(result.meetings.find((m) => m.kind === 'urgent-care-review')).toMatchObject({
      chair: 'Police and the child’s social worker',
      dueBy: after(72),
    });
  });

  it('Staffordshire: at 5 days the Director of Children’s Services is updated', () => {
    expect(roles(evaluate('staffordshire', [openEpisode(REPORTED)], after(119)))).not.toContain(
      'Director of Children’s Services',
    );
    const result = evaluate('staffordshire', [openEpisode(REPORTED)], after(121));
    expect(result.notifications.find((n) => n.role === 'Director of Children’s Services')).toMatchObject({
      at: after(120),
      notifiedBy: 'Assistant Director',
    });
  });

  it('Staffordshire: from the third day of an open episode a MIM is to be considered (ST 13.23)', () => {
    expect(evaluate('staffordshire', [openEpisode(REPORTED)], after(47)).considerations).toEqual([]);
    const result = evaluate('staffordshire', [openEpisode(REPORTED)], after(49));
    expect(result.considerations[0]?.reason).toBe(
      'Consider a Missing Intervention Meeting: missing since 14:30 Mon 6 Jan, now day 3 of the episode',
    );
  });

  it('a notification recorded as made drops out', () => {
    const result = evaluate('staffordshire', [openEpisode(REPORTED, { id: 'ep-1' })], after(25), {
      child: childWith('not-known'),
      notificationsMade: [{ role: 'District Operational Lead', episodeId: 'ep-1', at: after(24, 10) }],
    });
    expect(result.notifications).toEqual([]);
  });
});

describe('Stoke-on-Trent clocks while missing (ST 14.1, 20.5)', () => {
  it('Stoke: at 24 hours the Strategic Manager is informed', () => {
    expect(
      roles(
        evaluate('stoke-on-trent', [openEpisode(REPORTED)], after(25), { child: childWith('child-in-care') }),
      ),
    ).toEqual(['Social worker’s line manager', 'Strategic Manager']);
  });

  it('Stoke: a child not open and missing over 24 hours is opened by CHAD for an assessment', () => {
    const result = evaluate('stoke-on-trent', [openEpisode(REPORTED)], after(25), {
      child: childWith('not-known'),
    });
    expect(roles(result)).toEqual([
      'Children’s Advice and Duty service (CHAD): open the child for an assessment',
      'Strategic Manager',
    ]);
  });

  it('Stoke: at 72 hours the Assistant Director is updated (by the Strategic Manager) and an urgent care review is due', () => {
    const result = evaluate('stoke-on-trent', [openEpisode(REPORTED)], after(73));
    expect(result.notifications.find((n) => n.role === 'Assistant Director')?.notifiedBy).toBe(
      'Strategic Manager',
    );
    expect(result.meetings.map((m) => m.kind)).toContain('urgent-care-review');
  });

  it('Stoke: at 5 days the Director of Children’s Services is updated', () => {
    expect(roles(evaluate('stoke-on-trent', [openEpisode(REPORTED)], after(121)))).toContain(
      'Director of Children’s Services',
    );
  });
});

describe('Long-term missing (W-CP 2.0)', () => {
  it('a child missing for 28 days is long-term missing', () => {
    expect(evaluate('warwickshire', [openEpisode(REPORTED)], after(27 * 24 + 23)).longTermMissing).toEqual(
      [],
    );
    const result = evaluate('warwickshire', [openEpisode(REPORTED)], after(28 * 24 + 1));
    expect(result.longTermMissing).toMatchObject([{ days: 28, since: after(28 * 24) }]);
  });

  it('the next clocks of an open episode are listed as upcoming, soonest first', () => {
    const result = evaluate('staffordshire', [openEpisode(REPORTED)], after(30), {
      child: childWith('not-known'),
    });
    expect(result.upcoming.map((u) => u.at)).toEqual([after(72), after(72), after(120), after(28 * 24)]);
  });
});
