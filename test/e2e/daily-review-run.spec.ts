import { expect, type Page } from '@playwright/test';
import { test, type HomewardApp } from './fixtures';
import { DailyReviewPage } from './pages/DailyReviewPage';
import { MeetingPageModel } from './pages/MeetingPage';

// Issue 12, "Daily Review" and the approval bullet of "The meeting as a chair runs it": the demo data's review
// (16 children on 20/11/2026) taken one child at a time, and approved minutes that name the person who approved.

interface Child {
  id: string;
  givenName: string;
  familyName: string;
  reason: string;
}

/** Starts today's Daily Review from its screen, as a chair does, and answers the meeting's children in order. */
async function startReview(app: HomewardApp, page: Page): Promise<{ id: string; children: Child[] }> {
  await app.open(page, '/daily-review');
  const board = new DailyReviewPage(page);
  await board.loadDemoData();
  await board.start.click();
  await page.waitForURL(/#\/meeting\//);
  const id = decodeURIComponent(page.url().split('#/meeting/')[1]!);
  const got = (await app.backend.call('meetings.get', { meetingId: id })) as {
    ok: true;
    value: { children: Child[] };
  };
  return { id, children: got.value.children };
}

const name = (c: Child) => `${c.givenName} ${c.familyName}`;

test('a chair moves to the next child, by button and by keyboard, each child headed with why they are listed', async ({
  page,
  app,
}) => {
  const { children } = await startReview(app, page);
  expect(children.length).toBeGreaterThan(12);
  const meeting = new MeetingPageModel(page);
  await meeting.openTab('Agenda and minutes');
  const stepper = page.getByTestId('child-stepper');
  // The agenda opens on item 1, for the meeting as a whole, before the first child's section.
  await expect(page.getByTestId('child-in-focus')).toHaveText('The meeting as a whole');
  await stepper.getByRole('button', { name: 'Next child →' }).click();
  await expect(stepper).toContainText(`Child 1 of ${children.length}`);
  await expect(page.getByTestId('child-in-focus')).toContainText(name(children[0]!));
  await expect(page.getByTestId('child-reason')).toHaveText(`On today’s list: ${children[0]!.reason}`);
  await expect(page.getByTestId('agenda-child-reason').first()).toHaveText(children[0]!.reason);

  await stepper.getByRole('button', { name: 'Next child →' }).click();
  await expect(page.getByTestId('child-in-focus')).toContainText(name(children[1]!));
  await expect(stepper).toContainText(`Child 2 of ${children.length}`);
  // The open item is the second child's first item, and the cursor is in its minutes.
  const open = page.locator('[data-testid="agenda-item"][aria-current="step"]');
  await expect(open).toContainText('Current or latest episode');
  await expect(meeting.editor).toBeFocused();

  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByTestId('child-in-focus')).toContainText(name(children[2]!));
  await page.keyboard.press('Alt+PageUp');
  await expect(page.getByTestId('child-in-focus')).toContainText(name(children[1]!));
  // A reload reopens the same child.
  await page.reload();
  await expect(page.getByTestId('child-in-focus')).toContainText(name(children[1]!));

  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await app.screenshot(page, `review12-agenda-by-child-${width}`);
  }
});

test('Chronology opens the child whose item is open, and the pack shows one child at a time', async ({
  page,
  app,
}) => {
  const { children } = await startReview(app, page);
  const meeting = new MeetingPageModel(page);
  await meeting.openTab('Agenda and minutes');
  const third = children[2]!;
  // From item 1 (the meeting as a whole), three children on: the third child's section.
  await page.keyboard.press('Alt+PageDown');
  await page.keyboard.press('Alt+PageDown');
  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByTestId('child-in-focus')).toContainText(name(third));
  await page.getByRole('button', { name: 'Chronology' }).click();
  const drawer = page.getByRole('dialog', { name: 'Chronology' });
  await expect(drawer.getByRole('heading', { level: 3 })).toHaveCount(1);
  await expect(drawer.getByRole('heading', { level: 3 })).toContainText(name(third));
  await page.setViewportSize({ width: 1600, height: 900 });
  await app.screenshot(page, 'review12-chronology-of-open-child-1600');
  await drawer.getByRole('button', { name: 'Close' }).click();

  await meeting.openTab('Pack');
  await expect(page.getByTestId('child-in-focus')).toContainText(name(third));
  // The pack's own headings, one per child shown (the stepper above names the child too).
  const packHeadings = page.getByRole('tabpanel').locator('h2:not([data-testid="child-in-focus"])');
  await expect(packHeadings.filter({ hasText: name(third) })).toHaveCount(1);
  await expect(packHeadings.filter({ hasText: name(children[0]!) })).toHaveCount(0);
  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await app.screenshot(page, `review12-pack-per-child-${width}`);
  }
});

test('a chair removes a child from today’s review with a reason, and adds one', async ({ page, app }) => {
  const { children } = await startReview(app, page);
  const meeting = new MeetingPageModel(page);
  await meeting.openTab('Agenda and minutes');
  await page.getByRole('button', { name: 'Next child →' }).click();
  const first = children[0]!;
  await page.getByRole('button', { name: `Remove ${first.givenName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Remove ${name(first)} from today’s review?` });
  await dialog.getByRole('button', { name: 'Remove from today’s review' }).click();
  await expect(dialog.getByText('Say why: the minutes keep the reason.')).toBeVisible();
  await dialog.getByLabel('Why are they removed?').fill('Found safe; discussed at the strategy meeting');
  await dialog.getByRole('button', { name: 'Remove from today’s review' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('child-stepper')).toContainText(`Child 1 of ${children.length - 1}`);
  await expect(
    page.getByRole('navigation', { name: 'Agenda' }).getByText(name(first), { exact: true }),
  ).toHaveCount(0);

  await page.getByRole('button', { name: 'Add a child' }).click();
  const add = page.getByRole('dialog', { name: 'Add a child to today’s review' });
  await add.getByLabel('Child').fill(first.familyName);
  await page
    .getByRole('option', { name: new RegExp(name(first)) })
    .first()
    .click();
  await add.getByLabel('Why are they on today’s review?').fill('Police asked for them to be discussed');
  await add.getByRole('button', { name: 'Add to today’s review' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByTestId('child-in-focus')).toContainText(name(first));
  await expect(page.getByTestId('child-reason')).toHaveText(
    'On today’s list: Police asked for them to be discussed',
  );
});

test('a chair is asked their name before the first approval, and the minutes name them, not the computer', async ({
  page,
  app,
}) => {
  await app.open(page, '/due');
  await page.getByRole('button', { name: 'Load demo data' }).click();
  const call = async (method: string, input: unknown) => {
    const r = (await app.backend.call(method, input)) as {
      ok: boolean;
      value: unknown;
    };
    expect(r.ok, method).toBe(true);
    return r.value as Record<string, never>;
  };
  const record = (await call('meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: ['demo-child-0038'],
    reason: '3 missing episodes in 90 days',
    chairRole: 'Team Manager',
    chairName: 'Sam Example',
    scheduledAt: '2026-11-20T09:00:00Z',
  })) as unknown as { meeting: { id: string }; attendees: Array<Record<string, unknown>> };
  const meetingId = record.meeting.id;
  await call('meetings.transition', { meetingId, to: 'in-progress' });
  await call('meetings.transition', { meetingId, to: 'concluded' });
  for (const a of record.attendees.filter((x) => String(x.name).trim() !== '')) {
    const { name: n, role, agency, isChair, isMinuteTaker } = a;
    await call('meetings.updateAttendee', {
      meetingId,
      attendeeId: a.id,
      baseRevision: a.revision,
      attendee: { name: n, role, agency, isChair, isMinuteTaker, status: 'attended' },
    });
  }
  const meeting = new MeetingPageModel(page);
  await page.evaluate((id) => (window.location.hash = `#/meeting/${id}`), meetingId);
  await meeting.lifecycle('Approve minutes');
  const approve = page.getByRole('dialog', { name: 'Approve the minutes?' });
  await expect(approve.getByTestId('approver-question')).toBeVisible();
  await approve.getByRole('button', { name: /lock the minutes$/ }).click();
  await expect(
    approve.getByText('Your name is required: the minutes print who approved them.'),
  ).toBeVisible();
  await expect(
    approve.getByText('Your role is required: the minutes print it beside your name.'),
  ).toBeVisible();
  await approve.getByLabel('Your name').fill('Sam Example');
  await approve.getByLabel('Your role').fill('Missing Children Coordinator');
  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/review12-approver-question-${width}.png` });
  }
  await approve.getByRole('button', { name: /lock the minutes$/ }).click();
  await expect(meeting.lockBanner).toContainText(
    'Approved by Sam Example, Missing Children Coordinator on Fri 20 Nov 2026, 10:00',
  );
  await expect(meeting.lockBanner).not.toContainText('root');
  // Asked once: Settings keeps the name and role, where they can be changed.
  await page.evaluate(() => (window.location.hash = '#/settings'));
  await expect(page.getByLabel('Your role')).toHaveValue('Missing Children Coordinator');
});
