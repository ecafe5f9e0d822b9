import { expect, test, type HomewardApp } from './fixtures';

async function staffordshireChild(app: HomewardApp, caseReference: string) {
  const r = await app.backend.call('children.create', {
    givenName: 'Grady',
    familyName: 'Testperson',
    dateOfBirth: '2012-05-04',
    gender: 'not-recorded',
    caseReference,
    legalStatus: 'child-in-care',
    placingAuthority: 'Staffordshire',
    placementType: 'foster-care',
    protocolProfileId: 'staffordshire',
  });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { id: string }).id;
}

test('ST 6: entering Low as the police grading at report warns in the form, citing ST 6', async ({
  page,
  app,
}) => {
  const id = await staffordshireChild(app, 'GRADE-0001');
  await app.open(page, `/child/${id}`);
  await page.getByRole('button', { name: 'Add episode' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Category').click();
  await page.getByRole('option', { name: 'Missing', exact: true }).click();
  await expect(dialog.getByTestId('grading-warning')).toBeHidden();
  await dialog.getByLabel('Police risk at report').click();
  await page.getByRole('option', { name: 'Low', exact: true }).click();
  await expect(dialog.getByTestId('grading-warning')).toContainText(
    'Low risk is not used for an initial report: check the police grading at report (ST 6)',
  );
  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await app.screenshot(page, `grading-warning-${width}`);
  }
});

test('ST 10.4 / 23.3: a trafficking concern recorded on an episode shows its prompt on Due, with the section', async ({
  page,
  app,
}) => {
  const id = await staffordshireChild(app, 'GRADE-0002');
  const r = await app.backend.call('episodes.create', {
    childId: id,
    category: 'missing',
    reportedAt: '2026-11-20T06:00:00Z',
    traffickingConcern: true,
  });
  expect(r.ok).toBe(true);
  await app.open(page, '/');
  const row = page.getByTestId('due-row').filter({ hasText: 'National Referral Mechanism' });
  await expect(row).toContainText('Request a section 47 strategy discussion through the MASH');
  await expect(row).toContainText('(ST 10.4; ST 23.3)');
  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await app.screenshot(page, `due-prompt-${width}`);
  }
});
