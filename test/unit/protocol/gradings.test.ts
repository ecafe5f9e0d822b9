import { describe, expect, it } from 'vitest';
import type { EpisodeCategory, PoliceRisk } from '../../../shared/domain/episode';
import { getProfile, gradingWarnings, listProfiles, type ProfileId } from '../../../shared/protocol';
import { evaluate, london, plusHours } from './helpers';

const REPORTED = london('2026-03-10 18:00');

const warn = (
  profileId: ProfileId,
  episode: { category?: EpisodeCategory; policeRiskAtReport?: PoliceRisk | null },
  dateOfBirth = '2010-05-01',
) =>
  gradingWarnings(
    getProfile(profileId),
    { category: 'missing', policeRiskAtReport: null, reportedAt: REPORTED, ...episode },
    dateOfBirth,
  );

describe('ST 6: "Low Risk ... This category is not to be used for initial reports"', () => {
  it.each(['staffordshire', 'stoke-on-trent'] as const)('%s: low at report warns, citing ST 6', (id) => {
    const warnings = warn(id, { policeRiskAtReport: 'low' });
    expect(warnings).toEqual([
      {
        field: 'policeRiskAtReport',
        message: 'Low risk is not used for an initial report: check the police grading at report (ST 6)',
        source: 'ST 6',
      },
    ]);
  });

  it('medium or high at report, or no grading yet, does not warn', () => {
    for (const risk of ['high', 'medium', null] as const)
      expect(warn('staffordshire', { policeRiskAtReport: risk })).toEqual([]);
  });
});

describe('W-CP 3.2: "a child will never be recorded as ‘absent’ or ‘standard’, as a minimum they will be recorded as medium risk"', () => {
  it('low or no apparent risk at report warns: at least medium', () => {
    for (const risk of ['low', 'no-apparent-risk'] as const) {
      const [w] = warn('warwickshire', { policeRiskAtReport: risk });
      expect(w?.field).toBe('policeRiskAtReport');
      expect(w?.message).toMatch(/at least medium risk.*\(W-CP 3\.2\)$/);
    }
    expect(warn('warwickshire', { policeRiskAtReport: 'medium' })).toEqual([]);
  });

  it('an episode recorded as absent warns: record it as missing', () => {
    expect(warn('warwickshire', { category: 'absent' })).toEqual([
      {
        field: 'category',
        message:
          'A child is never recorded as absent in Warwickshire: record the episode as missing (W-CP 3.2)',
        source: 'W-CP 3.2',
      },
    ]);
  });
});

describe('WG appendix a: "Any child or young person 12 y/o or under whose whereabouts are unknown will ... automatically classify them as ‘Missing’"', () => {
  it('a 12-year-old recorded as absent warns, citing WG appendix a', () => {
    const [w] = warn('wigan', { category: 'absent' }, '2013-03-11');
    expect(w).toMatchObject({ field: 'category', source: 'WG appendix a' });
    expect(w?.message).toContain('under 13 whose whereabouts are unknown is always missing, never absent');
  });

  it('on the 13th birthday (the London day of the report) an absent episode no longer warns', () => {
    expect(warn('wigan', { category: 'absent' }, '2013-03-10')).toEqual([]);
  });

  it('away from placement (whereabouts known) is not a breach for a young child', () => {
    expect(warn('wigan', { category: 'away' }, '2018-01-01')).toEqual([]);
  });
});

describe('a rule of one protocol does not leak into another’s profile', () => {
  it('each profile carries only its own text’s grading rules', () => {
    const sources = Object.fromEntries(
      listProfiles().map((p) => [p.id, p.gradingRules.map((r) => `${r.type}:${r.source}`)]),
    );
    expect(sources).toEqual({
      warwickshire: ['risk-at-report:W-CP 3.2', 'category:W-CP 3.2'],
      staffordshire: ['risk-at-report:ST 6'],
      'stoke-on-trent': ['risk-at-report:ST 6'],
      wigan: ['category:WG appendix a'],
      'east-midlands': [],
    });
  });

  it('Wigan’s under-13 rule does not warn in Staffordshire; Staffordshire’s low-at-report does not warn in Wigan', () => {
    expect(warn('staffordshire', { category: 'absent' }, '2016-01-01')).toEqual([]);
    expect(warn('wigan', { policeRiskAtReport: 'low' })).toEqual([]);
  });

  it('each rule quotes its protocol’s sentence', () => {
    for (const p of listProfiles())
      for (const r of p.gradingRules) expect(r.quote.length, `${p.id} ${r.source}`).toBeGreaterThan(20);
    expect(getProfile('staffordshire').gradingRules[0]?.quote).toContain(
      'This category is not to be used for initial reports',
    );
  });
});

describe('categories that call a return interview, from each protocol’s own text', () => {
  const returned = (category: EpisodeCategory) => ({
    id: category,
    reportedAt: REPORTED,
    foundAt: plusHours(REPORTED, 3),
    category,
  });
  const offered = (id: ProfileId) =>
    evaluate(id, (['missing', 'absent', 'away'] as const).map(returned), plusHours(REPORTED, 10))
      .returnInterviews.map((r) => r.episodeId)
      .sort();

  it('ST 13.5: "when a child goes missing, they should be offered an independent return interview"', () => {
    expect(offered('staffordshire')).toEqual(['missing']);
    expect(offered('stoke-on-trent')).toEqual(['missing']);
  });
  it('WG 9: "Return Home Interviews will be offered to all children and young people who have been missing."', () => {
    expect(offered('wigan')).toEqual(['missing']);
  });
  it('W-CP 7.0 and 3.2: "never recorded as ‘absent’": every episode is a missing one, so each is offered an interview', () => {
    expect(offered('warwickshire')).toEqual(['absent', 'away', 'missing']);
  });
  it('EM: "the placing authority will commit to undertaking return interviews" for absent / no apparent risk too', () => {
    expect(offered('east-midlands')).toEqual(['absent', 'missing']);
  });

  it('each profile names the section its categories come from', () => {
    for (const p of listProfiles()) {
      expect(p.categorySources, p.id).not.toBeNull();
      expect(p.countingCategories, p.id).toEqual(['missing']);
      expect(p.clockCategories, p.id).toEqual(['missing']);
    }
    expect(getProfile('wigan').categorySources?.counting.quote).toContain(
      'Three Missing From Home and Care episodes',
    );
  });
});
