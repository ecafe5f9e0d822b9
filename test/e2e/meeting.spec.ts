import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from './fixtures';
import { DuePage } from './pages/DuePage';
import { MeetingPageModel } from './pages/MeetingPage';
import { holdCalls } from './pages/heldSaves';

const PIP = 'Demo-Pip Fictionhurst';

test('a stage 1 MIM from the Due screen to approved minutes: attendance, minutes that autosave, actions, lock', async ({
  page,
  app,
}) => {
  const due = await DuePage.openWithDemoData(app, page);

  // Staffordshire: three episodes in 90 days, a stage 1 MIM due today, chaired by the allocated social worker.
  const row = due.rowFor(PIP, 'Stage 1 MIM');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('due today');
  await row.getByRole('button', { name: /Create meeting/ }).click();

  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Stage 1 Missing Intervention Meeting');
  await expect(dialog).toContainText(PIP);
  await expect(dialog).toContainText('by the end of Fri 20 Nov 2026');
  await expect(dialog.getByLabel(/Chair.s role/)).toHaveValue('Allocated Social Worker');
  await expect(dialog.getByLabel('Reason for the meeting')).toHaveValue(/3 missing episodes in 90 days/);
  await dialog.getByLabel('Date and time').fill('20/11/2026 09:30');
  await dialog.getByLabel('Venue').fill('Meeting room 2, Civic Centre');
  await dialog.getByLabel(/Chair.s name/).fill('Alex Chairwood');
  await dialog.getByLabel('Minute-taker').fill('Sam Notetaker');
  // The dialog alone: a full-page shot of a long Due list would centre it far down a mostly greyed page.
  await dialog.screenshot({ path: join(SCREENSHOTS, '20-meeting-create-dialog.png') });
  await dialog.getByRole('button', { name: 'Create meeting' }).click();

  await page.waitForURL(/#\/meeting\//);
  const meeting = new MeetingPageModel(page);
  const meetingId = meeting.id();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stage 1 Missing Intervention Meeting');
  await expect(meeting.status).toHaveText('Draft');
  await expect(page.getByTestId('meeting-chair')).toContainText('Alex Chairwood');

  // The pack: before the meeting the chair reads what happened since (no earlier MIM: the last 90 days).
  await expect(
    page.getByRole('heading', { name: 'Missing episodes since the last meeting (3)' }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Return interviews' })).toBeVisible();
  await expect(page.getByTestId('pack-factors')).toContainText('Conflict or something wrong at home');
  await app.screenshot(page, '21-meeting-pack');

  // Attendance: the protocol's invitees arrive by role; fill two names and record who came.
  await meeting.openTab('Attendance');
  await meeting.setAttendee('Chair', { status: 'Attended' });
  await meeting.setAttendee('Minute-taker', { status: 'Attended' });
  await meeting.setAttendee('The child', { name: 'Demo-Pip Fictionhurst', status: 'Attended' });
  await meeting.setAttendee('Police officer or staff who knows the child best', {
    name: 'PC Sample Officer',
    status: 'Apologies',
  });
  await expect(page.getByTestId('attendance-counts')).toHaveText(/3 attended · 1 sent apologies/);
  await expect(meeting.page.getByRole('tab', { name: 'Attendance (3 attended)' })).toBeVisible();
  await app.screenshot(page, '22-meeting-attendance');

  // Run mode: starting the meeting opens the agenda with the cursor in the first item's minutes.
  await meeting.lifecycle('Start meeting');
  await expect(meeting.status).toHaveText('In progress');
  await expect(meeting.editor).toBeFocused();
  const minutes: Array<[string, string]> = [
    ['Introductions and consent', 'Pip agreed to the information being shared with the police and school.'],
    [
      'Missing episodes since the last meeting',
      'Three episodes since September, each overnight; found in town.',
    ],
    [
      'Return interview findings',
      'Interviews held for two of the three returns; Pip spoke about arguments at home.',
    ],
  ];
  for (const [title, text] of minutes) {
    await expect(meeting.item(title)).toHaveAttribute('aria-current', 'step');
    await meeting.typeMinutes(text);
    await expect(meeting.itemStatus).toHaveText(/^Saved \d\d:\d\d:\d\d$/);
    // Alt+↓: on to the next item, saving this one on the way.
    await page.keyboard.press('Alt+ArrowDown');
  }
  await expect(meeting.pageStatus).toHaveText(/All minutes saved/);

  // Decisions and actions under the plan of action, without leaving the keyboard.
  await meeting.selectItem('Plan of action');
  await meeting.typeMinutes('The plan is agreed with Pip and the family.');
  await meeting.addDecision('Pip to be referred to the family support service');
  await expect(page.getByTestId('decisions')).toContainText('family support service');
  const actions = [
    {
      what: 'Refer the family to family support',
      owner: 'Alex Chairwood',
      agency: 'Staffordshire CC',
      due: '27/11/2026',
    },
    {
      what: 'Share the return interview with the school',
      owner: 'R. Worker',
      agency: 'Missing service',
      due: '24/11/2026',
    },
    {
      what: 'Check for links with older associates',
      owner: 'PC Sample Officer',
      agency: 'Police',
      due: '04/12/2026',
    },
  ];
  for (const a of actions) {
    await meeting.addAction(a);
    await expect(page.getByTestId('action-row').filter({ hasText: a.what })).toBeVisible();
    // The row empties and the cursor is back in "What", ready for the next action.
    await expect(meeting.newAction.getByLabel('What')).toBeFocused();
  }
  await expect(page.getByTestId('action-row')).toHaveCount(3);
  await expect(meeting.itemStatus).toHaveText(/^Saved /);
  await app.screenshot(page, '23-meeting-run-mode');

  // A reload (a crashed window, a laptop lid) loses nothing: the minutes were saved as they were typed.
  await page.reload();
  await expect(meeting.agendaItems.first()).toBeVisible();
  for (const [title, text] of minutes) {
    await meeting.selectItem(title);
    await expect(meeting.editor).toHaveValue(text);
  }
  await meeting.selectItem('Plan of action');
  await expect(page.getByTestId('action-row')).toHaveCount(3);

  // Items left without minutes and invitees never marked are listed before the meeting moves on.
  await meeting.lifecycle('Conclude meeting');
  const conclude = page.getByRole('dialog', { name: 'Conclude the meeting?' });
  await expect(conclude.getByTestId('meeting-gaps')).toContainText('have no minutes');
  await expect(conclude.getByTestId('meeting-gaps')).toContainText('Attendance not recorded');
  await conclude.getByRole('button', { name: 'Conclude anyway' }).click();
  await expect(meeting.status).toHaveText('Concluded');
  await meeting.lifecycle('Approve minutes');
  const approve = page.getByRole('dialog', { name: 'Approve the minutes?' });
  await expect(approve).toContainText('Alex Chairwood');
  await expect(approve.getByTestId('meeting-gaps')).toContainText('have no minutes');
  // The first approval on this computer asks who is approving: the minutes print the name and role.
  await approve.getByLabel('Your name').fill('Alex Chairwood');
  await approve.getByLabel('Your role').fill('Team Manager');
  await approve.getByRole('button', { name: 'Approve anyway and lock the minutes' }).click();
  await expect(meeting.status).toHaveText('Minutes approved');
  await expect(meeting.lockBanner).toContainText('corrections are recorded as amendments');
  // Approved, the minutes and the action plan go out as Word documents.
  for (const name of ['Export minutes (Word)', 'Export action plan (Word)']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  }

  // Reopened, the approved meeting is locked: the editor cannot be typed into, and the backend refuses a save.
  await due.goto();
  await page.evaluate((id) => (window.location.hash = `#/meeting/${id}`), meetingId);
  await expect(meeting.lockBanner).toBeVisible();
  await meeting.openTab('Agenda and minutes');
  await meeting.selectItem('Introductions and consent');
  await expect(meeting.editor).toBeDisabled();
  await expect(meeting.editor).not.toBeEditable();
  await expect(meeting.editor).toHaveValue(minutes[0]![1]);
  await expect(page.getByLabel('Add a decision')).toHaveCount(0);
  await expect(meeting.newAction).toHaveCount(0);
  const items = (await app.backend.call('meetings.get', { meetingId })) as {
    ok: true;
    value: { items: Array<{ id: string; revision: number }> };
  };
  const first = items.value.items[0]!;
  const refused = await app.backend.call('meetings.saveItemMinutes', {
    meetingId,
    itemId: first.id,
    minutes: 'An edit after approval',
    baseRevision: first.revision,
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });

  // A correction is an amendment: the approved text stays, the amendment is listed with who, when and why.
  await page.getByRole('button', { name: /Amend the minutes of .Introductions and consent/ }).click();
  const amend = page.getByRole('dialog');
  await amend.getByLabel('Corrected minutes').fill(`${minutes[0]![1]} Pip's mother also agreed.`);
  await amend.getByLabel('Reason for the amendment').fill('The mother’s consent was left out');
  await amend.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(page.getByTestId('amendment')).toContainText('The mother’s consent was left out');
  await expect(meeting.editor).toHaveValue(minutes[0]![1]);

  // Actions live on after approval: one is done.
  await meeting.selectItem('Plan of action');
  await page
    .getByLabel('Status of the action: Share the return interview with the school')
    .selectOption({ label: 'Done' });
  await expect(
    page.getByLabel('Status of the action: Share the return interview with the school'),
  ).toHaveValue('done');
  await app.screenshot(page, '24-meeting-locked');

  // The held meeting satisfies the protocol: Pip's stage 1 MIM is no longer due.
  await due.goto();
  await expect(due.table.getByTestId('due-row').first()).toBeVisible();
  await expect(due.rowFor(PIP, 'Stage 1 MIM')).toHaveCount(0);

  // The child's page lists the meeting, linking to it.
  await page.evaluate(() => (window.location.hash = '#/child/demo-child-0038'));
  const listed = page.getByTestId('child-meeting-row');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('Stage 1 MIM');
  await expect(listed).toContainText('Minutes approved');
  await page
    .getByRole('region', { name: 'Meetings' })
    .screenshot({ path: join(SCREENSHOTS, '26-child-meetings.png') });
});

test('an action past its date shows on the Due screen, linked to its meeting', async ({ page, app }) => {
  const due = await DuePage.openWithDemoData(app, page);
  const created = (await app.backend.call('meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: ['demo-child-0038'],
    reason: '3 missing episodes in 90 days',
    chairRole: 'Allocated Social Worker',
    chairName: 'Alex Chairwood',
    scheduledAt: '2026-11-06T10:00:00Z',
  })) as { ok: true; value: { meeting: { id: string }; items: Array<{ id: string }> } };
  const meetingId = created.value.meeting.id;
  await app.backend.call('meetings.addAction', {
    meetingId,
    itemId: created.value.items[0]!.id,
    action: { what: 'Visit Pip at home', owner: 'Worker T. Instance', dueOn: '2026-11-13' },
  });

  await page.reload();
  await due.table.waitFor();
  const overdue = page.getByRole('table', { name: 'Late actions' });
  await expect(overdue.getByTestId('overdue-action')).toHaveCount(1);
  await expect(overdue).toContainText('Visit Pip at home');
  await expect(overdue).toContainText(PIP);
  // The due MIM's row now opens the meeting arranged for it instead of offering a second one.
  await expect(
    due.rowFor(PIP, 'Stage 1 MIM').getByRole('link', { name: /^Open meeting: the Stage 1 MIM/ }),
  ).toBeVisible();
  await app.screenshot(page, '27-due-actions-overdue');
  await overdue.getByRole('link', { name: /MIM of 06\/11\/2026/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/meeting/${meetingId}`));
});

test('a save from another window is never lost: the conflict keeps the text and offers both versions', async ({
  page,
  context,
  app,
}) => {
  await DuePage.openWithDemoData(app, page);
  const created = (await app.backend.call('meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: ['demo-child-0038'],
    reason: '3 missing episodes in 90 days',
    chairRole: 'Allocated Social Worker',
    scheduledAt: '2026-11-20T09:30:00Z',
  })) as { ok: true; value: { meeting: { id: string } } };
  const id = created.value.meeting.id;

  // This window does not hear the other's save (its live events are cut), as when the event is still on its way:
  // the revision check, not the live update, is what must keep both texts.
  await page.route(
    (url) => url.pathname === '/api/events',
    (route) => route.abort(),
  );
  const mine = new MeetingPageModel(page);
  await page.evaluate((m) => (window.location.hash = `#/meeting/${m}`), id);
  await mine.openTab('Agenda and minutes');
  await expect(mine.editor).toBeVisible();

  // Both type at the same moment: this window's save is on its way (held) while another window's lands first.
  const other = await context.newPage();
  await app.open(other, `/meeting/${id}`);
  const theirs = new MeetingPageModel(other);
  await theirs.openTab('Agenda and minutes');
  const mySave = await holdCalls(page, 'meetings.saveItemMinutes');
  await mine.typeMinutes('My note, typed at the same time.');
  await mySave.sent();
  await theirs.typeMinutes('Their note.');
  await expect(theirs.itemStatus).toHaveText(/^Saved /);
  await mySave.release();

  await expect(page.getByTestId('minutes-conflict')).toContainText('Their note.');
  await expect(mine.itemStatus).toContainText('Not saved');
  await expect(mine.editor).toHaveValue('My note, typed at the same time.');
  await app.screenshot(page, '25-meeting-conflict');

  await page.getByRole('button', { name: 'Keep mine (save over)' }).click();
  await expect(mine.itemStatus).toHaveText(/^Saved /);
  await other.reload();
  await theirs.openTab('Agenda and minutes');
  await expect(theirs.editor).toHaveValue('My note, typed at the same time.');
});

test('a Daily Review about two children has a section for each; actions name their child', async ({
  page,
  app,
}) => {
  await DuePage.openWithDemoData(app, page);
  const created = (await app.backend.call('meetings.create', {
    kind: 'daily-review',
    childIds: ['demo-child-0038', 'demo-child-0022'],
    reason: 'High risk, or missing over 24 hours',
    chairRole: 'Operations Manager',
    chairName: 'Jo Opsworth',
    scheduledAt: '2026-11-20T09:00:00Z',
  })) as { ok: true; value: { meeting: { id: string } } };
  const meeting = new MeetingPageModel(page);
  await page.evaluate((id) => (window.location.hash = `#/meeting/${id}`), created.value.meeting.id);
  await meeting.openTab('Agenda and minutes');

  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await expect(agenda.getByText(PIP, { exact: true })).toBeVisible();
  await expect(agenda.getByText('Demo-Kit Dummyford', { exact: true })).toBeVisible();
  await expect(agenda.getByText('The meeting as a whole')).toHaveCount(2);

  // Ctrl+] walks the agenda from the keyboard: into Pip's section.
  await meeting.editor.click();
  await page.keyboard.press('Control+BracketRight');
  await expect(meeting.agendaItems.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { level: 2, name: /Current or latest episode/ })).toBeVisible();
  await meeting.typeMinutes('Pip returned on Sunday morning; graded medium.');
  await expect(meeting.itemStatus).toHaveText(/^Saved /);
  await expect(meeting.newAction.getByLabel('Child')).toBeVisible();
  await meeting.addAction({ what: 'Return conversation with Pip', owner: 'C. Specimen', due: '21/11/2026' });
  await expect(page.getByTestId('action-row')).toContainText(PIP);

  // The chronology is one click away, over the agenda: the chronology of Pip, whose item is open (issue 12).
  await page.getByRole('button', { name: 'Chronology' }).click();
  const drawer = page
    .getByRole('presentation')
    .filter({ has: page.getByRole('heading', { name: 'Chronology' }) });
  await expect(drawer.getByRole('table', { name: 'Chronology' })).toHaveCount(1);
  await expect(drawer.getByRole('heading', { level: 3 })).toContainText(PIP);
  await app.screenshot(page, '29-meeting-chronology-drawer');
  // The whole table fits the drawer: no column (the Edit buttons) is cut off on a 1400 px screen.
  const fits = await drawer
    .getByRole('table', { name: 'Chronology' })
    .first()
    .evaluate((t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0));
  expect(fits).toBe(true);
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(drawer).toBeHidden();
  await app.screenshot(page, '28-meeting-multi-child');
});

test('a meeting arranged by hand from the child’s page starts from what the protocol requires', async ({
  page,
  app,
}) => {
  await DuePage.openWithDemoData(app, page);
  await page.evaluate(() => (window.location.hash = '#/child/demo-child-0038'));
  const section = page.getByRole('region', { name: 'Meetings' });
  await expect(section).toContainText('No meetings held or arranged about this child yet.');
  await section.getByRole('button', { name: 'Create meeting' }).click();

  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Kind of meeting')).toHaveText('Missing Intervention Meeting');
  await expect(dialog.getByLabel('Stage')).toHaveText('Stage 1');
  await expect(dialog.getByLabel(/Chair.s role/)).toHaveValue('Allocated Social Worker');
  await dialog.getByLabel(/Chair.s name/).fill('Alex Chairwood');
  // A date that is not a date is refused under the field, and nothing else typed is lost.
  await dialog.getByLabel('Date and time').fill('31/02/2026 10:00');
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await expect(dialog).toContainText('Date and time is not a real calendar date.');
  await expect(dialog.getByLabel(/Chair.s name/)).toHaveValue('Alex Chairwood');
  await dialog.getByLabel('Date and time').fill('23/11/2026 14:00');
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await page.waitForURL(/#\/meeting\//);
  await expect(page.getByTestId('meeting-when')).toContainText('Mon 23 Nov 2026, 14:00');
});
