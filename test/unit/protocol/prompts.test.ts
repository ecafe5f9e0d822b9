import { describe, expect, it } from 'vitest';
import { buildDueList, getProfile, listProfiles } from '../../../shared/protocol';
import { CHILD, episode, evaluate, london, missingOn, openEpisode, plusHours, wall } from './helpers';

const dueTexts = (evaluation: ReturnType<typeof evaluate>, asOf: string) =>
  buildDueList([{ childId: 'c', childName: 'Cal', evaluation }], asOf)
    .filter((i) => i.kind === 'prompt')
    .map((i) => `${i.text} | ${i.reason}`);

describe('ST 13.3: "Consideration should be given to whether a strategy meeting ... is required ... if a pattern of going missing is developing"', () => {
  const asOf = london('2026-02-20 12:00');

  it('a second missing episode in 90 days prompts a Strategy Meeting, citing ST 13.3', () => {
    const evaluation = evaluate('staffordshire', missingOn('2026-01-05', '2026-02-10'), asOf);
    expect(evaluation.prompts.map((p) => [p.kind, p.what, p.source])).toEqual([
      ['pattern-developing', 'Consider a Strategy Meeting with partner agencies', 'ST 13.3'],
    ]);
    expect(dueTexts(evaluation, asOf)).toEqual([
      'Consider a Strategy Meeting with partner agencies | A pattern of going missing may be developing: 2 episodes in 90 days (ST 13.3)',
    ]);
  });

  it('one episode is not a pattern; a strategy meeting held since the first clears it', () => {
    expect(evaluate('staffordshire', missingOn('2026-02-10'), asOf).prompts).toEqual([]);
    const held = [{ kind: 'strategy', heldAt: london('2026-02-12 10:00') }];
    expect(
      evaluate('stoke-on-trent', missingOn('2026-01-05', '2026-02-10'), asOf, { meetingsHeld: held }).prompts,
    ).toEqual([]);
  });

  it('does not leak: Warwickshire, Wigan and East Midlands have no such prompt', () => {
    for (const id of ['warwickshire', 'wigan', 'east-midlands'] as const)
      expect(evaluate(id, missingOn('2026-01-05', '2026-02-10'), asOf).prompts).toEqual([]);
  });
});

describe('ST 10.4 and 23.3: "request a Strategy discussion under S47 ... following the National Referral Mechanism (NRM)"', () => {
  const reported = london('2026-02-19 22:00');
  const asOf = london('2026-02-20 09:00');

  it('an episode with a trafficking concern prompts a section 47 strategy discussion and an NRM referral', () => {
    const evaluation = evaluate(
      'staffordshire',
      [openEpisode(reported, { id: 't', traffickingConcern: true })],
      asOf,
    );
    const prompt = evaluation.prompts.find((p) => p.kind === 'trafficking-concern');
    expect(prompt).toMatchObject({ episodeId: 't', source: 'ST 10.4; ST 23.3' });
    expect(prompt?.what).toBe(
      'Request a section 47 strategy discussion through the MASH; Make a National Referral Mechanism (NRM) referral',
    );
    expect(prompt?.reason).toBe(
      'Trafficking suspected in the episode reported 22:00 Thu 19 Feb (ST 10.4; ST 23.3)',
    );
  });

  it('no concern recorded, no prompt; and none in Wigan, whose text does not say it', () => {
    expect(evaluate('staffordshire', [openEpisode(reported)], asOf).prompts).toEqual([]);
    expect(evaluate('wigan', [openEpisode(reported, { traffickingConcern: true })], asOf).prompts).toEqual(
      [],
    );
  });
});

describe('ST 23.3: "Long term missing UASC require 6 monthly review meetings until the child is located or turns 18."', () => {
  const reported = london('2026-01-10 10:00');
  const uasc = { ...CHILD, dateOfBirth: '2010-05-01', unaccompaniedAsylumSeeking: true };

  it('a long-term missing UASC is prompted a review every 6 months from the report, chaired by the Head of Service', () => {
    const asOf = london('2026-03-01 10:00');
    const [p] = evaluate('staffordshire', [openEpisode(reported)], asOf, { child: uasc }).prompts;
    expect(p?.kind).toBe('uasc-review');
    expect(p?.chair).toBe('Head of Service');
    expect(wall(p?.dueBy ?? '')).toBe('2026-07-10 10:00');
    const later = evaluate('stoke-on-trent', [openEpisode(reported)], london('2026-08-01 10:00'), {
      child: uasc,
    }).prompts[0];
    expect(wall(later?.dueBy ?? '')).toBe('2027-01-10 10:00');
    expect(later?.chair).toBeNull();
  });

  it('not before long-term missing (28 days), not once found, not for a child who is not UASC', () => {
    expect(
      evaluate('staffordshire', [openEpisode(reported)], plusHours(reported, 27 * 24), { child: uasc })
        .prompts,
    ).toEqual([]);
    expect(
      evaluate(
        'staffordshire',
        [episode(reported, { foundAt: london('2026-03-01 09:00') })],
        london('2026-03-02 10:00'),
        {
          child: uasc,
        },
      ).prompts,
    ).toEqual([]);
    expect(evaluate('staffordshire', [openEpisode(reported)], london('2026-03-01 10:00')).prompts).toEqual(
      [],
    );
  });
});

describe('long-term missing (W-CP 2.0) and "consider from the third day" (ST 13.23) show on Due', () => {
  it('W-CP 2.0: missing 28 days or more shows on Due as long-term missing, with the section', () => {
    const reported = london('2026-01-10 10:00');
    const asOf = london('2026-02-08 10:00');
    const texts = dueTexts(evaluate('warwickshire', [openEpisode(reported)], asOf), asOf);
    expect(texts).toEqual([
      'Long-term missing: day 30 of the episode | Long-term missing since 10:00 Sat 7 Feb (W-CP 2.0)',
    ]);
  });

  it('ST 13.23: "these meetings need to be considered from the third day of an active missing episode"', () => {
    const reported = london('2026-02-01 10:00');
    const asOf = london('2026-02-03 11:00');
    const texts = dueTexts(evaluate('staffordshire', [openEpisode(reported)], asOf), asOf);
    expect(texts).toEqual([
      'Consider a Missing Intervention Meeting: missing since 10:00 Sun 1 Feb, now day 3 of the episode | ST 13.23 (extended episode: from the third day)',
    ]);
  });
});

describe('the notes that became rules are gone from the profiles', () => {
  it('no profile keeps a note for a rule it now holds as data', () => {
    const notes = listProfiles().flatMap((p) => p.notes);
    expect(notes.some((n) => n.includes('6 months'))).toBe(false);
    expect(notes.some((n) => n.includes('lower threshold'))).toBe(false);
    expect(getProfile('staffordshire').prompts.map((p) => p.source)).toEqual([
      'ST 13.3',
      'ST 10.4; ST 23.3',
      'ST 23.3',
    ]);
  });
});
