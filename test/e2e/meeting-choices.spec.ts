import { expect, test, type HomewardApp } from './fixtures';
import { ChildrenPage } from './pages/ChildrenPage';
import { MeetingPageModel } from './pages/MeetingPage';
import { holdCalls } from './pages/heldSaves';

async function must(app: HomewardApp, method: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await app.backend.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

async function meetingWithAttendee(app: HomewardApp): Promise<string> {
  const child = await must(app, 'children.create', {
    givenName: 'Choicea',
    familyName: 'Testperson',
    dateOfBirth: '2011-05-04',
    gender: 'not-recorded',
    caseReference: 'CHOICE-0001',
    legalStatus: 'child-in-care',
    placingAuthority: 'Exampleshire',
    placementType: 'foster-care',
  });
  const record = await must(app, 'meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: [child.id],
    reason: '3 missing episodes in 90 days',
    chairRole: 'Allocated Social Worker',
    scheduledAt: '2026-11-20T09:30:00Z',
  });
  const id = (record.meeting as { id: string }).id;
  await must(app, 'meetings.addAttendee', {
    meetingId: id,
    attendee: {
      role: 'other',
      name: 'Dr Sample Clinician',
      agency: 'Exampleshire Health',
      status: 'attended',
    },
  });
  return id;
}

test('an action’s owner is chosen from the attendees, bringing their agency; free text is still taken', async ({
  page,
  app,
}) => {
  const id = await meetingWithAttendee(app);
  await app.open(page, `/meeting/${id}`);
  const meeting = new MeetingPageModel(page);
  await meeting.openTab('Agenda and minutes');
  await meeting.newAction.getByLabel('What').fill('Arrange a health assessment');
  await meeting.newAction.getByLabel('Owner').fill('Dr Sa');
  await page.getByRole('option', { name: /Dr Sample Clinician/ }).click();
  await expect(meeting.newAction.getByLabel('Owner')).toHaveValue('Dr Sample Clinician');
  await expect(meeting.newAction.getByLabel('Agency')).toHaveValue('Exampleshire Health');
  await app.screenshot(page, '60-action-owner-from-attendees');
  await meeting.newAction.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByTestId('action-row').filter({ hasText: 'Dr Sample Clinician' })).toHaveCount(1);

  // Someone not at the meeting: typed, and Enter from the owner field adds it.
  await meeting.newAction.getByLabel('What').fill('Share the plan with the school');
  const owner = meeting.newAction.getByLabel('Owner');
  await owner.fill('Head of Year 9');
  await owner.press('Escape');
  await owner.press('Enter');
  await expect(page.getByTestId('action-row').filter({ hasText: 'Head of Year 9' })).toHaveCount(1);
});

test('a minutes conflict can keep both texts: theirs, then mine, saved as one', async ({
  page,
  context,
  app,
}) => {
  const id = await meetingWithAttendee(app);
  const mine = new MeetingPageModel(page);
  await app.open(page, `/meeting/${id}`);
  await mine.openTab('Agenda and minutes');
  await expect(mine.editor).toBeVisible();

  // Both type at the same moment: this window's save is on its way (held) while another window's lands first.
  const other = await context.newPage();
  await app.open(other, `/meeting/${id}`);
  const theirs = new MeetingPageModel(other);
  await theirs.openTab('Agenda and minutes');
  const mySave = await holdCalls(page, 'meetings.saveItemMinutes');
  await mine.typeMinutes('My note.');
  await mySave.sent();
  await theirs.typeMinutes('Their note.');
  await expect(theirs.itemStatus).toHaveText(/^Saved /);
  await mySave.release();

  await expect(page.getByTestId('minutes-conflict')).toContainText('Their note.');
  await app.screenshot(page, '61-minutes-conflict-keep-both');
  await page.getByRole('button', { name: /Keep both texts/ }).click();
  await expect(mine.itemStatus).toHaveText(/^Saved /);
  await expect(mine.editor).toHaveValue('Their note.\n\nMy note.');
  const record = (await must(app, 'meetings.get', { meetingId: id })) as unknown as {
    items: Array<{ minutes: string }>;
  };
  expect(record.items[0]?.minutes).toBe('Their note.\n\nMy note.');
});

test('at 1024 x 768 the chronology shows its Factors and Edit columns and the page does not scroll sideways', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.open(page, '/children');
  await new ChildrenPage(page).loadDemoData();
  await page.evaluate(() => (window.location.hash = '#/child/demo-child-0001'));
  const table = page.getByRole('table', { name: 'Chronology' });
  await table.locator('tbody tr').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const viewport = 1024;
  for (const header of ['Factors']) {
    const box = await table.getByRole('columnheader', { name: header }).boundingBox();
    expect(box && box.x + box.width <= viewport).toBe(true);
  }
  const edit = await table.getByRole('button', { name: /^Edit/ }).first().boundingBox();
  expect(edit && edit.x + edit.width <= viewport).toBe(true);
  await app.screenshot(page, '62-chronology-1024');
});

test('case references never break across lines in the children list', async ({ page, app }) => {
  await app.open(page, '/children');
  await new ChildrenPage(page).loadDemoData();
  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    const cell = page.getByRole('cell', { name: 'DEMO-000001', exact: true });
    // One line box for the text: a reference broken mid-way has two.
    const lines = await cell.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBeLessThanOrEqual(1);
    await app.screenshot(page, `63-children-list-${width}`);
  }
});
