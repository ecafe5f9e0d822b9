import { expect, test } from './fixtures';

test('browser mode without the token shows how to connect and reads no data', async ({ page, app }) => {
  await app.backend.call('app.loadDemo', {});
  const calls: number[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/')) calls.push(r.status());
  });
  await page.goto(app.url.replace(/#.*$/, ''));
  await expect(page.getByRole('alert')).toContainText('not connected to Homeward');
  await expect(page.getByText('Demo-')).toHaveCount(0);
  expect(calls.every((s) => s === 401)).toBe(true);
  // A script on the page (or any other page) calling the API without the token is refused.
  const status = await page.evaluate(() =>
    fetch('/api/children.list', { method: 'POST', body: '{}' }).then((r) => r.status),
  );
  expect(status).toBe(401);
});

test('the token leaves the address bar once the page has it', async ({ page, app }) => {
  await app.open(page);
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No children recorded yet' })).toBeVisible();
});
