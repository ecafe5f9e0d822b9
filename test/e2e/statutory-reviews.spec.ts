import type { Page } from '@playwright/test';
import { expect, test, type HomewardApp } from './fixtures';
import { DuePage } from './pages/DuePage';

// ST 17.4: "the allocated IRO is required to report the number of missing episodes and the adequacy of responses to
// these episodes following each statutory review of a child living out of area". A review added on the child page
// puts the IRO's report on Due until someone records it as told.

async function outOfAreaStokeChild(app: HomewardApp): Promise<string> {
  const child = await app.backend.call('children.create', {
    givenName: 'Test-Iris',
    familyName: 'Reviewton',
    dateOfBirth: '2011-06-07',
    gender: 'not-recorded',
    caseReference: 'E2E-REVIEW-1',
    legalStatus: 'child-in-care',
    placingAuthority: 'Stoke-on-Trent',
    hostAuthority: 'Cheshire East',
    placementType: 'childrens-home',
    allocatedWorker: null,
    team: null,
    protocolProfileId: 'stoke-on-trent',
  });
  if (!child.ok) throw new Error(child.error.message);
  const childId = (child.value as { id: string }).id;
  const episode = await app.backend.call('episodes.create', {
    childId,
    category: 'missing',
    reportedAt: '2026-11-05T20:00:00.000Z',
    foundAt: '2026-11-05T23:00:00.000Z',
    returnInterview: { outcome: 'accepted', heldAt: '2026-11-06T15:00:00.000Z' },
  });
  if (!episode.ok) throw new Error(episode.error.message);
  return childId;
}

async function shoot(app: HomewardApp, page: Page, name: string) {
  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await app.screenshot(page, `${name}-${width}`);
  }
}

test('a review held is added on the child page (a future day refused, naming the field) and the IRO’s report (ST 17.4) is on Due until recorded as told', async ({
  page,
  app,
}) => {
  const childId = await outOfAreaStokeChild(app);
  await app.open(page, `/child/${childId}`);
  const section = page.getByRole('region', { name: 'Statutory reviews' });
  await expect(section).toContainText('No statutory reviews recorded.');
  await section.getByRole('button', { name: 'Add a review held' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a statutory review held' });
  await dialog.getByLabel('Date held (dd/mm/yyyy)').fill('30/11/2026');
  await dialog.getByLabel('Independent Reviewing Officer').fill('IRO E. Example, IRO service');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText('Date held cannot be in the future.');
  await expect(dialog.getByLabel('Independent Reviewing Officer')).toHaveValue('IRO E. Example, IRO service');
  await dialog.getByLabel('Date held (dd/mm/yyyy)').fill('18/11/2026');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByTestId('statutory-review')).toHaveText(
    /18\/11\/2026: IRO E\. Example, IRO service/,
  );
  await section.scrollIntoViewIfNeeded();
  await shoot(app, page, '60-child-statutory-reviews');

  const due = new DuePage(page);
  await due.goto();
  const report = due.rowFor('Test-Iris Reviewton', 'Inform Relevant team manager');
  await expect(report).toHaveCount(1);
  await expect(report).toContainText('(ST 17.4)');
  await shoot(app, page, '61-due-iro-report');
  await report.getByRole('button', { name: /^Record as told/ }).click();
  const told = page.getByRole('dialog', { name: /Record as told: Relevant team manager/ });
  await told.getByLabel('Who was told').fill('Team manager F. Example');
  await told.getByLabel('When told').fill('19/11/2026 12:00');
  await told.getByRole('button', { name: 'Save' }).click();
  await expect(told).toBeHidden();
  await expect(report).toHaveCount(0);
  await page.reload();
  // The list has loaded once its count is shown (with nothing left due there is no table to wait for).
  await expect(page.getByText(/^\d+ in all$/)).toBeVisible();
  await expect(report).toHaveCount(0);
});
