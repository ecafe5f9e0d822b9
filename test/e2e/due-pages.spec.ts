import { expectNoAxeViolations } from './axe';
import { expect, test, type HomewardApp } from './fixtures';
import { DuePage } from './pages/DuePage';

// Issue 15: a county's Due list runs to thousands of items. The screen shows the most urgent page, says how many
// there are, and shows more on request; each filter's count is of the whole list, not of the page.

const CHILDREN = 60;

/** Staffordshire children reported missing at high risk this morning: each has a few notifications due (ST 6, 14.1). */
async function manyChildrenDue(app: HomewardApp): Promise<void> {
  for (let n = 0; n < CHILDREN; n++) {
    const child = await app.backend.call('children.create', {
      givenName: `Test-Page${String(n).padStart(2, '0')}`,
      familyName: 'Listerby',
      dateOfBirth: '2012-03-04',
      gender: 'not-recorded',
      caseReference: `E2E-PAGE-${n}`,
      legalStatus: 'child-in-care',
      placingAuthority: 'Staffordshire',
      hostAuthority: null,
      placementType: 'foster-care',
      allocatedWorker: null,
      team: null,
      protocolProfileId: 'staffordshire',
    });
    if (!child.ok) throw new Error(child.error.message);
    const episode = await app.backend.call('episodes.create', {
      childId: (child.value as { id: string }).id,
      category: 'missing',
      reportedAt: new Date(Date.parse('2026-11-20T06:00:00.000Z') + n * 60_000).toISOString(),
      policeRiskAtReport: 'high',
    });
    if (!episode.ok) throw new Error(episode.error.message);
  }
}

test('the Due screen shows the 100 most urgent items, says how many there are, and shows the rest on request', async ({
  page,
  app,
}) => {
  await manyChildrenDue(app);
  const whole = await app.backend.call('protocol.due', {});
  if (!whole.ok) throw new Error(whole.error.message);
  const total = (whole.value as { items: unknown[] }).items.length;
  expect(total, 'enough items for more than one page').toBeGreaterThan(100);

  await app.open(page, '/due');
  const due = new DuePage(page);
  await due.table.waitFor();
  const rows = due.table.getByTestId('due-row');
  await expect(rows).toHaveCount(100);
  await expect(page.getByText(`Showing the 100 most urgent of ${total}.`)).toBeVisible();
  await expect(page.getByText(`${total} in all`)).toBeVisible();
  await app.screenshot(page, '15-due-first-page');

  await page.getByRole('button', { name: `Show ${Math.min(100, total - 100)} more` }).click();
  await expect(rows).toHaveCount(Math.min(200, total));
  // The child reported last is the least urgent of the morning's: on the second page, not the first.
  await expect(due.rowFor('Test-Page59 Listerby', 'Inform').first()).toBeVisible();

  // A filter counts the whole list and starts again at its own first page.
  const notifications = page.getByRole('button', { name: /^Notifications \(\d+\)$/ });
  const count = Number((await notifications.textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(count).toBeGreaterThan(100);
  await notifications.click();
  await expect(rows).toHaveCount(100);
  await expect(page.getByText(`Showing the 100 most urgent of ${count}.`)).toBeVisible();
  await expect(rows.filter({ hasNot: page.getByText('Notify', { exact: true }) })).toHaveCount(0);

  // The count and Show more, on a phone-width window too, with no WCAG fault.
  await expectNoAxeViolations(page, 'the Due screen with more to show');
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toBeVisible();
  await app.screenshot(page, '15-due-first-page-320');
});
