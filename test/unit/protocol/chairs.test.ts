import { describe, expect, it } from 'vitest';
import type { LegalStatus } from '../../../shared/domain/child';
import type { ProfileId } from '../../../shared/protocol';
import { CHILD, childWith, evaluate, london, missingOn } from './helpers';

/** Episodes in March 2025 giving 3 (stage 1), 5 (stage 2) or 9 (stage 3) in 90 days for the ST profiles. */
const forStage = { 1: 3, 2: 5, 3: 9 } as const;
const days = ['01', '04', '07', '10', '13', '16', '19', '22', '25'].map((d) => `2025-03-${d}`);

function chairAt(
  profile: ProfileId,
  level: 1 | 2 | 3,
  legalStatus: LegalStatus | null,
  earlyHelpPlanWorking?: boolean,
) {
  const child =
    legalStatus === null ? { ...CHILD, legalStatus: null } : childWith(legalStatus, { earlyHelpPlanWorking });
  const count = profile === 'warwickshire' ? { 1: 3, 2: 6, 3: 9 }[level] : forStage[level];
  const result = evaluate(profile, missingOn(...days.slice(0, count)), london('2025-03-26 12:00'), { child });
  expect(result.stage.level).toBe(level);
  const [meeting] = result.meetings.filter((m) => m.kind === 'mim');
  expect(meeting?.chair).toBe(result.stage.chair);
  return result.stage.chair;
}

describe('Who chairs: Warwickshire (W-KC)', () => {
  it('a Team Leader (sometimes a Lead Practitioner) chairs stage 1', () => {
    expect(chairAt('warwickshire', 1, 'child-in-care')).toBe(
      'Team Leader (in some circumstances a Lead Practitioner)',
    );
  });
  it('an Operations Manager chairs stage 2 and the escalation', () => {
    expect(chairAt('warwickshire', 2, 'child-in-care')).toBe('Operations Manager');
    expect(chairAt('warwickshire', 3, 'not-known')).toBe('Operations Manager');
  });
});

describe('Who chairs: Staffordshire (ST 13.18-13.20)', () => {
  it('Staffordshire stage 1 is chaired by the allocated Social Worker', () => {
    expect(chairAt('staffordshire', 1, 'child-in-need')).toBe('Allocated Social Worker');
    expect(chairAt('staffordshire', 1, 'child-in-care')).toBe('Allocated Social Worker');
  });
  it('Staffordshire stage 1 goes through the Family Practitioner Lead when the child is not open to a worker', () => {
    expect(chairAt('staffordshire', 1, 'not-known')).toBe(
      'Family Practitioner Lead for the district (offers the meeting to the family)',
    );
  });
  it('Staffordshire stage 1 for a child open to Early Help is chaired by the allocated Family Practitioner', () => {
    expect(chairAt('staffordshire', 1, 'early-help')).toBe('Allocated Family Practitioner');
  });
  it('Staffordshire stage 2 is chaired by the Team Manager, or the Family Practitioner Lead under Early Help', () => {
    expect(chairAt('staffordshire', 2, 'child-protection-plan')).toBe('Team Manager');
    expect(chairAt('staffordshire', 2, 'early-help')).toBe('Family Practitioner Lead');
  });
  it('Staffordshire stage 3 is chaired by the District Operational Lead', () => {
    expect(chairAt('staffordshire', 3, 'child-in-care')).toBe('District Operational Lead');
    expect(chairAt('staffordshire', 3, 'early-help')).toBe('District Operational Lead');
  });
  it('with no legal status recorded, the default chair is named', () => {
    expect(chairAt('staffordshire', 1, null)).toBe('Allocated Social Worker');
  });
});

describe('Who chairs: Stoke-on-Trent (ST 13.18-13.20)', () => {
  it('Stoke stage 1 is chaired by the Team Manager', () => {
    expect(chairAt('stoke-on-trent', 1, 'child-in-need')).toBe('Team Manager');
  });
  it('Stoke stage 1 may be chaired by the Early Help Manager where the Early Help plan is working', () => {
    expect(chairAt('stoke-on-trent', 1, 'early-help', true)).toBe('Early Help Manager');
    expect(chairAt('stoke-on-trent', 1, 'early-help', false)).toBe('Team Manager');
    expect(chairAt('stoke-on-trent', 1, 'early-help')).toBe('Team Manager');
  });
  it('Stoke: the CHAD manager chairs stages 1 and 2 where the child is not open', () => {
    const chad = 'CHAD manager (may be supported by a locality assessment team manager)';
    expect(chairAt('stoke-on-trent', 1, 'not-known')).toBe(chad);
    expect(chairAt('stoke-on-trent', 2, 'not-known')).toBe(chad);
  });
  it('Stoke stage 2 is chaired by the Service Manager', () => {
    expect(chairAt('stoke-on-trent', 2, 'child-in-care')).toBe('Service Manager');
  });
  it('Stoke stage 3 is chaired by the Strategic Manager', () => {
    expect(chairAt('stoke-on-trent', 3, 'not-known')).toBe('Strategic Manager');
  });
});

describe('Who chairs: Wigan and East Midlands', () => {
  it('Wigan: a practice manager or advanced practitioner chairs, within the weekly missing meeting (WG appendix f)', () => {
    const result = evaluate(
      'wigan',
      missingOn('2025-03-01', '2025-03-04', '2025-03-07'),
      london('2025-03-08 12:00'),
    );
    expect(result.stage.chair).toBe(
      'Practice Manager or Advanced Practitioner from Social Care (within the weekly missing meeting)',
    );
  });
  it('East Midlands: the placing authority convenes; the host authority is invited and always gets the minutes', () => {
    const result = evaluate(
      'east-midlands',
      missingOn('2025-03-01', '2025-03-04', '2025-03-07'),
      london('2025-03-08 12:00'),
    );
    expect(result.stage.chair).toBe(
      'Placing authority (host authority invited; its Missing Children Service always gets the minutes)',
    );
  });
  it('below stage 1 nobody chairs', () => {
    expect(evaluate('wigan', missingOn('2025-03-01'), london('2025-03-08 12:00')).stage.chair).toBeNull();
  });
});
