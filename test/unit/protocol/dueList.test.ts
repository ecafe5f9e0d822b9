import { describe, expect, it } from 'vitest';
import { buildDueList, describeDeadline, type DueListRow, type EpisodeFacts } from '../../../shared/protocol';
import { CHILD, childWith, episode, evaluate, london, missingOn, openEpisode, plusHours } from './helpers';

describe('describeDeadline: plain words in London time', () => {
  const asOf = london('2025-12-20 09:00');

  it('a working-day deadline: due by, due today, overdue by days with the date it was due', () => {
    expect(describeDeadline('2025-12-30', asOf)).toBe('due by Tue 30 Dec');
    expect(describeDeadline('2025-12-20', asOf)).toBe('due today, Sat 20 Dec');
    expect(describeDeadline('2025-12-19', asOf)).toBe('overdue by 1 day, was due by Fri 19 Dec');
    expect(describeDeadline('2025-12-17', asOf)).toBe('overdue by 3 days, was due by Wed 17 Dec');
  });

  it('a clock deadline: due by a time and day, overdue by minutes, hours, days with the time it was due', () => {
    expect(describeDeadline(london('2026-01-08 14:30'), asOf)).toBe('due by 14:30 Thu 8 Jan');
    expect(describeDeadline(plusHours(asOf, -0.5), asOf)).toBe(
      'overdue by 30 min, was due by 08:30 Sat 20 Dec',
    );
    expect(describeDeadline(plusHours(asOf, -5), asOf)).toBe('overdue by 5 h, was due by 04:00 Sat 20 Dec');
    expect(describeDeadline(plusHours(asOf, -75), asOf)).toBe(
      'overdue by 3 days, was due by 06:00 Wed 17 Dec',
    );
  });

  it('summer times are shown in British Summer Time', () => {
    expect(describeDeadline('2025-07-01T13:30:00Z', '2025-06-30T08:00:00Z')).toBe('due by 14:30 Tue 1 Jul');
  });

  it('a date far from today carries its year', () => {
    expect(describeDeadline('2027-03-01', asOf)).toBe('due by Mon 1 Mar 2027');
  });

  it('no deadline: the protocol’s own words', () => {
    expect(describeDeadline(null, asOf)).toBe('no deadline set');
    expect(describeDeadline(null, asOf, 'at the earliest opportunity')).toBe('at the earliest opportunity');
  });
});

describe('buildDueList', () => {
  it('gives each item a deadline in plain words', () => {
    const asOf = london('2025-12-20 09:00');
    const found = plusHours(asOf, -77);
    const rows: DueListRow[] = [
      {
        childId: 'a',
        childName: 'Ann',
        evaluation: evaluate('stoke-on-trent', missingOn('2025-12-01', '2025-12-10', '2025-12-19'), asOf),
      },
      {
        childId: 'b',
        childName: 'Ben',
        evaluation: evaluate('staffordshire', [episode(plusHours(found, -4), { foundAt: found })], asOf),
      },
    ];
    expect(buildDueList(rows, asOf).map((i) => i.text)).toEqual([
      'RHI overdue by 5 h, was due by 04:00 Sat 20 Dec',
      'Stage 1 MIM due by Tue 30 Dec',
      // ST 13.3's prompt has no deadline, so it comes after the dated items.
      'Consider a Strategy Meeting with partner agencies',
    ]);
  });

  it('a high-risk Warwickshire child: "Strategy Meeting due by 14:30 Thu 8 Jan"', () => {
    const asOf = london('2026-01-06 15:00');
    const evaluation = evaluate(
      'warwickshire',
      [openEpisode(london('2026-01-06 14:30'), { policeRisk: 'high' })],
      asOf,
      {
        child: { ...CHILD, dateOfBirth: '2012-01-01' },
      },
    );
    const texts = buildDueList([{ childId: 'c', childName: 'Cal', evaluation }], asOf).map((i) => i.text);
    expect(texts).toEqual([
      'Daily Review of Exploitation and Missing Meeting due by 14:30 Wed 7 Jan',
      'Strategy Meeting due by 14:30 Thu 8 Jan',
    ]);
  });

  it('notifications and a MIM with no deadline', () => {
    const asOf = london('2025-03-05 11:00');
    const evaluation = evaluate('wigan', [openEpisode(london('2025-03-04 10:00'))], asOf);
    expect(buildDueList([{ childId: 'd', childName: 'Dee', evaluation }], asOf).map((i) => i.text)).toEqual([
      'Inform Assistant Director (overdue by 1 h, was due by 10:00 Wed 5 Mar)',
      'Inform Enhanced Service Manager for Children in Need and Children in Need of Protection (overdue by 1 h, was due by 10:00 Wed 5 Mar)',
      'Urgent multi-agency strategy meeting due by 10:00 Fri 7 Mar',
      'MIM (at the earliest opportunity)',
    ]);
  });

  it('puts overdue first (longest overdue at the top), then the soonest deadline, then no deadline', () => {
    const asOf = london('2025-06-10 12:00');
    const returnedHoursAgo = (hours: number): EpisodeFacts[] => [
      episode(plusHours(asOf, -hours - 2), { foundAt: plusHours(asOf, -hours) }),
    ];
    const rows: DueListRow[] = [
      { childId: '1', childName: 'Zoe', evaluation: evaluate('staffordshire', returnedHoursAgo(10), asOf) },
      { childId: '2', childName: 'Amy', evaluation: evaluate('staffordshire', returnedHoursAgo(100), asOf) },
      {
        childId: '3',
        childName: 'Bob',
        evaluation: evaluate('wigan', missingOn('2025-06-01', '2025-06-03', '2025-06-05'), asOf),
      },
      { childId: '4', childName: 'Cat', evaluation: evaluate('staffordshire', returnedHoursAgo(80), asOf) },
      { childId: '5', childName: 'Dan', evaluation: evaluate('staffordshire', returnedHoursAgo(30), asOf) },
    ];
    const list = buildDueList(rows, asOf);
    expect(list.map((i) => i.childName)).toEqual(['Amy', 'Cat', 'Dan', 'Zoe', 'Bob']);
    expect(list.map((i) => i.overdue)).toEqual([true, true, false, false, false]);
  });

  it('shows only the latest East Midlands escalation reached', () => {
    const asOf = london('2025-06-30 12:00');
    const found = plusHours(asOf, -16 * 24);
    const evaluation = evaluate('east-midlands', [episode(plusHours(found, -3), { foundAt: found })], asOf, {
      child: childWith('child-in-care', { placingAuthority: 'Nottingham', hostAuthority: 'Derby' }),
    });
    const steps = buildDueList([{ childId: 'e', childName: 'Eve', evaluation }], asOf).filter(
      (i) => i.kind === 'return-step',
    );
    expect(steps.map((s) => s.role)).toEqual(['Host authority Missing Children team manager']);
    expect(steps[0]?.text).toMatch(/\(overdue by 1 day|\(overdue by 24 h|\(overdue by 1 days/);
  });

  it('keys are unique and stable', () => {
    const asOf = london('2025-03-10 11:00');
    const evaluation = evaluate(
      'staffordshire',
      [openEpisode(london('2025-03-04 10:00')), ...missingOn('2025-03-01', '2025-03-02')],
      asOf,
    );
    const first = buildDueList([{ childId: 'f', childName: 'Fay', evaluation }], asOf).map((i) => i.key);
    expect(new Set(first).size).toBe(first.length);
    expect(buildDueList([{ childId: 'f', childName: 'Fay', evaluation }], asOf).map((i) => i.key)).toEqual(
      first,
    );
  });
});
