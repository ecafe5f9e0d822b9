import { expect, test } from './fixtures';

// Issue 17's proof: a co-ordinator fills a return interview from an episode in the chronology, sees a bad time
// refused at its field, keeps what was typed through a reload, saves, and finds the factors it found on the child's
// page.

test('a co-ordinator fills a return interview from an episode and sees its factors on the child page', async ({
  page,
  app,
}) => {
  const child = await app.backend.call('children.create', {
    givenName: 'Testy',
    familyName: 'Samplewood',
    dateOfBirth: '2011-05-04',
    gender: 'not-recorded',
    caseReference: 'TEST-0017',
    legalStatus: 'child-in-care',
    placingAuthority: 'Warwickshire County Council',
    placementType: 'foster-care',
    protocolProfileId: 'warwickshire',
  });
  if (!child.ok) throw new Error(child.error.message);
  const childId = (child.value as { id: string }).id;
  const episode = await app.backend.call('episodes.create', {
    childId: childId,
    category: 'missing',
    reportedAt: '2026-11-15T20:00:00Z',
    foundAt: '2026-11-16T08:00:00Z',
    policeReference: 'PO-1254689',
  });
  if (!episode.ok) throw new Error(episode.error.message);
  const episodeId = (episode.value as { id: string }).id;

  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open(page, `/child/${childId}`);
  await expect(page.getByRole('region', { name: 'Pull factors' })).not.toContainText('Peer pressure');
  await page.getByTestId('open-return-interview').click();
  const held = page.getByRole('textbox', { name: 'Held', exact: true });
  const where = page.getByRole('textbox', { name: 'Where', exact: true });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Return Conversation');

  await page.getByRole('radiogroup', { name: 'Interview offered?' }).getByLabel('Yes').check();
  await page.getByRole('radiogroup', { name: 'Independent interviewer?' }).getByLabel('Yes').check();
  await page.getByLabel('Accepted or declined').click();
  await page.getByRole('option', { name: 'Accepted' }).click();
  // Held before the child returned: refused, named at the field, nothing saved.
  await held.fill('16/11/2026 07:00');
  await where.fill('Youth centre');
  await page.getByTestId('rhi-question-peer-pressure').getByRole('button', { name: 'Yes' }).click();
  await page.getByLabel('Comments: Peer pressure?').fill('Older friends asked them out.');
  const pull = page.getByRole('group', { name: /Pull factors/ });
  await expect(pull.getByText('suggested by the answers')).toHaveCount(1);
  await pull.getByLabel(/Peer pressure or friends encouraged/).check();

  // What was typed survives a reload before it is saved.
  await expect(page.getByTestId('rhi-draft-note')).toBeVisible();
  await page.reload();
  await expect(where).toHaveValue('Youth centre');
  await expect(page.getByLabel('Comments: Peer pressure?')).toHaveValue('Older friends asked them out.');
  await expect(pull.getByLabel(/Peer pressure or friends encouraged/)).toBeChecked();

  await page.getByRole('button', { name: 'Save return interview' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved:' })).toContainText(
    'before the child returned',
  );
  await expect(held).toHaveAttribute('aria-invalid', 'true');
  const before = await app.backend.call('returnInterviews.get', { episodeId: episodeId });
  expect(before.ok && (before.value as { record: unknown }).record).toBeNull();

  await held.fill('17/11/2026 15:00');
  await page.getByRole('button', { name: 'Save return interview' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. The factors' })).toBeVisible();
  await expect(page.getByTestId('rhi-saved-line')).toBeVisible();
  await expect(page.getByTestId('rhi-draft-note')).toHaveCount(0);
  await app.screenshot(page, 'return-interview-1600');
  await page.setViewportSize({ width: 1024, height: 900 });
  await app.screenshot(page, 'return-interview-1024');

  await page.getByRole('link', { name: 'Back to the child’s page' }).click();
  await expect(page.getByRole('region', { name: 'Pull factors' })).toContainText(
    'Peer pressure or friends encouraged',
  );
  await app.screenshot(page, 'return-interview-child-page-1024');
  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.screenshot(page, 'return-interview-child-page-1600');
});
