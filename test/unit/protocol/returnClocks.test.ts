import { describe, expect, it } from 'vitest';
import { CHILD, childWith, episode, evaluate, london, openEpisode, plusHours, wall } from './helpers';

const REPORTED = london('2025-01-06 14:30');
const FOUND = london('2025-01-06 20:00');
const returned = (extra: Parameters<typeof episode>[1] = {}) =>
  episode(REPORTED, { foundAt: FOUND, ...extra });
const afterReturn = (hours: number) => plusHours(FOUND, hours);

describe('Return interviews: within 72 hours of the return (W-CP 7.0, WG 9, ST 13.9)', () => {
  it('a returned child is owed a return interview within 72 elapsed hours of the return', () => {
    const result = evaluate('staffordshire', [returned({ id: 'ep' })], afterReturn(1));
    expect(result.returnInterviews).toMatchObject([
      { episodeId: 'ep', dueBy: afterReturn(72), overdue: false, shortName: 'RHI' },
    ]);
  });

  it('the interview is overdue once 72 hours have passed', () => {
    expect(evaluate('staffordshire', [returned()], afterReturn(72)).returnInterviews[0]?.overdue).toBe(false);
    expect(evaluate('staffordshire', [returned()], afterReturn(72.01)).returnInterviews[0]?.overdue).toBe(
      true,
    );
  });

  it('an interview held, declined or not engaged with is done with; one not offered is still owed', () => {
    const eps = [
      returned({ id: 'held', returnInterviewHeldAt: afterReturn(20) }),
      returned({ id: 'declined', returnInterviewOutcome: 'declined' }),
      returned({ id: 'not-engaged', returnInterviewOutcome: 'not-engaged' }),
      returned({ id: 'not-offered', returnInterviewOutcome: 'not-offered' }),
    ];
    expect(evaluate('wigan', eps, afterReturn(30)).returnInterviews.map((r) => r.episodeId)).toEqual([
      'not-offered',
    ]);
  });

  it('EM: "the lower threshold will always be applied": an absent episode is offered an interview, an away one (whereabouts known) is not', () => {
    const eps = [returned({ id: 'absent', category: 'absent' }), returned({ id: 'away', category: 'away' })];
    expect(evaluate('east-midlands', eps, afterReturn(5)).returnInterviews.map((r) => r.episodeId)).toEqual([
      'absent',
    ]);
  });

  it('a child still missing, or found only after asOf, is not yet owed one', () => {
    const eps = [
      openEpisode(REPORTED, { id: 'open' }),
      episode(REPORTED, { id: 'later', foundAt: afterReturn(10) }),
    ];
    expect(evaluate('warwickshire', eps, afterReturn(5)).returnInterviews).toEqual([]);
  });

  it('an interview held after asOf is still owed as of asOf', () => {
    const eps = [returned({ returnInterviewHeldAt: afterReturn(50) })];
    expect(evaluate('warwickshire', eps, afterReturn(40)).returnInterviews).toHaveLength(1);
  });

  it('Warwickshire calls it a Return Conversation (W-KC)', () => {
    expect(evaluate('warwickshire', [returned()], afterReturn(1)).returnInterviews[0]?.shortName).toBe(
      'Return Conversation',
    );
  });

  it('72 hours across the last Sunday of October is 72 elapsed hours, not the same wall-clock time 3 days later', () => {
    const found = london('2025-10-24 10:00'); // Friday, BST
    const result = evaluate(
      'staffordshire',
      [episode(london('2025-10-24 08:00'), { foundAt: found })],
      london('2025-10-25 10:00'),
    );
    const due = result.returnInterviews[0]?.dueBy ?? '';
    expect(Date.parse(due) - Date.parse(found)).toBe(72 * 3_600_000);
    expect(wall(due)).toBe('2025-10-27 09:00');
  });
});

describe('Clocks from the return: 24 hours (WG 9, W-CP 7.0)', () => {
  it('Wigan: within 24 hours of return the social worker visits a child in care and sees them alone', () => {
    const result = evaluate('wigan', [returned()], afterReturn(2), { child: childWith('child-in-care') });
    expect(result.returnInterviews[0]?.steps).toMatchObject([
      {
        role: 'Social worker',
        action: 'visit and see the child alone',
        dueBy: afterReturn(24),
        overdue: false,
      },
    ]);
  });

  it('Wigan: no social worker visit step for a child who is not in care', () => {
    const result = evaluate('wigan', [returned()], afterReturn(2), { child: childWith('child-in-need') });
    expect(result.returnInterviews[0]?.steps).toEqual([]);
  });

  it('Warwickshire: within 24 hours the missing worker tries to contact the child at least 3 times by 3 methods', () => {
    const result = evaluate('warwickshire', [returned()], afterReturn(25));
    expect(result.returnInterviews[0]?.steps).toMatchObject([
      { role: 'Missing Children Practitioner', dueBy: afterReturn(24), overdue: true, reached: true },
    ]);
  });
});

describe('East Midlands escalations with no return interview update (EM)', () => {
  const placed = {
    ...CHILD,
    legalStatus: 'child-in-care' as const,
    placingAuthority: 'Nottingham',
    hostAuthority: 'Derby',
  };
  const reachedSteps = (asOf: string) =>
    evaluate('east-midlands', [returned()], asOf, { child: placed })
      .returnInterviews[0]?.steps.filter((s) => s.reached)
      .map((s) => s.id);

  it('East Midlands: at 10 days the host Missing Children Service liaises with the placing authority', () => {
    expect(reachedSteps(afterReturn(239))).toEqual([]);
    expect(reachedSteps(afterReturn(241))).toEqual(['liaise-10-days']);
  });

  it('East Midlands: 5 days later it goes to the host Missing Children team manager', () => {
    expect(reachedSteps(afterReturn(361))).toEqual(['liaise-10-days', 'team-manager-15-days']);
  });

  it('East Midlands: 5 more days and the Head of Service agrees with the counterpart whether an RHI still makes sense', () => {
    expect(reachedSteps(afterReturn(481))).toEqual([
      'liaise-10-days',
      'team-manager-15-days',
      'head-of-service-20-days',
    ]);
  });

  it('East Midlands: no escalation between authorities for a child who is not placed across a border', () => {
    const result = evaluate('east-midlands', [returned()], afterReturn(481), {
      child: { ...placed, hostAuthority: 'nottingham ' },
    });
    expect(result.returnInterviews[0]?.steps).toEqual([]);
  });

  it('East Midlands: an interview held ends the escalation', () => {
    const result = evaluate(
      'east-midlands',
      [returned({ returnInterviewHeldAt: afterReturn(200) })],
      afterReturn(481),
      {
        child: placed,
      },
    );
    expect(result.returnInterviews).toEqual([]);
  });
});
