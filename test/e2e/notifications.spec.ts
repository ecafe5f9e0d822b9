import type { Page } from '@playwright/test';
import { expect, test, type HomewardApp } from './fixtures';
import { DuePage } from './pages/DuePage';

// Issue 16: "a notification is done when someone records who was told and when"; until then it is on Due, overdue,
// with its section. ST 6: "Children's services must also be notified immediately if the person is under 18."

async function highRiskStaffordshireChild(app: HomewardApp): Promise<void> {
  const child = await app.backend.call('children.create', {
    givenName: 'Test-Ada',
    familyName: 'Exampleton',
    dateOfBirth: '2012-03-04',
    gender: 'not-recorded',
    caseReference: 'E2E-TOLD-1',
    legalStatus: 'not-known',
    placingAuthority: 'Staffordshire',
    hostAuthority: null,
    placementType: 'home',
    allocatedWorker: null,
    team: null,
    protocolProfileId: 'staffordshire',
  });
  if (!child.ok) throw new Error(child.error.message);
  const childId = (child.value as { id: string }).id;
  const episode = await app.backend.call('episodes.create', {
    childId,
    category: 'missing',
    reportedAt: '2026-11-20T08:30:00.000Z',
    policeRiskAtReport: 'high',
  });
  if (!episode.ok) throw new Error(episode.error.message);
}

const told = (due: DuePage) => due.rowFor('Test-Ada Exampleton', 'Inform Children’s services');

async function shoot(app: HomewardApp, page: Page, name: string) {
  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await app.screenshot(page, `${name}-${width}`);
  }
}

test('a co-ordinator records from Due that children’s services were told of a high-risk report (ST 6), and the row leaves the list', async ({
  page,
  app,
}) => {
  await highRiskStaffordshireChild(app);
  await app.open(page, '/due');
  const due = new DuePage(page);
  await due.table.waitFor();
  await expect(told(due)).toHaveCount(1);
  await expect(told(due)).toContainText('Overdue');
  await expect(told(due)).toContainText('(ST 6)');
  await shoot(app, page, '40-due-notification');

  await told(due)
    .getByRole('button', { name: /^Record as told/ })
    .click();
  const dialog = page.getByRole('dialog', { name: /Record as told: Children’s services/ });
  // Saving without saying who was told is refused, naming the field, and the dialog keeps the time typed.
  await dialog.getByLabel('When told').fill('20/11/2026 08:45');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText('Who was told is required');
  await expect(dialog.getByLabel('When told')).toHaveValue('20/11/2026 08:45');

  await dialog.getByLabel('Who was told').fill('Duty social worker, MASH');
  await shoot(app, page, '41-record-notification');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  // It was this child's only item: the list is now empty, and says so.
  await expect(page.getByText('Nothing is due.')).toBeVisible();
  await expect(told(due)).toHaveCount(0);

  // It stays done after a reload: the record is in the database, not in the page.
  await page.reload();
  await expect(page.getByText('Nothing is due.')).toBeVisible();
  await expect(told(due)).toHaveCount(0);
  await shoot(app, page, '42-due-after-record');
});
