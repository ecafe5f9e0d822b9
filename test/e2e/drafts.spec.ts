import type { Page } from '@playwright/test';
import { expect, test, type HomewardApp } from './fixtures';
import { MeetingPageModel } from './pages/MeetingPage';

/** A synthetic child and a started stage 1 MIM about them, made through the backend; the page opened on it. */
async function startedMeeting(
  app: HomewardApp,
  page: Page,
): Promise<{ id: string; meeting: MeetingPageModel }> {
  const must = async (method: string, input: unknown) => {
    const r = await app.backend.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  const child = await must('children.create', {
    givenName: 'Draftia',
    familyName: 'Testperson',
    dateOfBirth: '2011-05-04',
    gender: 'not-recorded',
    caseReference: 'DRAFT-0001',
    legalStatus: 'child-in-care',
    placingAuthority: 'Exampleshire',
    placementType: 'foster-care',
  });
  const record = await must('meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: [child.id],
    reason: '3 missing episodes in 90 days',
    chairRole: 'Allocated Social Worker',
    chairName: 'Alex Chairwood',
    scheduledAt: '2026-11-20T09:30:00Z',
  });
  const id = (record.meeting as { id: string }).id;
  await must('meetings.transition', { meetingId: id, to: 'in-progress' });
  await app.open(page, `/meeting/${id}`);
  const meeting = new MeetingPageModel(page);
  await meeting.openTab('Agenda and minutes');
  await expect(meeting.editor).toBeVisible();
  return { id, meeting };
}

async function stored(app: HomewardApp, meetingId: string) {
  const r = await app.backend.call('meetings.get', { meetingId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as {
    items: Array<{
      title: string;
      decisions: string[];
      decisionRationales: Array<string | null>;
      actions: Array<{ what: string; rationale: string }>;
    }>;
    attendees: Array<{ role: string; name: string; agency: string; information: string }>;
  };
}

/** Opens the same meeting in a new tab of the same browser, as a person reopening it does. */
async function reopen(app: HomewardApp, page: Page, id: string): Promise<MeetingPageModel> {
  const again = await page.context().newPage();
  await app.open(again, `/meeting/${id}`);
  return new MeetingPageModel(again);
}

test('a decision typed but not added survives changing item and a reload', async ({ page, app }) => {
  const { id, meeting } = await startedMeeting(app, page);
  const first = await meeting.agendaItems.first().innerText();
  const decision = page.getByLabel('Add a decision');
  await decision.fill('Refer to the family support service');
  await expect(page.getByText('Not added yet: Enter adds it')).toBeVisible();

  await meeting.agendaItems.nth(1).click();
  await expect(decision).toHaveValue('');
  await meeting.agendaItems
    .filter({ hasText: first.split('\n')[0] })
    .first()
    .click();
  await expect(decision).toHaveValue('Refer to the family support service');

  await page.reload();
  await expect(page.getByLabel('Add a decision')).toHaveValue('Refer to the family support service');
  // Not in the record until it is added.
  expect((await stored(app, id)).items.flatMap((i) => i.decisions)).toEqual([]);
  await page.getByLabel('Add a decision').press('Enter');
  await expect(page.getByTestId('decisions')).toContainText('family support service');
  await expect(page.getByLabel('Add a decision')).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('Add a decision')).toHaveValue('');
});

test('why a decision and an action were made: kept through a reload while typed, shown after reload once stored', async ({
  page,
  app,
}) => {
  const { id, meeting } = await startedMeeting(app, page);
  await page.getByLabel('Add a decision').fill('Refer to the exploitation panel');
  await page.getByLabel('Why (optional)').fill('Older associates seen twice');
  await meeting.newAction.getByLabel('What').fill('Offer a return interview');
  await meeting.newAction.getByLabel('Owner').fill('R. Worker');
  await meeting.newAction.getByLabel('Why this action').fill('The last one was offered late');
  await page.reload();
  await expect(page.getByLabel('Why (optional)')).toHaveValue('Older associates seen twice');
  await expect(meeting.newAction.getByLabel('Why this action')).toHaveValue('The last one was offered late');

  await page.getByLabel('Add a decision').press('Enter');
  await expect(page.getByTestId('decisions')).toContainText('Why: Older associates seen twice');
  await expect(page.getByLabel('Why (optional)')).toHaveValue('');
  await meeting.newAction.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByTestId('action-row')).toContainText('Why: The last one was offered late');

  // A why being edited under a stored decision is a draft too.
  await page.getByRole('button', { name: 'Edit why for decision 1' }).click();
  await page.getByLabel('Why (decision 1)').fill('Older associates seen twice, one with a knife');
  await page.reload();
  await expect(page.getByLabel('Why (decision 1)')).toHaveValue(
    'Older associates seen twice, one with a knife',
  );
  await page.getByLabel('Why (decision 1)').press('Enter');
  await expect(page.getByTestId('decisions')).toContainText(
    'Why: Older associates seen twice, one with a knife',
  );

  await page.reload();
  await expect(page.getByTestId('decisions')).toContainText(
    'Why: Older associates seen twice, one with a knife',
  );
  await expect(page.getByTestId('action-row')).toContainText('Why: The last one was offered late');
  const item = (await stored(app, id)).items.find((i) => i.decisions.length > 0);
  expect(item?.decisionRationales).toEqual(['Older associates seen twice, one with a knife']);
  expect(item?.actions.map((a) => a.rationale)).toEqual(['The last one was offered late']);
});

test('an action typed but not added survives closing the tab', async ({ page, app }) => {
  const { id, meeting } = await startedMeeting(app, page);
  await meeting.newAction.getByLabel('What').fill('Share the return interview with the school');
  await meeting.newAction.getByLabel('Owner').fill('R. Worker');
  await meeting.newAction.getByLabel('Due date').fill('04/12/2026');
  await page.close({ runBeforeUnload: false });

  const again = await reopen(app, page, id);
  await again.openTab('Agenda and minutes');
  await expect(again.newAction.getByLabel('What')).toHaveValue('Share the return interview with the school');
  await expect(again.newAction.getByLabel('Owner')).toHaveValue('R. Worker');
  await expect(again.newAction.getByLabel('Due date')).toHaveValue('04/12/2026');
  await again.newAction.getByRole('button', { name: 'Add action' }).click();
  await expect(again.page.getByTestId('action-row')).toHaveCount(1);
  expect((await stored(app, id)).items.flatMap((i) => i.actions.map((a) => a.what))).toEqual([
    'Share the return interview with the school',
  ]);
});

test('an attendee’s name typed survives closing the tab, and is saved when Enter is pressed', async ({
  page,
  app,
}) => {
  const { id, meeting } = await startedMeeting(app, page);
  await meeting.openTab('Attendance');
  const name = page.getByLabel('Name: The child', { exact: true });
  await name.fill('Draftia Testperson');
  await expect(page.getByText('Not saved yet: Enter saves it')).toBeVisible();
  await page.close({ runBeforeUnload: false });

  const again = await reopen(app, page, id);
  await again.openTab('Attendance');
  const restored = again.page.getByLabel('Name: The child', { exact: true });
  await expect(restored).toHaveValue('Draftia Testperson');
  expect((await stored(app, id)).attendees.find((a) => a.role === 'child')?.name).toBe('');
  await restored.press('Enter');
  await expect(again.page.getByText('Not saved yet: Enter saves it')).toHaveCount(0);
  await expect
    .poll(async () => (await stored(app, id)).attendees.find((a) => a.role === 'child')?.name)
    .toBe('Draftia Testperson');
});

test('what an agency reported, typed and not saved, survives closing the tab and saves on moving on', async ({
  page,
  app,
}) => {
  const { id } = await startedMeeting(app, page);
  const added = await app.backend.call('meetings.addAttendee', {
    meetingId: id,
    attendee: { name: 'Officer P. Example', role: 'police', agency: 'Testshire Police', status: 'attended' },
  });
  if (!added.ok) throw new Error(added.error.message);
  await page.reload();
  const meeting = new MeetingPageModel(page);
  await meeting.openTab('Attendance');
  const label = 'What Officer P. Example, Testshire Police reported';
  await page.getByLabel(label).fill('Two reports came from the station.');
  await expect(page.getByText('Not saved yet: saves when you move on')).toBeVisible();
  await page.close({ runBeforeUnload: false });

  const again = await reopen(app, page, id);
  await again.openTab('Attendance');
  const restored = again.page.getByLabel(label);
  await expect(restored).toHaveValue('Two reports came from the station.');
  const police = async () => (await stored(app, id)).attendees.find((a) => a.name === 'Officer P. Example');
  expect((await police())?.information).toBe('');
  // Moving on from the field is what saves it, as a person tabbing to the next one does.
  await restored.click();
  await again.page.keyboard.press('Tab');
  await expect.poll(async () => (await police())?.information).toBe('Two reports came from the station.');
  await expect(again.page.getByText('Not saved yet: saves when you move on')).toHaveCount(0);
});

test('someone typed under “Add someone” survives a crash of the window', async ({ page, app }) => {
  const { id, meeting } = await startedMeeting(app, page);
  await meeting.openTab('Attendance');
  const form = page.getByRole('form', { name: 'Add someone' });
  await form.getByLabel('Name').fill('Dr Sample Clinician');
  await form.getByLabel('Agency').fill('Exampleshire Health');
  // The renderer dies without unload handlers running, as it does when it crashes.
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // Page.crash never answers (the page it would answer from is gone); the page's crash event is the proof.
  cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const again = await reopen(app, page, id);
  await again.openTab('Attendance');
  const restored = again.page.getByRole('form', { name: 'Add someone' });
  await expect(restored.getByLabel('Name')).toHaveValue('Dr Sample Clinician');
  await expect(restored.getByLabel('Agency')).toHaveValue('Exampleshire Health');
});

test('meeting details typed and not saved come back after a reload, and Discard drops them', async ({
  page,
  app,
}) => {
  await startedMeeting(app, page);
  await page.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Meeting details' });
  await dialog.getByLabel('Venue').fill('Meeting room 4, Civic Centre');
  await page.reload();

  await page.getByRole('button', { name: 'Edit details (not saved)' }).click();
  await expect(dialog).toContainText('Your changes from before are back');
  await expect(dialog.getByLabel('Venue')).toHaveValue('Meeting room 4, Civic Centre');
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(dialog.getByLabel('Venue')).toHaveValue('');
});

test('closing the window with a decision not added asks first', async ({ page, app }) => {
  await startedMeeting(app, page);
  await page.getByLabel('Add a decision').fill('Strategy meeting to be held');
  let asked = '';
  page.on('dialog', (d) => {
    asked = d.type();
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe('beforeunload');
});

test('Conclude lists items with no minutes, text not added and attendance not recorded, and asks first', async ({
  page,
  app,
}) => {
  const { meeting } = await startedMeeting(app, page);
  await meeting.typeMinutes('Introductions made; consent to share given.');
  await expect(meeting.itemStatus).toHaveText(/^Saved /);
  await page.getByLabel('Add a decision').fill('Refer to the family support service');
  await meeting.lifecycle('Conclude meeting');

  const dialog = page.getByRole('dialog', { name: 'Conclude the meeting?' });
  const gaps = dialog.getByTestId('meeting-gaps');
  await expect(gaps).toContainText('items have no minutes');
  // The first item's minutes were typed: only the others are listed.
  await expect(gaps.getByRole('listitem').filter({ hasText: /^1\. Introductions/ })).toHaveCount(0);
  await expect(gaps.getByRole('listitem').filter({ hasText: /^2\. Missing episodes/ })).toHaveCount(1);
  await expect(gaps).toContainText('Decision typed under 1.');
  await expect(gaps).toContainText('Attendance not recorded');
  await expect(gaps).toContainText('Nobody is recorded as having attended');
  await app.screenshot(page, '40-conclude-check');
  await dialog.getByRole('button', { name: 'Go back to the meeting' }).click();
  await expect(meeting.status).toHaveText('In progress');
  await expect(page.getByLabel('Add a decision')).toHaveValue('Refer to the family support service');

  await meeting.lifecycle('Conclude meeting');
  await dialog.getByRole('button', { name: 'Conclude anyway' }).click();
  await expect(meeting.status).toHaveText('Concluded');
  // Still kept after concluding: it can be added until approval.
  await expect(page.getByLabel('Add a decision')).toHaveValue('Refer to the family support service');
  await meeting.lifecycle('Approve minutes');
  const approve = page.getByRole('dialog', { name: 'Approve the minutes?' });
  await expect(approve.getByTestId('meeting-gaps')).toContainText('Decision typed under 1.');
  await app.screenshot(page, '41-approve-check');
});
