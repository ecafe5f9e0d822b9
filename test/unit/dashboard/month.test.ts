import { describe, expect, it } from 'vitest';
import { freshBackend, must } from '../support/backend';
import { addChild, addEpisode } from './fixtures';
import { NOW, november } from './november';

describe('the monthly dashboard', () => {
  it('counts the episodes reported in the London month by category and police risk', async () => {
    const d = await must(await november(), 'dashboard.month', { month: '2026-11' });
    expect(d).toMatchObject({
      label: 'November 2026',
      start: '2026-11-01T00:00:00.000Z',
      end: '2026-12-01T00:00:00.000Z',
      partial: false,
    });
    expect(d.episodes.total).toBe(6);
    const rows = Object.fromEntries(d.episodes.byCategory.map((r) => [r.category, r]));
    expect(rows.missing).toMatchObject({
      total: 4,
      byRisk: { high: 2, medium: 1, low: 0, 'no-apparent-risk': 0, 'not-graded': 1 },
    });
    expect(rows.absent).toMatchObject({ total: 1, byRisk: { 'not-graded': 1 } });
    expect(rows.away).toMatchObject({ total: 1, byRisk: { 'no-apparent-risk': 1 } });
    expect(d.episodes.byRisk).toEqual({ high: 2, medium: 1, low: 0, 'no-apparent-risk': 1, 'not-graded': 2 });
  });

  it('finds children with 2 or more episodes, and repeat missing over the 12 months (W-CP 2.0)', async () => {
    const d = await must(await november(), 'dashboard.month', { month: '2026-11' });
    expect(d.repeat).toMatchObject({ children: 3, withRepeatEpisodes: 2, repeatMissing: 2 });
    expect(
      d.repeat.list.map((c) => [c.childName, c.episodesInMonth, c.missingIn12Months, c.repeatMissing]),
    ).toEqual([
      ['Alpha Samplewood', 3, 3, true],
      ['Bravo Samplewood', 2, 1, false],
      ['Delta Samplewood', 1, 4, true],
    ]);
  });

  it('counts return interviews over the episodes returned in the month, which add up', async () => {
    const d = await must(await november(), 'dashboard.month', { month: '2026-11' });
    expect(d.returnInterviews.returned).toBe(6);
    const byKey = Object.fromEntries(d.returnInterviews.rows.map((r) => [r.key, [r.count, r.percent]]));
    expect(byKey).toEqual({
      offered: [5, 83.3],
      accepted: [3, 50],
      held: [3, 50],
      'held-within-72-hours': [2, 33.3],
      declined: [1, 16.7],
      'not-engaged': [1, 16.7],
      'not-offered': [0, 0],
      'no-outcome': [1, 16.7],
      outstanding: [1, 16.7],
      'not-yet-due': [0, 0],
    });
    const [heldN, declined, notEngaged, outstanding, notYetDue] = [
      'held',
      'declined',
      'not-engaged',
      'outstanding',
      'not-yet-due',
    ].map((k) => d.returnInterviews.rows.find((r) => r.key === k)!.count);
    expect(heldN! + declined! + notEngaged! + outstanding! + notYetDue!).toBe(d.returnInterviews.returned);
  });

  it('ranks push and pull factors over the episodes with factors recorded', async () => {
    const d = await must(await november(), 'dashboard.month', { month: '2026-11' });
    expect(d.factors.episodesWithFactors).toBe(3);
    expect(d.factors.push.map((f) => [f.code, f.count, f.percent])).toEqual([
      ['conflict-at-home', 2, 66.7],
      ['placement-difficulty', 1, 33.3],
    ]);
    expect(d.factors.pull.map((f) => [f.code, f.count])).toEqual([
      ['criminal-exploitation', 1],
      ['peer-pressure', 1],
    ]);
  });

  it('counts children at each stage as the engine sees them at the month’s last instant', async () => {
    const d = await must(await november(), 'dashboard.month', { month: '2026-11' });
    expect(d.stages.asOf).toBe('2026-11-30T23:59:59.999Z');
    expect(d.stages.childrenEvaluated).toBe(4);
    expect(d.stages.rows).toEqual([
      { level: 1, label: 'Stage 1', children: 1 },
      { level: 2, label: 'Stage 2', children: 0 },
      { level: 3, label: 'Escalation', children: 0 },
    ]);
    // In August Delta had no episodes yet.
    const august = await must(await november(), 'dashboard.month', { month: '2026-08' });
    expect(august.stages.rows[0]?.children).toBe(0);
  });

  it('gives one row per pair of authorities for placed children, with interviews outstanding (EM)', async () => {
    const d = await must(await november(), 'dashboard.month', { month: '2026-11' });
    expect(d.authorities).toEqual([
      {
        placingAuthority: 'Leicester City Council',
        hostAuthority: 'Derby City Council',
        children: 1,
        episodes: 0,
        returned: 1,
        interviewsOutstanding: 1,
      },
      {
        placingAuthority: 'Derby City Council',
        hostAuthority: 'Nottinghamshire County Council',
        children: 1,
        episodes: 2,
        returned: 1,
        interviewsOutstanding: 0,
      },
    ]);
  });

  it('shows the 12 months to the chosen month, with the 72-hour share per month', async () => {
    const d = await must(await november(), 'dashboard.month', { month: '2026-11' });
    expect(d.trend.map((t) => t.month)).toEqual([
      '2025-12',
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => `2026-${m}`),
    ]);
    const at = (month: string) => d.trend.find((t) => t.month === month)!;
    expect(at('2026-03')).toMatchObject({
      total: 1,
      returned: 1,
      heldWithin72Hours: { count: 1, percent: 100 },
    });
    expect(at('2026-09')).toMatchObject({ byCategory: { missing: 2, absent: 0, away: 0 }, returned: 2 });
    expect(at('2026-10')).toMatchObject({
      total: 2,
      returned: 1,
      heldWithin72Hours: { count: 1, percent: 100 },
    });
    expect(at('2026-11')).toMatchObject({
      byCategory: { missing: 4, absent: 1, away: 1 },
      total: 6,
      returned: 6,
      heldWithin72Hours: { count: 2, percent: 33.3 },
    });
    expect(at('2026-06')).toMatchObject({
      total: 0,
      returned: 0,
      heldWithin72Hours: { count: 0, percent: null },
    });
  });

  it('shows the month in progress to now, and refuses a month still to come', async () => {
    const b = await november();
    const d = await must(b, 'dashboard.month', { month: '2026-12' });
    expect(d.partial).toBe(true);
    expect(d.stages.asOf).toBe(NOW);
    expect(d.episodes.total).toBe(1);
    expect(d.returnInterviews.returned).toBe(2);
    // Bravo came back at 02:00 on 1 December: 72 hours have passed with no interview.
    expect(d.returnInterviews.rows.find((r) => r.key === 'outstanding')?.count).toBe(1);
    expect(d.authorities).toEqual([
      expect.objectContaining({
        hostAuthority: 'Nottinghamshire County Council',
        episodes: 0,
        returned: 1,
        interviewsOutstanding: 1,
      }),
    ]);
    const refused = await b.call('dashboard.month', { month: '2027-01' });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.issues).toEqual([{ field: 'month', message: 'is after the current month' }]);
    const malformed = await b.call('dashboard.month', { month: '2026-13' });
    expect(malformed.ok).toBe(false);
  });
});

describe('London month boundaries', () => {
  it('puts an episode at 00:30 BST on 1 April in April and one at 23:30 BST on 31 March in March', async () => {
    const b = await freshBackend(NOW);
    const child = await addChild(b);
    await addEpisode(b, child.id, '2026-03-31T22:30:00Z', '2026-03-31T22:45:00Z');
    await addEpisode(b, child.id, '2026-03-31T23:30:00Z', '2026-03-31T23:45:00Z');
    await addEpisode(b, child.id, '2026-09-30T22:45:00Z', '2026-09-30T22:50:00Z');
    await addEpisode(b, child.id, '2026-09-30T23:15:00Z', '2026-09-30T23:20:00Z');
    const march = await must(b, 'dashboard.month', { month: '2026-03' });
    const april = await must(b, 'dashboard.month', { month: '2026-04' });
    expect([march.start, march.end]).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-31T23:00:00.000Z']);
    expect([april.start, april.end]).toEqual(['2026-03-31T23:00:00.000Z', '2026-04-30T23:00:00.000Z']);
    expect([march.episodes.total, march.returnInterviews.returned]).toEqual([1, 1]);
    expect([april.episodes.total, april.returnInterviews.returned]).toEqual([1, 1]);
    const september = await must(b, 'dashboard.month', { month: '2026-09' });
    const october = await must(b, 'dashboard.month', { month: '2026-10' });
    expect([september.episodes.total, october.episodes.total]).toEqual([1, 1]);
    expect(october.start).toBe('2026-09-30T23:00:00.000Z');
    // October ends at midnight GMT: the clocks went back on the 25th.
    expect(october.end).toBe('2026-11-01T00:00:00.000Z');
    expect(october.trend.find((t) => t.month === '2026-04')?.total).toBe(1);
    expect(october.trend.find((t) => t.month === '2026-03')?.total).toBe(1);
  });
});
