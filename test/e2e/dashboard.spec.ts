import type { ApiOutput } from '../../shared/api';
import { expect, test } from './fixtures';
import { DailyReviewPage } from './pages/DailyReviewPage';
import { DashboardPage } from './pages/DashboardPage';

test('the Daily Review board shows the children missing now and starts today’s Daily Review', async ({
  page,
  app,
}) => {
  await app.open(page, '/daily-review');
  const board = new DailyReviewPage(page);
  await board.loadDemoData();
  await expect(board.list('Missing now')).toBeVisible();
  expect((await board.childrenIn('Missing now')).sort()).toEqual(
    ['Demo-Eli Fauxley', 'Demo-Sol Placeholm', 'Demo-Yael Mockmoor'].sort(),
  );
  // Missing 100 hours and 5 hours ago at high risk: both on the high-risk list; only the first over 24 hours.
  await expect(board.list('Missing over 24 hours')).toContainText('Demo-Sol Placeholm');
  await expect(board.list('Missing over 24 hours')).not.toContainText('Demo-Yael Mockmoor');
  await app.screenshot(page, '30-daily-review');

  await board.start.click();
  await expect(page).toHaveURL(/#\/meeting\/[^/]+$/);
  const result = await app.backend.call('meetings.list', { kind: 'daily-review' });
  expect(result.ok && (result.value as ApiOutput<'meetings.list'>).length).toBe(1);
});

test('the dashboard for November 2026 shows charts and tables that match the backend, and exports', async ({
  page,
  app,
}) => {
  await app.open(page, '/dashboard');
  await page.getByRole('button', { name: 'Load demo data' }).click();
  const dashboard = new DashboardPage(page);
  await expect(dashboard.month).toHaveText('November 2026');
  await expect(dashboard.table('Episodes reported by category and police risk')).toBeVisible();

  const answer = await app.backend.call('dashboard.month', { month: '2026-11' });
  if (!answer.ok) throw new Error(answer.error.message);
  const d = answer.value as ApiOutput<'dashboard.month'>;

  const episodes = await dashboard.rows('Episodes reported by category and police risk');
  expect(episodes.at(-1)).toEqual([
    'All categories',
    ...(['high', 'medium', 'low', 'no-apparent-risk', 'not-graded'] as const).map((k) =>
      String(d.episodes.byRisk[k]),
    ),
    String(d.episodes.total),
  ]);
  const interviews = await dashboard.rows('Return interviews');
  expect(interviews.map((r) => r.slice(0, 2))).toEqual(
    d.returnInterviews.rows.map((r) => [r.label, String(r.count)]),
  );
  const trend = await dashboard.rows('12-month trend');
  expect(trend).toHaveLength(12);
  expect(trend.at(-1)?.slice(0, 5)).toEqual([
    'November 2026',
    String(d.trend.at(-1)?.byCategory.missing),
    String(d.trend.at(-1)?.byCategory.absent),
    String(d.trend.at(-1)?.byCategory.away),
    String(d.trend.at(-1)?.total),
  ]);
  const stages = await dashboard.rows('Children at each threshold stage at month end');
  expect(stages.map((r) => r[1])).toEqual(d.stages.rows.map((s) => String(s.children)));
  expect(await dashboard.rows('Children placed across authorities')).toHaveLength(d.authorities.length);

  // Every chart is drawn, and says what it shows to a screen reader.
  await expect(dashboard.charts).toHaveCount(6);
  for (const chart of await dashboard.charts.all()) {
    await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(chart).toHaveAttribute('aria-label', /chart/);
  }
  await app.screenshot(page, '31-dashboard');

  const word = page.waitForEvent('download');
  await dashboard.exportWord.click();
  expect((await word).suggestedFilename()).toBe('Missing dashboard 2026-11 2026-11-20.docx');
  const csv = page.waitForEvent('download');
  await dashboard.exportCsv.click();
  expect((await csv).suggestedFilename()).toBe('missing-dashboard-2026-11.csv');
});
