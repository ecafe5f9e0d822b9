import { expect, test } from './fixtures';

test('a chair finds yesterday’s arranged meeting on the Meetings screen and opens it', async ({
  page,
  app,
}) => {
  await app.backend.call('app.loadDemo', {});
  const created = await app.backend.call('meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: ['demo-child-0038'],
    reason: 'Three missing episodes in 90 days',
    chairRole: 'Allocated Social Worker',
    chairName: 'Chair B. Example',
    scheduledAt: '2026-11-21T10:00:00Z',
  });
  expect(created.ok).toBe(true);
  await app.open(page, '/meetings');
  const arranged = page.getByRole('table', { name: 'Arranged and in progress' });
  await expect(arranged.getByTestId('meeting-row')).toHaveCount(1);
  await expect(arranged).toContainText('Demo-Pip Fictionhurst');
  await expect(page.getByText('No meeting has been held yet.')).toBeVisible();
  await app.screenshot(page, '28-meetings-screen');
  await arranged.getByRole('link', { name: /Stage 1 MIM|Missing Intervention/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Missing Intervention Meeting');
});
