import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { fullDue } from '../../../electron/backend/protocol/evaluate';
import type { ApiInput } from '../../../shared/api';
import type { ChildInput } from '../../../shared/domain/child';
import { freshBackend, must, sampleChild } from '../support/backend';
import { auditRows } from '../support/db';
import { convertToPdf, pdfText, requireTools, saveResult } from '../exports/readBack';

type Assessment = ApiInput<'riskAssessments.create'>['assessment'];

const assessment = (over: Partial<Assessment> = {}): Assessment => ({
  assessedOn: '2026-11-19',
  careProviderLevel: 'medium',
  socialWorkerLevel: 'high',
  pattern: { runningToOrFrom: 'to-someone', usualDestinations: 'Older friends in Sampleton town centre' },
  concerns: {
    sexualExploitation: { answer: 'yes', detail: 'Seen with older males near the bus station' },
    cseProtocolsActivated: 'yes',
  },
  circumstances: { comingInTimes: '21:00 school nights', mobilePhone: 'yes', phoneCredit: 'contract' },
  plan: {
    reportAfterHours: 2,
    addresses: [
      {
        address: '12 Example Road, Sampleton',
        risk: 'high',
        action: 'Carer to collect',
        concernForWelfare: true,
        maxHoursBeforePolice: 1,
      },
    ],
    actions: [
      {
        description: 'Agree coming-in times with the young person',
        owner: 'Carer A. Example',
        dueOn: '2026-11-27',
      },
    ],
  },
  agreements: {
    carer: { name: 'Carer A. Example', agreedOn: '2026-11-19' },
    socialWorker: { name: 'Worker A. Example', agreedOn: '2026-11-19' },
  },
  ...over,
});

// A looked-after child under the Wigan protocol, the only profile whose text has appendix a.
const wiganChild = (b: Backend, over: Partial<ChildInput> = {}) =>
  must(
    b,
    'children.create',
    sampleChild({
      caseReference: 'RISK-0001',
      protocolProfileId: 'wigan',
      placingAuthority: 'Wigan',
      ...over,
    }),
  );

describe('the Missing From Care Risk Assessment and Action Plan', () => {
  it('reads back whole as version 1, the higher level overall, and its create and view are audited without content', async () => {
    const b = await freshBackend();
    const child = await wiganChild(b);
    const saved = await must(b, 'riskAssessments.create', { childId: child.id, assessment: assessment() });
    expect(saved).toMatchObject({
      version: 1,
      latest: true,
      overallLevel: 'high',
      careProviderLevel: 'medium',
    });
    const [read] = await must(b, 'riskAssessments.list', { childId: child.id });
    expect(read!.concerns.sexualExploitation).toEqual({
      answer: 'yes',
      detail: 'Seen with older males near the bus station',
    });
    expect(read!.concerns.cseProtocolsActivated).toBe('yes');
    expect(read!.concerns.forcedMarriage).toEqual({ answer: 'not-known', detail: '' });
    expect(read!.plan.addresses[0]).toMatchObject({
      risk: 'high',
      maxHoursBeforePolice: 1,
      concernForWelfare: true,
    });
    expect(read!.plan.actions).toMatchObject([
      { owner: 'Carer A. Example', status: 'open', dueOn: '2026-11-27' },
    ]);
    const rows = (await auditRows(b)).filter((r) => r.entity === 'risk-assessment');
    expect(rows.map((r) => [r.action, r.child_id, r.detail])).toEqual([
      ['create', child.id, 'version 1'],
      ['view', child.id, null],
    ]);
  });

  it('refuses a plan that waits longer than 6 hours to report, and a missing social worker, naming each; nothing changes', async () => {
    const b = await freshBackend();
    const child = await wiganChild(b);
    const first = await must(b, 'riskAssessments.create', { childId: child.id, assessment: assessment() });
    const bad = await b.call('riskAssessments.update', {
      id: first.id,
      baseRevision: first.revision,
      assessment: assessment({ plan: { reportAfterHours: 8, actions: [] } }),
    });
    expect(bad.ok || bad.error.issues).toContainEqual({
      field: 'assessment.plan.reportAfterHours',
      message: 'must be at most 6 hours: the plan says not to delay reporting to police longer',
    });
    const noWorker = await b.call('riskAssessments.update', {
      id: first.id,
      baseRevision: first.revision,
      assessment: assessment({ agreements: { carer: { name: 'Carer A. Example', agreedOn: '2026-11-19' } } }),
    });
    expect(noWorker.ok || noWorker.error.issues).toContainEqual({
      field: 'assessment.agreements.socialWorker.name',
      message: 'Social worker: the meeting always includes them; give their name.',
    });
    const future = await b.call('riskAssessments.create', {
      childId: child.id,
      assessment: assessment({ assessedOn: '2026-11-21' }),
    });
    expect(future.ok || future.error.issues).toContainEqual({
      field: 'assessment.assessedOn',
      message: 'Date of review is in the future.',
    });
    const all = await must(b, 'riskAssessments.list', { childId: child.id });
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ revision: 1, plan: { reportAfterHours: 2 } });
    expect(all[0]!.plan.actions).toHaveLength(1);
  });

  it('refuses a stale revision, keeps a reviewed version as it was, and refuses to edit it', async () => {
    const b = await freshBackend();
    const child = await wiganChild(b);
    const first = await must(b, 'riskAssessments.create', { childId: child.id, assessment: assessment() });
    const input = assessment({ careProviderLevel: 'high' });
    const updated = await must(b, 'riskAssessments.update', {
      id: first.id,
      baseRevision: first.revision,
      assessment: { ...input, plan: { ...input.plan, actions: first.plan.actions } },
    });
    expect(updated.revision).toBe(2);
    // The action kept its id across the save, so Due's key for it holds.
    expect(updated.plan.actions[0]!.id).toBe(first.plan.actions[0]!.id);
    const stale = await b.call('riskAssessments.update', {
      id: first.id,
      baseRevision: first.revision,
      assessment: assessment({ careProviderLevel: 'low', socialWorkerLevel: 'low' }),
    });
    expect(stale.ok || stale.error.code).toBe('conflict');
    const review = await must(b, 'riskAssessments.create', {
      childId: child.id,
      assessment: assessment({
        assessedOn: '2026-11-20',
        careProviderLevel: 'low',
        socialWorkerLevel: 'low',
      }),
    });
    expect(review.version).toBe(2);
    const [newest, old] = await must(b, 'riskAssessments.list', { childId: child.id });
    expect([newest!.id, newest!.latest, newest!.overallLevel]).toEqual([review.id, true, 'low']);
    expect([old!.id, old!.latest, old!.overallLevel]).toEqual([first.id, false, 'high']);
    const edit = await b.call('riskAssessments.update', {
      id: first.id,
      baseRevision: updated.revision,
      assessment: assessment(),
    });
    expect(edit.ok || edit.error.issues).toEqual([{ field: 'id', message: 'is a superseded version' }]);
    const audited = (await auditRows(b)).filter((r) => r.entity === 'risk-assessment' && r.action !== 'view');
    expect(audited.map((r) => [r.action, r.detail])).toEqual([
      ['create', 'version 1'],
      ['update', 'version 1'],
      ['create', 'version 2'],
    ]);
  });

  it('puts the open plan actions of the latest version on Due, and takes them off when done or reviewed away', async () => {
    const b = await freshBackend();
    const child = await wiganChild(b);
    const first = await must(b, 'riskAssessments.create', { childId: child.id, assessment: assessment() });
    const planItems = async () =>
      (await must(b, 'protocol.due', {})).items.filter((i) => i.kind === 'risk-plan-action');
    expect(await planItems()).toMatchObject([
      {
        childId: child.id,
        what: 'Agree coming-in times with the young person',
        dueBy: '2026-11-27',
        overdue: false,
        role: 'Carer A. Example',
        source: 'WG appendix a',
      },
    ]);
    expect(JSON.stringify(await must(b, 'protocol.due', {}))).toBe(JSON.stringify(await fullDue(b.context)));
    const input = assessment();
    await must(b, 'riskAssessments.update', {
      id: first.id,
      baseRevision: first.revision,
      assessment: {
        ...input,
        plan: { ...input.plan, actions: [{ ...first.plan.actions[0]!, status: 'done' }] },
      },
    });
    expect(await planItems()).toEqual([]);
    await must(b, 'riskAssessments.create', {
      childId: child.id,
      assessment: assessment({
        plan: {
          reportAfterHours: 1,
          actions: [{ description: 'Visit after return', owner: 'Worker A. Example' }],
        },
      }),
    });
    expect((await planItems()).map((i) => i.what)).toEqual(['Visit after return']);
  });
});

describe('when WG appendix a says the risk assessment is due', () => {
  const prompt = async (b: Backend, childId: string) => {
    const due = await must(b, 'protocol.due', {});
    expect(JSON.stringify(due)).toBe(JSON.stringify(await fullDue(b.context)));
    const onPage = (await must(b, 'protocol.child', { childId })).due.filter((i) =>
      i.key.includes('risk-assessment'),
    );
    const onDue = due.items.filter((i) => i.childId === childId && i.key.includes('risk-assessment'));
    // The child page lists what Due lists for the child.
    expect(onPage).toEqual(onDue);
    return onDue[0];
  };

  it('after the first occasion a looked-after child runs away, and not for a child not looked after', async () => {
    const b = await freshBackend();
    const child = await wiganChild(b);
    const home = await wiganChild(b, { caseReference: 'RISK-0002', legalStatus: 'child-in-need' });
    for (const c of [child, home])
      await must(b, 'episodes.create', {
        childId: c.id,
        category: 'missing',
        reportedAt: '2026-11-19T20:00:00Z',
        foundAt: '2026-11-19T23:00:00Z',
      });
    expect(await prompt(b, child.id)).toMatchObject({
      what: 'Complete the Missing From Care Risk Assessment and Action Plan',
      dueBy: null,
      source: 'WG appendix a',
    });
    expect(await prompt(b, home.id)).toBeUndefined();
    await must(b, 'riskAssessments.create', { childId: child.id, assessment: assessment() });
    expect(await prompt(b, child.id)).toBeUndefined();
  });

  const ranAway = (b: Backend, childId: string) =>
    must(b, 'episodes.create', {
      childId,
      category: 'absent',
      reportedAt: '2026-11-01T20:00:00Z',
      foundAt: '2026-11-01T22:00:00Z',
    });

  it('within 3 working days of an emergency placement, skipping the weekend', async () => {
    const b = await freshBackend();
    // Friday 20 November 2026: three working days on is Wednesday 25 November.
    const child = await wiganChild(b, {
      placementStartedOn: '2026-11-20',
      placementArrangement: 'emergency',
    });
    await ranAway(b, child.id);
    await must(b, 'riskAssessments.create', {
      childId: child.id,
      assessment: assessment({ assessedOn: '2026-11-02', plan: { reportAfterHours: 2, actions: [] } }),
    });
    expect(await prompt(b, child.id)).toMatchObject({
      what: 'Review the Missing From Care Risk Assessment and Action Plan',
      dueBy: '2026-11-25',
      overdue: false,
    });
    await must(b, 'riskAssessments.create', {
      childId: child.id,
      assessment: assessment({ assessedOn: '2026-11-20', plan: { reportAfterHours: 2, actions: [] } }),
    });
    expect(await prompt(b, child.id)).toBeUndefined();
  });

  it('before a planned placement starts, when no assessment is in date', async () => {
    const b = await freshBackend();
    const child = await wiganChild(b, { placementStartedOn: '2026-12-01', placementArrangement: 'planned' });
    await ranAway(b, child.id);
    await must(b, 'riskAssessments.create', {
      childId: child.id,
      assessment: assessment({ assessedOn: '2026-04-02', plan: { reportAfterHours: 2, actions: [] } }),
    });
    expect(await prompt(b, child.id)).toMatchObject({ dueBy: '2026-10-02', overdue: true });
    expect((await prompt(b, child.id))!.reason).toContain(
      'Planned placement from 2026-12-01: before it starts',
    );
  });

  it('at least every 6 months, shown a fortnight ahead and overdue once passed, and after each MIM', async () => {
    let now = '2026-05-20T09:00:00.000Z';
    const b = await freshBackend(now, { now: () => new Date(now) });
    const child = await wiganChild(b);
    await must(b, 'riskAssessments.create', {
      childId: child.id,
      assessment: assessment({
        assessedOn: '2026-05-20',
        agreements: {
          carer: { name: 'Carer A. Example', agreedOn: '2026-05-20' },
          socialWorker: { name: 'Worker A. Example', agreedOn: '2026-05-20' },
        },
        plan: { reportAfterHours: 2, actions: [] },
      }),
    });
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-05-20T07:00:00Z',
      foundAt: '2026-05-20T08:00:00Z',
    });
    now = '2026-11-05T09:00:00.000Z';
    expect(await prompt(b, child.id)).toBeUndefined();
    now = '2026-11-06T09:00:00.000Z';
    expect(await prompt(b, child.id)).toMatchObject({ dueBy: '2026-11-20', overdue: false });
    now = '2026-11-21T09:00:00.000Z';
    expect(await prompt(b, child.id)).toMatchObject({ dueBy: '2026-11-20', overdue: true });
    now = '2026-05-21T09:00:00.000Z';
    const { meeting } = await must(b, 'meetings.create', {
      kind: 'mim',
      stageLevel: 1,
      childIds: [child.id],
      chairRole: 'Practice Manager',
      chairName: 'Chair A. Example',
      minuteTaker: 'Minute B. Example',
      scheduledAt: '2026-05-21T10:00:00Z',
      venue: 'Room 2, Example House',
      reason: 'Reviewing the plan',
    });
    now = '2026-05-21T11:00:00.000Z';
    await must(b, 'meetings.transition', {
      meetingId: meeting.id,
      to: 'in-progress',
      at: '2026-05-21T10:00:00Z',
    });
    await must(b, 'meetings.transition', { meetingId: meeting.id, to: 'concluded' });
    expect((await prompt(b, child.id))!.reason).toContain(
      'A MIM was held on 2026-05-21: review after each MIM',
    );
  });
});

describe('the risk assessment in Word', () => {
  it('reads back through LibreOffice with its grid, plan, actions and who agreed it; the export is audited', async () => {
    requireTools('soffice', 'pdftotext', 'pdftoppm');
    const b = await freshBackend();
    const child = await wiganChild(b);
    const saved = await must(b, 'riskAssessments.create', { childId: child.id, assessment: assessment() });
    const file = await must(b, 'riskAssessments.export', { id: saved.id });
    expect(file.fileName).toBe('2026-11-20 Risk assessment RISK-0001.docx');
    const [pdf] = convertToPdf([saveResult('risk-assessment.docx', Buffer.from(file.base64, 'base64'))]);
    const text = pdfText(pdf!).replace(/\s+/g, ' ');
    for (const expected of [
      'Missing From Care Risk Assessment and Action Plan',
      'Overall level High (care provider medium, social worker high)',
      'Risk of sexual exploitation Yes Seen with older males near the bus station',
      '12 Example Road, Sampleton High Carer to collect (concern for welfare report) 1 h',
      'if absent more than 2 h after due back',
      'Agree coming-in times with the young person Carer A. Example',
      'Social worker Worker A. Example 19 Nov 2026',
    ])
      expect(text).toContain(expected);
    const exported = (await auditRows(b, 'export')).filter((r) => r.entity === 'risk-assessment');
    expect(exported.map((r) => [r.entity_id, r.child_id, r.detail])).toEqual([
      [saved.id, child.id, 'docx version 1'],
    ]);
  });
});

describe('the risk assessment in the meeting pack', () => {
  it('shows the latest version’s level and its plan’s open actions, not a superseded plan’s', async () => {
    const b = await freshBackend();
    const child = await wiganChild(b);
    await must(b, 'riskAssessments.create', { childId: child.id, assessment: assessment() });
    await must(b, 'riskAssessments.create', {
      childId: child.id,
      assessment: assessment({
        assessedOn: '2026-11-20',
        careProviderLevel: 'low',
        socialWorkerLevel: 'medium',
        plan: {
          reportAfterHours: 1,
          actions: [
            { description: 'Visit after return', owner: 'Worker A. Example', agency: 'Children’s services' },
            { description: 'Done already', owner: 'Carer A. Example', status: 'done' },
          ],
        },
      }),
    });
    const { meeting } = await must(b, 'meetings.create', {
      kind: 'mim',
      stageLevel: 1,
      childIds: [child.id],
      chairRole: 'Practice Manager',
      chairName: 'Chair A. Example',
      minuteTaker: 'Minute B. Example',
      scheduledAt: '2026-11-21T10:00:00Z',
      venue: 'Room 2, Example House',
      reason: 'Reviewing the plan',
    });
    const pack = await must(b, 'meetings.pack', { meetingId: meeting.id });
    expect(pack.children[0]!.riskAssessment).toMatchObject({
      version: 2,
      assessedOn: '2026-11-20',
      overallLevel: 'medium',
      openActions: [{ description: 'Visit after return', agency: 'Children’s services' }],
    });
    expect(pack.children[0]!.riskAssessment!.openActions).toHaveLength(1);
  });
});
