import { describe, expect, it } from 'vitest';
import { buildDueList, getProfile } from '../../../shared/protocol';
import { childWith, episode, evaluate, london, missingOn } from './helpers';

const dueTexts = (evaluation: ReturnType<typeof evaluate>, asOf: string) =>
  buildDueList([{ childId: 'c', childName: 'Cal', evaluation }], asOf)
    .filter((i) => i.kind === 'prompt')
    .map((i) => `${i.text} | ${i.reason}`);

const SIX = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09'];

describe('ST 13.18: "where a child goes missing more often than this a referral should be made to CHAD for a social work assessment"', () => {
  const asOf = london('2026-02-20 12:00');

  it('a sixth episode in 90 days of a child not open to social care prompts the CHAD referral, citing ST 13.18', () => {
    const evaluation = evaluate('stoke-on-trent', missingOn(...SIX), asOf, {
      child: childWith('early-help'),
    });
    expect(dueTexts(evaluation, asOf)).toContain(
      'Refer to CHAD for a social work assessment | Not open to social care, and 6 episodes in 90 days: more than 5 (ST 13.18)',
    );
  });

  it('five episodes is "the 5/90", not more often than it; and a child already open has a social worker', () => {
    const five = evaluate('stoke-on-trent', missingOn(...SIX.slice(1)), asOf, {
      child: childWith('early-help'),
    });
    expect(five.prompts.filter((p) => p.kind === 'referral-above-count')).toEqual([]);
    const open = evaluate('stoke-on-trent', missingOn(...SIX), asOf, { child: childWith('child-in-need') });
    expect(open.prompts.filter((p) => p.kind === 'referral-above-count')).toEqual([]);
  });

  it('the referral leaves as the window slides past the first episode (90 days)', () => {
    const later = london('2026-04-06 12:00');
    const evaluation = evaluate('stoke-on-trent', missingOn(...SIX), later, {
      child: childWith('early-help'),
    });
    expect(evaluation.prompts.filter((p) => p.kind === 'referral-above-count')).toEqual([]);
  });

  it('is Stoke-on-Trent’s alone: Staffordshire’s text names no CHAD referral', () => {
    const staffs = evaluate('staffordshire', missingOn(...SIX), asOf, { child: childWith('early-help') });
    expect(staffs.prompts.filter((p) => p.kind === 'referral-above-count')).toEqual([]);
  });
});

describe('W-KC: "Multi-agency review for children persistently not engaging in Return Conversations."', () => {
  const returned = (date: string, outcome: string) =>
    episode(london(`${date} 10:00`), { returnInterviewOutcome: outcome });
  const asOf = london('2026-03-20 12:00');

  it('three return conversations in a row declined or not engaged prompt a multi-agency review, citing W-KC', () => {
    const evaluation = evaluate(
      'warwickshire',
      [
        returned('2026-01-05', 'declined'),
        returned('2026-02-05', 'not-engaged'),
        returned('2026-03-05', 'declined'),
      ],
      asOf,
    );
    expect(dueTexts(evaluation, asOf)).toEqual([
      'Multi-agency review: persistently not engaging in Return Conversations | The last 3 return conversations were not taken up (W-KC)',
    ]);
  });

  it('one taken up in between breaks the run; a MIM held after the last of them is the review', () => {
    const broken = evaluate(
      'warwickshire',
      [
        returned('2026-01-05', 'declined'),
        returned('2026-02-05', 'accepted'),
        returned('2026-03-05', 'declined'),
      ],
      asOf,
    );
    expect(broken.prompts).toEqual([]);
    const run = [
      returned('2026-01-05', 'declined'),
      returned('2026-02-05', 'not-engaged'),
      returned('2026-03-05', 'declined'),
    ];
    const held = [{ kind: 'mim', heldAt: london('2026-03-10 10:00') }];
    expect(evaluate('warwickshire', run, asOf, { meetingsHeld: held }).prompts).toEqual([]);
    // A MIM before the last refusal is not a review of the run.
    const before = [{ kind: 'mim', heldAt: london('2026-03-01 10:00') }];
    expect(evaluate('warwickshire', run, asOf, { meetingsHeld: before }).prompts).toHaveLength(1);
  });

  it('"not offered" is the service’s doing, not the child’s: it is not non-engagement', () => {
    const evaluation = evaluate(
      'warwickshire',
      [
        returned('2026-01-05', 'declined'),
        returned('2026-02-05', 'not-offered'),
        returned('2026-03-05', 'declined'),
      ],
      asOf,
    );
    expect(evaluation.prompts).toEqual([]);
  });
});

describe('W-CP 2.0: "Repeat missing – A person who has been reported as missing on more than one occasion within the previous 12 months."', () => {
  it('a second report within 12 months labels the child repeat missing, beside the stage and not on Due', () => {
    const asOf = london('2026-06-01 12:00');
    const evaluation = evaluate('warwickshire', missingOn('2025-09-01', '2026-05-20'), asOf);
    expect(evaluation.labels).toEqual([
      {
        kind: 'repeat-missing',
        label: 'Repeat missing',
        reason: 'Reported missing 2 times in the previous 12 months (W-CP 2.0)',
        source: 'W-CP 2.0',
      },
    ]);
    expect(dueTexts(evaluation, asOf)).toEqual([]);
  });

  it('one report is not repeat; a report leaves the count 12 calendar months on (London time)', () => {
    expect(evaluate('warwickshire', missingOn('2026-05-20'), london('2026-06-01 12:00')).labels).toEqual([]);
    const episodes = [episode(london('2025-06-01 10:00')), episode(london('2026-05-20 10:00'))];
    expect(evaluate('warwickshire', episodes, london('2026-06-01 09:59')).labels).toHaveLength(1);
    expect(evaluate('warwickshire', episodes, london('2026-06-01 10:00')).labels).toEqual([]);
  });

  it('is Warwickshire’s word: other profiles do not label it', () => {
    for (const id of ['staffordshire', 'stoke-on-trent', 'wigan', 'east-midlands'] as const)
      expect(evaluate(id, missingOn('2026-01-05', '2026-02-10'), london('2026-02-20 12:00')).labels).toEqual(
        [],
      );
  });
});

describe('the notes that became triggers are gone from the profiles', () => {
  it('Warwickshire and Stoke keep no note for a rule they now hold as data', () => {
    const notes = [...getProfile('warwickshire').notes, ...getProfile('stoke-on-trent').notes];
    expect(notes.some((n) => n.includes('Repeat missing'))).toBe(false);
    expect(notes.some((n) => n.includes('persistently not engaging'))).toBe(false);
    expect(notes.some((n) => n.includes('CHAD for a social work assessment'))).toBe(false);
  });
});
