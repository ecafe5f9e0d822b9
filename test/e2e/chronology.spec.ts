import { expect, test } from './fixtures';
import { ChildPageModel } from './pages/ChildPage';
import { ChildrenPage } from './pages/ChildrenPage';

test('a team leader loads the demo data, finds a child and reads the chronology', async ({ page, app }) => {
  await app.open(page, '/children');
  const children = new ChildrenPage(page);
  await children.loadDemoData();
  await expect(children.rows()).toHaveCount(40);
  await app.screenshot(page, '01-children-list');

  await children.search.fill('DEMO-000001');
  await expect(children.rows()).toHaveCount(1);
  const name = (await children.rows().first().getByRole('link').textContent()) ?? '';
  await children.openChild(name);

  const child = new ChildPageModel(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  const record = await app.backend.call('children.get', { id: 'demo-child-0001' });
  if (!record.ok) throw new Error(record.error.message);
  const episodes = (record.value as { episodes: unknown[] }).episodes.length;
  await expect(child.chronology.locator('tbody tr')).toHaveCount(episodes);
  await expect(child.chartMarks).toHaveCount(episodes);
  await expect(page.getByRole('region', { name: 'Pull factors' })).toBeVisible();
  await app.screenshot(page, '02-child-page');
});

test('a minute-taker adds an episode and sees it in the table and the chart; an invalid one is refused with a message', async ({
  page,
  app,
}) => {
  await app.open(page, '/children');
  const children = new ChildrenPage(page);
  await children.loadDemoData();
  await page.evaluate(() => (window.location.hash = '#/child/demo-child-0040'));
  const child = new ChildPageModel(page);
  await child.chronology.waitFor();
  const before = await child.chronology.locator('tbody tr').count();

  // Invalid first: found before reported. The message names the field and nothing is saved.
  await child.startAddEpisode();
  await child.chooseCategory('Missing');
  await child.fill('Reported', '18/11/2026 21:30');
  await child.fill('Found / returned', '18/11/2026 20:00');
  await child.save();
  await expect(child.dialog.getByRole('alert')).toContainText('must not be before Reported');
  await app.screenshot(page, '03-episode-invalid');
  await expect(child.dialog.getByLabel('Reported')).toHaveValue('18/11/2026 21:30');

  // Corrected, it saves and appears in table and chart.
  await child.fill('Found / returned', '19/11/2026 07:15');
  await child.save();
  await expect(child.dialog).toBeHidden();
  await expect(child.chronology.locator('tbody tr')).toHaveCount(before + 1);
  await expect(child.chronology).toContainText('18/11/2026 21:30');
  await expect(child.chartMarks).toHaveCount(before + 1);
  await app.screenshot(page, '04-episode-added');
});

test('a chair exports the child’s chronology as a Word document', async ({ page, app }) => {
  await app.open(page, '/children');
  await new ChildrenPage(page).loadDemoData();
  await page.evaluate(() => (window.location.hash = '#/child/demo-child-0002'));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export chronology (Word)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('2026-11-20 Chronology DEMO-000002.docx');
  await expect(page.getByText('Saved 2026-11-20 Chronology DEMO-000002.docx')).toBeVisible();
});
