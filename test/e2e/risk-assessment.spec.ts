import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

// Issue 17's proof for the risk assessment (WG appendix a): a co-ordinator fills one for a Wigan demo child in care
// with a plan action, sees every problem named at its field at once, keeps what was typed through a reload, saves,
// and finds the action on the child's page and on Due.

test('a co-ordinator fills a risk assessment with a plan action and sees the action on Due', async ({
  page,
  app,
}) => {
  const loaded = await app.backend.call('app.loadDemo', {});
  if (!loaded.ok) throw new Error(loaded.error.message);
  const list = await app.backend.call('children.list', { legalStatus: 'child-in-care' });
  if (!list.ok) throw new Error(list.error.message);
  const child = (list.value as Array<{ id: string; placingAuthority: string; restricted?: true }>).find(
    (c) => c.placingAuthority === 'Wigan Council' && !c.restricted,
  );
  if (!child) throw new Error('The demo data has no Wigan child in care.');

  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open(page, `/child/${child.id}`);
  const section = page.getByRole('region', { name: 'Risk assessment and action plan' });
  await section.getByRole('link', { name: /New risk assessment|Review/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Missing From Care Risk Assessment');

  const reviewDate = page.getByRole('textbox', { name: 'Date of review (dd/mm/yyyy)' });
  await reviewDate.fill('31/02/2026');
  await page.getByRole('combobox', { name: 'Care provider’s level' }).click();
  await page.getByRole('option', { name: 'Medium' }).click();
  await page.getByRole('combobox', { name: 'Social worker’s level' }).click();
  await page.getByRole('option', { name: 'High' }).click();
  await page.getByRole('radiogroup', { name: 'Risk of sexual exploitation' }).getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Add an action' }).click();
  const action = page.getByRole('group', { name: 'Action 1' });
  await action.getByRole('textbox', { name: 'Action' }).fill('Weekly safety work with the CSE team');
  await action.getByRole('textbox', { name: 'Due (dd/mm/yyyy)' }).fill('27/11/2026');

  // Typed, not saved: a reload keeps it.
  await expect(page.getByTestId('ra-draft-note')).toBeVisible();
  await page.reload();
  await expect(reviewDate).toHaveValue('31/02/2026');
  await expect(action.getByRole('textbox', { name: 'Action' })).toHaveValue(
    'Weekly safety work with the CSE team',
  );
  await expect(
    page.getByRole('radiogroup', { name: 'Risk of sexual exploitation' }).getByLabel('Yes'),
  ).toBeChecked();

  // Every problem at once, each at its field; nothing is saved.
  await page.getByRole('button', { name: 'Save risk assessment' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved:' })).toBeVisible();
  await expect(reviewDate).toHaveAttribute('aria-invalid', 'true');
  await expect(action.getByRole('textbox', { name: 'Owner' })).toHaveAttribute('aria-invalid', 'true');
  const report = page.getByRole('textbox', { name: /Report to police if absent/ });
  await expect(report).toHaveAttribute('aria-invalid', 'true');
  const carer = page.getByRole('textbox', { name: 'Residential staff member or foster carer: name' });
  await expect(carer).toHaveAttribute('aria-invalid', 'true');
  await app.screenshot(page, 'risk-assessment-errors-1600');
  await expectNoAxeViolations(page, 'the risk assessment form refusing a save');
  const none = await app.backend.call('riskAssessments.list', { childId: child.id });
  const before = none.ok ? (none.value as unknown[]).length : -1;

  await reviewDate.fill('19/11/2026');
  await report.fill('2');
  await action.getByRole('textbox', { name: 'Owner' }).fill('Sam Keyworker');
  await action.getByRole('textbox', { name: 'Agency' }).fill('Wigan CSE team');
  await carer.fill('Alex Carer');
  await page.locator('input[name="assessment.agreements.carer.agreedOn"]').fill('19/11/2026');
  await page.getByRole('textbox', { name: 'Social worker: name' }).fill('Jo Socialworker');
  await page.locator('input[name="assessment.agreements.socialWorker.agreedOn"]').fill('19/11/2026');
  await expect(reviewDate).not.toHaveAttribute('aria-invalid', 'true');
  await page.setViewportSize({ width: 1024, height: 900 });
  await app.screenshot(page, 'risk-assessment-1024');
  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.screenshot(page, 'risk-assessment-1600');
  await page.getByRole('button', { name: 'Save risk assessment' }).click();

  // Back on the child's page: the new version, overall High (the higher of the two), with its action.
  await expect(section.getByTestId('risk-latest')).toContainText('High');
  await expect(section.getByRole('list', { name: 'Plan actions' })).toContainText(
    'Weekly safety work with the CSE team',
  );
  const after = await app.backend.call('riskAssessments.list', { childId: child.id });
  expect(after.ok && (after.value as unknown[]).length).toBe(before + 1);
  await app.screenshot(page, 'risk-assessment-child-1600');

  await page.evaluate(() => (window.location.hash = '#/due'));
  await expect(page.getByRole('heading', { level: 1, name: 'Due' })).toBeVisible();
  await expect(page.getByText('Weekly safety work with the CSE team').first()).toBeVisible();
});

test('an edit refused because someone saved first offers theirs or mine; the child form keeps the placement', async ({
  page,
  app,
}) => {
  const created = await app.backend.call('children.create', {
    givenName: 'Testy',
    familyName: 'Riskwood',
    dateOfBirth: '2011-05-04',
    gender: 'not-recorded',
    caseReference: 'TEST-RA-01',
    legalStatus: 'child-in-care',
    placingAuthority: 'Wigan Council',
    placementType: 'foster-care',
  });
  if (!created.ok) throw new Error(created.error.message);
  const childId = (created.value as { id: string }).id;
  const assessment = {
    assessedOn: '2026-11-18',
    careProviderLevel: 'low',
    socialWorkerLevel: 'low',
    plan: { reportAfterHours: 4 },
    agreements: {
      carer: { name: 'Alex Carer', agreedOn: '2026-11-18' },
      socialWorker: { name: 'Jo Socialworker', agreedOn: '2026-11-18' },
    },
  };
  const first = await app.backend.call('riskAssessments.create', { childId, assessment });
  if (!first.ok) throw new Error(first.error.message);
  const { id } = first.value as { id: string };

  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open(page, `/risk-assessment/${childId}/edit`);
  const report = page.getByRole('textbox', { name: /Report to police if absent/ });
  await expect(report).toHaveValue('4');
  await report.fill('3');
  // Someone else corrects the same version first.
  const theirs = await app.backend.call('riskAssessments.update', {
    id,
    baseRevision: 1,
    assessment: { ...assessment, plan: { reportAfterHours: 1 } },
  });
  if (!theirs.ok) throw new Error(theirs.error.message);
  await page.getByRole('button', { name: 'Save risk assessment' }).click();
  const notice = page.getByTestId('conflict-notice');
  await expect(notice).toContainText('plan.reportAfterHours');
  await notice.getByRole('button', { name: 'Use theirs' }).click();
  await expect(report).toHaveValue('1');
  await report.fill('2');
  await page.getByRole('button', { name: 'Save risk assessment' }).click();
  await expect(page.getByRole('region', { name: 'Risk assessment and action plan' })).toContainText(
    'report to police after 2 h',
  );

  await page.getByRole('button', { name: 'Edit the child’s details' }).click();
  await page.getByRole('textbox', { name: 'Placement started (dd/mm/yyyy)' }).fill('10/11/2026');
  await page.getByRole('combobox', { name: 'Placement planned or emergency' }).click();
  await page.getByRole('option', { name: 'Emergency' }).click();
  await page.getByRole('button', { name: 'Save child' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const child = await app.backend.call('children.get', { id: childId });
  const saved = child.ok ? (child.value as { child: Record<string, unknown> }).child : {};
  expect(saved.placementStartedOn).toBe('2026-11-10');
  expect(saved.placementArrangement).toBe('emergency');
});
