import { describe, expect, it } from 'vitest';
import { duplicateProfile, evaluateChild, getProfile, protocolProfileSchema } from '../../../shared/protocol';
import { CHILD, episode, evaluate, london, missingOn, openEpisode, plusHours } from './helpers';

const mimOf = (e: ReturnType<typeof evaluate>) => e.meetings.filter((m) => m.kind === 'mim');

describe('Warwickshire thresholds: 3, 6 and 9 episodes in 90 days (W-KC)', () => {
  it('a third missing episode inside 90 days calls a Warwickshire stage 1 MIM chaired by a Team Leader', () => {
    const result = evaluate(
      'warwickshire',
      missingOn('2025-01-04', '2025-01-14', '2025-01-24'),
      london('2025-01-25 09:00'),
    );
    expect(result.stage.level).toBe(1);
    expect(result.stage.label).toBe('Stage 1 Missing Intervention Meeting');
    expect(result.stage.chair).toBe('Team Leader (in some circumstances a Lead Practitioner)');
    expect(result.stage.reason).toBe('3 missing episodes in 90 days: 4 Jan, 14 Jan, 24 Jan');
    expect(mimOf(result)).toHaveLength(1);
    expect(mimOf(result)[0]).toMatchObject({ stageLevel: 1, chair: result.stage.chair });
  });

  it('two missing episodes stay below stage 1 and call no MIM', () => {
    const result = evaluate(
      'warwickshire',
      missingOn('2025-01-04', '2025-01-14'),
      london('2025-01-25 09:00'),
    );
    expect(result.stage.level).toBe(0);
    expect(result.stage.reason).toBe('2 missing episodes in 90 days: 4 Jan, 14 Jan');
    expect(result.meetings).toEqual([]);
  });

  it('a sixth missing episode calls a stage 2 MIM chaired by an Operations Manager', () => {
    const eps = missingOn('2025-01-04', '2025-01-14', '2025-01-24', '2025-02-03', '2025-02-13', '2025-02-23');
    expect(evaluate('warwickshire', eps.slice(0, 5), london('2025-02-24 09:00')).stage.level).toBe(1);
    const result = evaluate('warwickshire', eps, london('2025-02-24 09:00'));
    expect(result.stage).toMatchObject({ level: 2, chair: 'Operations Manager' });
    expect(mimOf(result)[0]?.stageLevel).toBe(2);
  });

  it('a ninth missing episode calls the escalation MIM chaired by an Operations Manager', () => {
    const eps = missingOn(
      ...Array.from({ length: 9 }, (_, i) => `2025-01-${String(2 + i * 3).padStart(2, '0')}`),
    );
    const result = evaluate('warwickshire', eps, london('2025-01-31 09:00'));
    expect(result.stage).toMatchObject({
      level: 3,
      label: 'Escalation Missing Intervention Meeting',
      chair: 'Operations Manager',
    });
  });

  it('Warwickshire sets no deadline for the MIM', () => {
    const [mim] = mimOf(
      evaluate(
        'warwickshire',
        missingOn('2025-01-04', '2025-01-14', '2025-01-24'),
        london('2025-01-25 09:00'),
      ),
    );
    expect(mim?.dueBy).toBeNull();
    expect(mim?.deadlineWords).toBe('no deadline set in the protocol');
  });
});

describe('Which episodes count', () => {
  it('absent episodes do not count toward the threshold', () => {
    const eps = [
      ...missingOn('2025-01-04', '2025-01-14'),
      episode(london('2025-01-20 10:00'), { category: 'absent' }),
    ];
    const result = evaluate('staffordshire', eps, london('2025-01-25 09:00'));
    expect(result.stage.level).toBe(0);
    expect(result.stage.episodeIds).toHaveLength(2);
  });

  it('away-from-placement episodes do not count toward the threshold', () => {
    const eps = [
      ...missingOn('2025-01-04', '2025-01-14'),
      episode(london('2025-01-20 10:00'), { category: 'away' }),
    ];
    expect(evaluate('wigan', eps, london('2025-01-25 09:00')).stage.level).toBe(0);
  });

  it('a profile edited to count absent episodes counts them, and says so', () => {
    const base = getProfile('warwickshire');
    const profile = protocolProfileSchema.parse({
      ...duplicateProfile(base, { id: 'warwickshire-absent', name: 'Test', council: 'Test' }),
      countingCategories: ['missing', 'absent'],
    });
    const eps = [
      ...missingOn('2025-01-04', '2025-01-14'),
      episode(london('2025-01-20 10:00'), { category: 'absent' }),
    ];
    const result = evaluateChild({ profile, child: CHILD, episodes: eps, asOf: london('2025-01-25 09:00') });
    expect(result.stage.level).toBe(1);
    expect(result.stage.reason).toBe('3 missing or absent episodes in 90 days: 4 Jan, 14 Jan, 20 Jan');
  });

  it('an episode reported after asOf does not count yet', () => {
    const eps = missingOn('2025-01-04', '2025-01-14', '2025-01-26');
    expect(evaluate('staffordshire', eps, london('2025-01-25 09:00')).stage.level).toBe(0);
  });
});

describe('Staffordshire and Stoke-on-Trent thresholds: 3, 5 and 9 in 90 days, held within 5 working days (ST 13.17-13.20)', () => {
  it('Staffordshire: a third episode calls a stage 1 MIM due within 5 working days', () => {
    const result = evaluate(
      'staffordshire',
      missingOn('2025-01-02', '2025-01-10', '2025-01-20'),
      london('2025-01-20 12:00'),
    );
    expect(result.stage.level).toBe(1);
    expect(mimOf(result)[0]?.dueBy).toBe('2025-01-27');
  });

  it('Staffordshire: a fifth episode calls a stage 2 MIM; a ninth a stage 3 MIM', () => {
    const days = ['01', '04', '07', '10', '13', '16', '19', '22', '25'].map((d) => `2025-03-${d}`);
    expect(
      evaluate('staffordshire', missingOn(...days.slice(0, 4)), london('2025-03-26 12:00')).stage.level,
    ).toBe(1);
    expect(
      evaluate('staffordshire', missingOn(...days.slice(0, 5)), london('2025-03-26 12:00')).stage.level,
    ).toBe(2);
    expect(
      evaluate('staffordshire', missingOn(...days.slice(0, 8)), london('2025-03-26 12:00')).stage.level,
    ).toBe(2);
    expect(evaluate('staffordshire', missingOn(...days), london('2025-03-26 12:00')).stage.level).toBe(3);
  });

  it('Staffordshire: the MIM is due within 5 working days, skipping the Easter bank holidays', () => {
    const result = evaluate(
      'staffordshire',
      missingOn('2025-04-01', '2025-04-09', '2025-04-17'),
      london('2025-04-17 12:00'),
    );
    expect(mimOf(result)[0]?.dueBy).toBe('2025-04-28');
  });

  it('Stoke-on-Trent: the MIM after a third episode on Friday 19 December is due by Tuesday 30 December', () => {
    const result = evaluate(
      'stoke-on-trent',
      missingOn('2025-12-01', '2025-12-10', '2025-12-19'),
      london('2025-12-20 09:00'),
    );
    expect(result.stage.level).toBe(1);
    expect(mimOf(result)[0]?.dueBy).toBe('2025-12-30');
  });

  it('Stoke-on-Trent: after a third episode on 23 December the MIM is due on 2 January, skipping Christmas and New Year', () => {
    const result = evaluate(
      'stoke-on-trent',
      missingOn('2025-12-01', '2025-12-10', '2025-12-23'),
      london('2025-12-24 09:00'),
    );
    expect(mimOf(result)[0]?.dueBy).toBe('2026-01-02');
  });

  it('Stoke-on-Trent: five episodes call stage 2, nine call stage 3', () => {
    const days = ['01', '04', '07', '10', '13', '16', '19', '22', '25'].map((d) => `2025-03-${d}`);
    expect(
      evaluate('stoke-on-trent', missingOn(...days.slice(0, 5)), london('2025-03-26 12:00')).stage.level,
    ).toBe(2);
    expect(evaluate('stoke-on-trent', missingOn(...days), london('2025-03-26 12:00')).stage.level).toBe(3);
  });

  it('a trigger late on Friday night London time counts from Friday, not from Saturday UTC', () => {
    // 23:30 BST on Fri 4 July is 22:30 UTC the same day; 00:30 BST Sat 5 July is 23:30 UTC on Friday.
    const eps = [...missingOn('2025-06-20', '2025-06-27'), episode(london('2025-07-05 00:30'))];
    expect(mimOf(evaluate('staffordshire', eps, london('2025-07-05 09:00')))[0]?.dueBy).toBe('2025-07-11');
    const friday = [...missingOn('2025-06-20', '2025-06-27'), episode(london('2025-07-04 23:30'))];
    expect(mimOf(evaluate('staffordshire', friday, london('2025-07-05 09:00')))[0]?.dueBy).toBe('2025-07-11');
    const thursday = [...missingOn('2025-06-20', '2025-06-27'), episode(london('2025-07-03 23:30'))];
    expect(mimOf(evaluate('staffordshire', thursday, london('2025-07-05 09:00')))[0]?.dueBy).toBe(
      '2025-07-10',
    );
  });
});

describe('Meetings already held', () => {
  const three = () => missingOn('2025-01-02', '2025-01-10', '2025-01-14');

  it('a stage 1 MIM held after the third episode satisfies the requirement', () => {
    const result = evaluate('staffordshire', three(), london('2025-01-25 12:00'), {
      meetingsHeld: [{ kind: 'mim', stageLevel: 1, heldAt: london('2025-01-20 10:00') }],
    });
    expect(result.stage.level).toBe(1);
    expect(mimOf(result)).toEqual([]);
  });

  it('a MIM held before the threshold was reached does not', () => {
    const result = evaluate('staffordshire', three(), london('2025-01-25 12:00'), {
      meetingsHeld: [{ kind: 'mim', stageLevel: 1, heldAt: london('2025-01-12 10:00') }],
    });
    expect(mimOf(result)).toHaveLength(1);
  });

  it('a meeting of another kind does not satisfy a MIM', () => {
    const result = evaluate('staffordshire', three(), london('2025-01-25 12:00'), {
      meetingsHeld: [{ kind: 'strategy', heldAt: london('2025-01-20 10:00') }],
    });
    expect(mimOf(result)).toHaveLength(1);
  });

  it('a stage 1 MIM does not satisfy a stage 2 requirement', () => {
    const eps = missingOn('2025-01-02', '2025-01-05', '2025-01-08', '2025-01-11', '2025-01-14');
    const result = evaluate('staffordshire', eps, london('2025-01-20 12:00'), {
      meetingsHeld: [{ kind: 'mim', stageLevel: 1, heldAt: london('2025-01-16 10:00') }],
    });
    expect(mimOf(result)).toMatchObject([{ stageLevel: 2 }]);
  });

  it('a stage 2 MIM keeps satisfying stage 1 when older episodes leave the window', () => {
    const eps = missingOn(
      '2025-01-01',
      '2025-01-05',
      '2025-01-10',
      '2025-01-15',
      '2025-01-20',
      '2025-03-01',
      '2025-03-20',
    );
    const meetingsHeld = [{ kind: 'mim', stageLevel: 2, heldAt: london('2025-01-22 10:00') }];
    const result = evaluate('staffordshire', eps, london('2025-04-16 12:00'), { meetingsHeld });
    expect(result.stage.level).toBe(1);
    expect(result.stage.episodeIds).toHaveLength(3);
    expect(mimOf(result)).toEqual([]);
  });

  it('further episodes at the same stage after its MIM do not call another', () => {
    const eps = [...three(), ...missingOn('2025-01-28')];
    const result = evaluate('staffordshire', eps, london('2025-01-29 12:00'), {
      meetingsHeld: [{ kind: 'mim', stageLevel: 1, heldAt: london('2025-01-20 10:00') }],
    });
    expect(result.stage.level).toBe(1);
    expect(mimOf(result)).toEqual([]);
  });

  it('after falling below stage 1, a new third episode calls a fresh MIM', () => {
    const eps = [...three(), ...missingOn('2025-05-01', '2025-05-05', '2025-05-10')];
    const result = evaluate('staffordshire', eps, london('2025-05-11 12:00'), {
      meetingsHeld: [{ kind: 'mim', stageLevel: 1, heldAt: london('2025-01-20 10:00') }],
    });
    expect(result.stage.episodeIds).toHaveLength(3);
    expect(mimOf(result)).toMatchObject([{ stageLevel: 1, dueBy: '2025-05-16' }]);
  });
});

describe('Wigan thresholds: 3 in one calendar month, or one episode over 24 hours (WG 11)', () => {
  it('Wigan: three missing episodes within a calendar month call a MIM at the earliest opportunity', () => {
    const result = evaluate(
      'wigan',
      missingOn('2025-01-02', '2025-01-20', '2025-02-01'),
      london('2025-02-01 12:00'),
    );
    expect(result.stage).toMatchObject({ level: 1, label: 'Missing Intervention Meeting' });
    expect(result.stage.reason).toBe('3 missing episodes in 1 month: 2 Jan, 20 Jan, 1 Feb');
    expect(mimOf(result)).toMatchObject([{ dueBy: null, deadlineWords: 'at the earliest opportunity' }]);
  });

  it('Wigan: an episode a calendar month old has left the window', () => {
    const result = evaluate(
      'wigan',
      missingOn('2025-01-01', '2025-01-20', '2025-02-01'),
      london('2025-02-01 10:00'),
    );
    expect(result.stage.level).toBe(0);
  });

  it('Wigan: the month from 31 January ends on 28 February', () => {
    const eps = missingOn('2025-01-31', '2025-02-15', '2025-02-27');
    expect(evaluate('wigan', eps, london('2025-02-28 09:59')).stage.level).toBe(1);
    expect(evaluate('wigan', eps, london('2025-02-28 10:00')).stage.level).toBe(0);
  });

  it('Wigan: the same three episodes over 40 days do not reach a MIM, though they would in 90 days', () => {
    const eps = missingOn('2025-01-02', '2025-01-25', '2025-02-10');
    expect(evaluate('wigan', eps, london('2025-02-11 12:00')).stage.level).toBe(0);
    expect(evaluate('warwickshire', eps, london('2025-02-11 12:00')).stage.level).toBe(1);
  });

  it('Wigan: one episode over 24 hours calls a MIM', () => {
    const reported = london('2025-03-03 10:00');
    const result = evaluate(
      'wigan',
      [episode(reported, { foundAt: plusHours(reported, 30) })],
      london('2025-03-06 12:00'),
    );
    expect(result.stage.level).toBe(1);
    expect(result.stage.reason).toBe(
      'Missing for over 24 hours from 10:00 Mon 3 Mar; 1 missing episode in 1 month: 3 Mar',
    );
    expect(mimOf(result)).toMatchObject([
      { arisesAt: new Date(Date.parse(reported) + 24 * 3_600_000).toISOString() },
    ]);
  });

  it('Wigan: a child still missing after 24 hours reaches the MIM while missing', () => {
    const reported = london('2025-03-03 10:00');
    expect(evaluate('wigan', [openEpisode(reported)], london('2025-03-04 09:59')).stage.level).toBe(0);
    const result = evaluate('wigan', [openEpisode(reported)], london('2025-03-04 10:01'));
    expect(result.stage.level).toBe(1);
    expect(result.stage.reason).toContain('(still missing)');
  });

  it('Wigan: an episode of exactly 24 hours does not exceed 24 hours', () => {
    const reported = london('2025-03-03 10:00');
    const result = evaluate(
      'wigan',
      [episode(reported, { foundAt: plusHours(reported, 24) })],
      london('2025-03-06 12:00'),
    );
    expect(result.stage.level).toBe(0);
  });

  it('Wigan: a long absent episode does not call a MIM', () => {
    const reported = london('2025-03-03 10:00');
    const result = evaluate(
      'wigan',
      [openEpisode(reported, { category: 'absent' })],
      london('2025-03-06 12:00'),
    );
    expect(result.stage.level).toBe(0);
  });

  it('Wigan: children still reported missing after the MIM escalate to senior managers of children’s services and police', () => {
    const eps = missingOn('2025-01-02', '2025-01-09', '2025-01-16');
    const meetingsHeld = [{ kind: 'mim', stageLevel: 1, heldAt: london('2025-01-20 10:00') }];
    expect(evaluate('wigan', eps, london('2025-01-24 12:00'), { meetingsHeld }).stage.level).toBe(1);
    const result = evaluate('wigan', [...eps, ...missingOn('2025-01-25')], london('2025-01-26 12:00'), {
      meetingsHeld,
    });
    expect(result.stage.level).toBe(3);
    expect(result.stage.reason).toMatch(
      /^A further missing episode on 25 Jan after the Missing Intervention Meeting held on 20 Jan/,
    );
    expect(result.meetings).toMatchObject([{ kind: 'senior-management-discussion', stageLevel: 3 }]);
  });

  it('Wigan: without a MIM held, a fourth episode does not escalate; the MIM is still due', () => {
    const eps = missingOn('2025-01-02', '2025-01-09', '2025-01-16', '2025-01-25');
    const result = evaluate('wigan', eps, london('2025-01-26 12:00'));
    expect(result.stage.level).toBe(1);
    expect(mimOf(result)).toHaveLength(1);
  });
});

describe('East Midlands: 3 in 90 days, then Heads of Service, then Directors (EM)', () => {
  const placed = {
    ...CHILD,
    legalStatus: 'child-in-care' as const,
    placingAuthority: 'Nottingham',
    hostAuthority: 'Derby',
  };

  it('East Midlands: missing 3 times in 90 days calls a multi-agency meeting convened by the placing authority', () => {
    const result = evaluate(
      'east-midlands',
      missingOn('2025-01-02', '2025-02-10', '2025-03-20'),
      london('2025-03-21 12:00'),
      {
        child: placed,
      },
    );
    expect(result.stage.level).toBe(1);
    expect(result.stage.chair).toMatch(/^Placing authority/);
    expect(mimOf(result)[0]?.dueBy).toBeNull();
  });

  it('East Midlands: episodes continuing after that meeting go to the Heads of Service, then to Director level', () => {
    const eps = missingOn('2025-01-02', '2025-01-10', '2025-01-20');
    const mim = { kind: 'mim', stageLevel: 1, heldAt: london('2025-01-22 10:00') };
    const second = evaluate(
      'east-midlands',
      [...eps, ...missingOn('2025-02-01')],
      london('2025-02-02 12:00'),
      {
        child: placed,
        meetingsHeld: [mim],
      },
    );
    expect(second.stage).toMatchObject({
      level: 2,
      label: 'Head of Service liaison with the placing authority',
    });
    expect(second.meetings).toMatchObject([{ kind: 'head-of-service-liaison' }]);

    const liaison = { kind: 'head-of-service-liaison', heldAt: london('2025-02-04 10:00') };
    const held = evaluate('east-midlands', [...eps, ...missingOn('2025-02-01')], london('2025-02-05 12:00'), {
      child: placed,
      meetingsHeld: [mim, liaison],
    });
    expect(held.stage.level).toBe(2);
    expect(held.meetings).toEqual([]);

    const third = evaluate(
      'east-midlands',
      [...eps, ...missingOn('2025-02-01', '2025-02-08')],
      london('2025-02-09 12:00'),
      {
        child: placed,
        meetingsHeld: [mim, liaison],
      },
    );
    expect(third.stage).toMatchObject({ level: 3, chair: 'Host authority Director' });
    expect(third.meetings).toMatchObject([{ kind: 'director-escalation' }]);
  });
});

describe('Scope', () => {
  it('a young person of 18 is outside the protocol', () => {
    const eps = missingOn('2025-01-02', '2025-01-10', '2025-01-20');
    const result = evaluate('staffordshire', eps, london('2025-01-21 12:00'), {
      child: { ...CHILD, dateOfBirth: '2007-01-21' },
    });
    expect(result.inScope).toBe(false);
    expect(result.meetings).toEqual([]);
    const dayBefore = evaluate('staffordshire', eps, london('2025-01-20 23:30'), {
      child: { ...CHILD, dateOfBirth: '2007-01-21' },
    });
    expect(dayBefore.inScope).toBe(true);
  });

  it('Warwickshire keeps care leavers in (W-KC)', () => {
    const eps = missingOn('2025-01-02', '2025-01-10', '2025-01-20');
    const careLeaver = { ...CHILD, dateOfBirth: '2006-01-01', legalStatus: 'care-leaver' as const };
    expect(evaluate('warwickshire', eps, london('2025-01-21 12:00'), { child: careLeaver }).stage.level).toBe(
      1,
    );
    expect(evaluate('staffordshire', eps, london('2025-01-21 12:00'), { child: careLeaver }).inScope).toBe(
      false,
    );
  });
});
