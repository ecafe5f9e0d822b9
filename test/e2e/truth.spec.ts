import type { ApiOutput } from '../../shared/api';
import { expect, test, type HomewardApp } from './fixtures';
import { DailyReviewPage } from './pages/DailyReviewPage';
import { DuePage } from './pages/DuePage';
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

const UMBER = 'Demo-Umber Mockmoor';

async function childId(app: HomewardApp, name: string): Promise<string> {
  const listed = await app.backend.call('children.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  const child = (listed.value as ApiOutput<'children.list'>).find(
    (c) => `${c.givenName} ${c.familyName}` === name,
  );
  if (!child) throw new Error(`${name} is not in the demo data`);
  return child.id;
}

test('the child page’s next deadlines are the Due screen’s items for the child, and the MIM held is linked', async ({
  page,
  app,
}) => {
  const due = await DuePage.openWithDemoData(app, page);
  const onDue = await due.table
    .getByTestId('due-row')
    .filter({ hasText: UMBER })
    .locator('td:nth-child(2) > :first-child')
    .allInnerTexts();
  expect(onDue.length).toBeGreaterThan(0);
  const id = await childId(app, UMBER);
  await page.evaluate((h) => (window.location.hash = h), `#/child/${id}`);
  const items = page.getByTestId('child-due-item');
  await expect(items.first()).toBeVisible();
  // Item for item, in the same order: no 400-day-old return interview the Due screen has left to the chronology.
  expect(await items.locator('p').allInnerTexts()).toEqual(onDue);
  await expect(items.filter({ hasText: 'Stage 2 MIM' })).toHaveCount(1);
  await expect(page.getByTestId('stage-meeting-held')).toHaveCount(0);

  // The MIM is held: it leaves the list, and the panel links the meeting instead of warning in red.
  const created = await app.backend.call('meetings.create', {
    kind: 'mim',
    stageLevel: 2,
    childIds: [id],
    reason: 'Stage 2 reached',
    chairRole: 'Team Manager',
    chairName: null,
    minuteTaker: null,
    scheduledAt: '2026-11-20T09:00:00.000Z',
    venue: '',
    dueBy: null,
    trigger: [],
  });
  if (!created.ok) throw new Error(created.error.message);
  const meetingId = (created.value as ApiOutput<'meetings.create'>).meeting.id;
  for (const to of ['in-progress', 'concluded'] as const) {
    const moved = await app.backend.call('meetings.transition', { meetingId, to, at: null });
    if (!moved.ok) throw new Error(moved.error.message);
  }
  await page.reload();
  const held = page.getByTestId('stage-meeting-held');
  await expect(held).toHaveText('Stage 2 MIM held on Fri 20 Nov 2026, 10:00: open the meeting held');
  await expect(items.filter({ hasText: 'Stage 2 MIM' })).toHaveCount(0);
  await page.setViewportSize({ width: 1600, height: 900 });
  await app.screenshot(page, 'truth-child-mim-held-1600');
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.screenshot(page, 'truth-child-mim-held-1024');
  await held.getByRole('link', { name: 'open the meeting held' }).click();
  await expect(page).toHaveURL(new RegExp(`#/meeting/${meetingId}$`));
});

test('a MIM overdue since the summer names the episodes and the date that made it due, and its pack starts there', async ({
  page,
  app,
}) => {
  const due = await DuePage.openWithDemoData(app, page);
  // Staffordshire stage 2: five episodes in 90 days by 26 Jul; the episodes in today's window all came later.
  const row = due.rowFor(UMBER, 'Stage 2 MIM');
  await expect(row).toContainText('Stage 2 MIM overdue by 112 days, was due by Fri 31 Jul');
  await expect(row).toContainText(
    'Reached on 26 Jul by 5 missing episodes in 90 days: 24 May, 30 May, 9 Jul, 22 Jul, 26 Jul; since then: 7 Sep',
  );
  await page.setViewportSize({ width: 1600, height: 900 });
  await app.screenshot(page, 'truth-due-1600');
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.screenshot(page, 'truth-due-1024');

  await row.getByRole('button', { name: /Create meeting/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Reason for the meeting')).toHaveValue(/^Reached on 26 Jul by 5 missing/);
  await dialog.getByLabel('Date and time').fill('20/11/2026 11:00');
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await page.waitForURL(/#\/meeting\//);
  await expect(page.getByTestId('pack-since')).toHaveText(
    'Since Sun 24 May 2026: the first episode that called this meeting (no earlier meeting of this kind).',
  );
  await expect(
    page.getByRole('heading', { name: /^Missing episodes since the last meeting \(\d+\)$/ }),
  ).toBeVisible();
  await page.setViewportSize({ width: 1600, height: 900 });
  await app.screenshot(page, 'truth-pack-first-trigger-1600');
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.screenshot(page, 'truth-pack-first-trigger-1024');
});

test('a meeting scheduled for 14:00 and started at 10:00 shows both times on its page and in the Meetings list', async ({
  page,
  app,
}) => {
  const due = await DuePage.openWithDemoData(app, page);
  await expect(due.table).toBeVisible();
  const id = await childId(app, UMBER);
  const created = await app.backend.call('meetings.create', {
    kind: 'strategy',
    stageLevel: null,
    childIds: [id],
    reason: 'High-risk episode',
    chairRole: 'Team Manager',
    chairName: null,
    minuteTaker: null,
    scheduledAt: '2026-11-20T14:00:00.000Z',
    venue: 'Room 2',
    dueBy: null,
    trigger: [],
  });
  if (!created.ok) throw new Error(created.error.message);
  const meetingId = (created.value as ApiOutput<'meetings.create'>).meeting.id;
  await page.evaluate((h) => (window.location.hash = h), `#/meeting/${meetingId}`);
  const meeting = new MeetingPageModel(page);
  await expect(page.getByTestId('meeting-when')).toHaveText('Scheduled for Fri 20 Nov 2026, 14:00');
  await meeting.lifecycle('Start meeting');
  await expect(meeting.status).toHaveText('In progress');
  await page.getByRole('button', { name: 'Show details' }).click();
  await expect(page.getByTestId('meeting-when')).toHaveText(
    'Scheduled for Fri 20 Nov 2026, 14:00Started 10:00, in progress',
  );
  await page.setViewportSize({ width: 1600, height: 900 });
  await app.screenshot(page, 'truth-meeting-times-1600');
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.screenshot(page, 'truth-meeting-times-1024');

  await page.evaluate(() => (window.location.hash = '#/meetings'));
  const row = page.getByRole('row').filter({ hasText: 'Demo-Umber Mockmoor' });
  await expect(row.getByTestId('meeting-times')).toHaveText(
    'Scheduled for Fri 20 Nov 2026, 14:00Started 10:00, in progress',
  );
  await page.setViewportSize({ width: 1600, height: 900 });
  await app.screenshot(page, 'truth-meetings-list-1600');
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.screenshot(page, 'truth-meetings-list-1024');
});

test("searching “oneill”, “O’Neill” or “O'Neill” finds O'Neill in the children list", async ({
  page,
  app,
}) => {
  const created = await app.backend.call('children.create', {
    givenName: 'Demo-Zoë',
    familyName: "O'Neill",
    dateOfBirth: '2012-03-04',
    gender: 'not-recorded',
    caseReference: 'DEMO-009999',
    legalStatus: 'child-in-care',
    placingAuthority: 'Warwickshire',
    hostAuthority: null,
    placementType: 'foster-care',
    allocatedWorker: null,
    team: null,
    protocolProfileId: null,
  });
  if (!created.ok) throw new Error(created.error.message);
  await app.open(page, '/children');
  const search = page.getByLabel('Search by name or case reference');
  for (const q of ['oneill', 'O’Neill', "O'Neill", 'zoe', 'demo009999']) {
    await search.fill(q);
    await expect(page.getByRole('link', { name: "Demo-Zoë O'Neill" })).toBeVisible();
  }
  await search.fill('O’Neil x');
  await expect(page.getByRole('link', { name: "Demo-Zoë O'Neill" })).toHaveCount(0);
  await search.fill('O’Neill');
  await page.setViewportSize({ width: 1600, height: 900 });
  await app.screenshot(page, 'truth-search-1600');
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.screenshot(page, 'truth-search-1024');
});
