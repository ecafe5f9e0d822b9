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
