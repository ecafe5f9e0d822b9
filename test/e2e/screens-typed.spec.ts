import { expect, test } from './fixtures';
import { DuePage } from './pages/DuePage';
import { MeetingPageModel } from './pages/MeetingPage';

// The screens the drafts and input work changed, at the two widths a chair's screen and a laptop give.
for (const width of [1600, 1024]) {
  test(`the meeting's attendance and agenda with drafts, and the child form, read whole at ${width} px`, async ({
    page,
    app,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await DuePage.openWithDemoData(app, page);
    const created = await app.backend.call('meetings.create', {
      kind: 'mim',
      stageLevel: 1,
      childIds: ['demo-child-0038'],
      reason: '3 missing episodes in 90 days',
      chairRole: 'Allocated Social Worker',
      chairName: 'Alex Chairwood',
      scheduledAt: '2026-11-20T09:30:00Z',
    });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { meeting: { id: string } }).meeting.id;
    await page.evaluate((m) => (window.location.hash = `#/meeting/${m}`), id);
    const meeting = new MeetingPageModel(page);
    await meeting.openTab('Attendance');
    await page.getByLabel('Name: The child', { exact: true }).fill('Demo-Pip Fictionhurst');
    await expect(page.getByText('Not saved yet: Enter saves it')).toBeVisible();
    await app.screenshot(page, `70-attendance-draft-${width}`);
    await meeting.openTab('Agenda and minutes');
    await page.getByLabel('Add a decision').fill('Refer to the family support service');
    await meeting.newAction.getByLabel('What').fill('Share the return interview with the school');
    await meeting.newAction.getByLabel('Owner').fill('R. Worker');
    await meeting.newAction.getByLabel('Due date').fill('01/01/2020');
    await meeting.newAction.getByRole('button', { name: 'Add action' }).click();
    await expect(meeting.newAction).toContainText('is in the past');
    await app.screenshot(page, `71-agenda-drafts-${width}`);
    await page.getByRole('button', { name: 'Start meeting' }).click();
    await meeting.lifecycle('Conclude meeting');
    await expect(page.getByRole('dialog', { name: 'Conclude the meeting?' })).toBeVisible();
    await app.screenshot(page, `72-conclude-check-${width}`);
    await page.getByRole('button', { name: 'Go back to the meeting' }).click();

    await page.evaluate(() => (window.location.hash = '#/children'));
    await page.getByRole('button', { name: 'Add a child' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Save child' }).click();
    await expect(page.getByText('Given name is required.').first()).toBeVisible();
    await app.screenshot(page, `73-child-form-${width}`);
    await page.keyboard.press('Escape');
    await page.evaluate(() => (window.location.hash = '#/settings'));
    await page.getByLabel('From', { exact: true }).fill('31/02/2026');
    await page.getByRole('button', { name: '903 Missing table' }).click();
    await expect(page.getByText('From is not a real calendar date.')).toBeVisible();
    await app.screenshot(page, `74-settings-${width}`);
  });
}
