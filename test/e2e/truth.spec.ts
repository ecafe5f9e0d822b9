import { expect, test } from './fixtures';
import { DailyReviewPage } from './pages/DailyReviewPage';
import { MeetingPageModel } from './pages/MeetingPage';

/** Issue 12, "what the screens say is true": each test pins one screen saying what the record holds. */

test('after starting today’s Daily Review the board and its button say it has been started', async ({
  page,
  app,
}) => {
  await app.open(page, '/daily-review');
  const board = new DailyReviewPage(page);
  await board.loadDemoData();
  await expect(page.getByTestId('todays-review')).toHaveCount(0);
  await board.start.click();
  await expect(page).toHaveURL(/#\/meeting\/[^/]+$/);
  const meeting = new MeetingPageModel(page);
  const id = meeting.id();
  await meeting.lifecycle('Start meeting');
  await expect(meeting.status).toHaveText('In progress');

  await board.goto();
  const open = page.getByRole('button', { name: 'Open today’s Daily Review' });
  await expect(open).toBeVisible();
  await expect(board.start).toHaveCount(0);
  await expect(page.getByTestId('todays-review')).toHaveText(
    'Today’s Daily Review started at Fri 20 Nov 2026, 10:00 and is in progress.',
  );
  await page.setViewportSize({ width: 1600, height: 900 });
  await app.screenshot(page, 'truth-daily-review-started-1600');
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.screenshot(page, 'truth-daily-review-started-1024');
  await open.click();
  await expect(page).toHaveURL(new RegExp(`#/meeting/${id}$`));
});
