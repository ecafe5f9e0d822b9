import { describe, expect, it } from 'vitest';
import {
  emptyAction,
  emptyAddress,
  emptyForm,
  fromForm,
  readDraft,
  type RaForm,
} from '../../../renderer/src/riskAssessment/raForm';

// The form's own checks (renderer/src/riskAssessment/raForm.ts): what is typed becomes the backend's input, and
// every problem is named at once against the backend's field paths, so each shows at its input.

const TODAY = '2026-12-01';

function filled(): RaForm {
  const f = emptyForm();
  f.assessedOn = '30/11/2026';
  f.careProviderLevel = 'medium';
  f.socialWorkerLevel = 'high';
  f.plan.reportAfterHours = '2';
  f.plan.actions = [
    { ...emptyAction(), description: 'Safety plan with school', owner: 'A Carer', dueOn: '14/12/2026' },
  ];
  f.agreements.carer = { name: 'A Carer', agreedOn: '30/11/2026' };
  f.agreements.socialWorker = { name: 'S Worker', agreedOn: '30/11/2026' };
  return f;
}

describe('the risk assessment form', () => {
  it('turns dd/mm/yyyy text and typed hours into the input the backend takes', () => {
    const p = fromForm(filled(), TODAY);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.input.assessedOn).toBe('2026-11-30');
    expect(p.input.plan.reportAfterHours).toBe(2);
    expect(p.input.plan.actions[0]?.dueOn).toBe('2026-12-14');
    expect(p.input.plan.socialWorkerVisitWithinDays).toBeNull();
  });

  it('names every problem at once, each by the backend field path of its input', () => {
    const f = emptyForm();
    f.assessedOn = '31/02/2026';
    f.plan.reportAfterHours = '9';
    f.plan.addresses = [{ ...emptyAddress(), maxHoursBeforePolice: '1' }];
    f.plan.actions = [{ ...emptyAction(), dueOn: 'soon' }];
    const p = fromForm(f, TODAY);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    const fields = p.issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'assessment.assessedOn',
        'assessment.careProviderLevel',
        'assessment.socialWorkerLevel',
        'assessment.plan.reportAfterHours',
        'assessment.plan.addresses.0.address',
        'assessment.plan.addresses.0.risk',
        'assessment.plan.actions.0.description',
        'assessment.plan.actions.0.owner',
        'assessment.plan.actions.0.dueOn',
        // The rules across fields are named in the same pass, though fields above failed.
        'assessment.agreements.carer.name',
        'assessment.agreements.socialWorker.name',
      ]),
    );
    // A date that did not parse is named once, with why, not again as "is required".
    expect(fields.filter((x) => x === 'assessment.assessedOn')).toHaveLength(1);
    expect(p.issues.find((i) => i.field === 'assessment.plan.reportAfterHours')?.message).toMatch(/6 hours/);
  });

  it('applies the rules the backend applies: the carer and social worker named, nothing in the future', () => {
    const f = filled();
    f.agreements.carer = { name: '', agreedOn: '' };
    f.assessedOn = '02/12/2026';
    const p = fromForm(f, TODAY);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issues.map((i) => i.field)).toEqual(
      expect.arrayContaining(['assessment.agreements.carer.name', 'assessment.assessedOn']),
    );
  });

  it('reads a draft back as typed, and drops what does not fit the form', () => {
    const f = filled();
    f.plan.actions[0]!.dueOn = '14/1';
    const back = readDraft(JSON.stringify({ ...f, assessedOn: 42, stray: 'x' }));
    expect(back?.plan.actions[0]?.dueOn).toBe('14/1');
    expect(back?.agreements.socialWorker.name).toBe('S Worker');
    expect(back?.assessedOn).toBe('');
    expect(back && 'stray' in back).toBe(false);
    expect(readDraft('not json')).toBeNull();
  });
});
