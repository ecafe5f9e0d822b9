import type { Browser, Page } from '@playwright/test';
import { expect, test, type HomewardApp } from './fixtures';
import { MeetingPageModel } from './pages/MeetingPage';

// Lost updates on a meeting (issue 11), as two people at two windows meet them: the meeting's details, an agreed
// action and an attendee's row are each edited in both; the second save is told who changed what, keeps what was
// typed, and chooses "use theirs", "keep mine" (saved on the newer revision) or, for free text, "keep both".

async function must(app: HomewardApp, method: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await app.backend.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

interface Stored {
  meeting: { reason: string; venue: string; revision: number };
  attendees: Array<{ id: string; role: string; name: string; agency: string; status: string }>;
  items: Array<{ actions: Array<{ id: string; what: string; owner: string }> }>;
}
const stored = async (app: HomewardApp, meetingId: string) =>
  (await must(app, 'meetings.get', { meetingId })) as unknown as Stored;

async function meeting(app: HomewardApp, ref: string): Promise<string> {
  await must(app, 'settings.update', { displayName: 'Co-ordinator A. Example' });
  const child = await must(app, 'children.create', {
    givenName: 'Conflicta',
    familyName: 'Testperson',
    dateOfBirth: '2011-05-04',
    gender: 'not-recorded',
    caseReference: ref,
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
      role: 'probation',
      name: 'Dr Sample Clinician',
      agency: 'Exampleshire Health',
      status: 'invited',
    },
  });
  return id;
}

/** Two people, each in their own browser, on the same meeting. */
async function twoWindows(app: HomewardApp, browser: Browser, id: string): Promise<[Page, Page]> {
  const open = async () => {
    const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
    await app.open(page, `/meeting/${id}`);
    return page;
  };
  return [await open(), await open()];
}

test('meeting details edited in two windows: the second keeps its typing, then keeps both reasons', async ({
  app,
  browser,
}) => {
  const id = await meeting(app, 'CONFLICT-0001');
  const [first, second] = await twoWindows(app, browser, id);
  await second.getByRole('button', { name: /^Edit details/ }).click();
  const mine = second.getByRole('dialog', { name: 'Meeting details' });
  await mine.getByLabel('Reason for the meeting').fill('Missing overnight twice this month.');
  await mine.getByLabel('Venue').fill('Room 2, Civic Centre');

  // The first window saves while the second is still typing.
  await first.getByRole('button', { name: /^Edit details/ }).click();
  const theirs = first.getByRole('dialog', { name: 'Meeting details' });
  await theirs.getByLabel('Reason for the meeting').fill('Police raised concern of exploitation.');
  await theirs.getByRole('button', { name: 'Save details' }).click();
  await expect(theirs).toBeHidden();

  await mine.getByRole('button', { name: 'Save details' }).click();
  const notice = mine.getByTestId('conflict-notice');
  await expect(notice).toContainText(
    /Co-ordinator A\. Example( \([^)]+\))? saved it on .+ and changed .*Reason for the meeting/,
  );
  await expect(notice).toContainText('Nothing was overwritten');
  await expect(notice.getByRole('row', { name: /^Reason for the meeting/ })).toContainText(
    'Police raised concern of exploitation.',
  );
  await expect(notice.getByRole('row', { name: /^Venue/ })).toContainText('Room 2, Civic Centre');
  // Nothing typed is lost, and nothing of theirs was overwritten by the refused save.
  await expect(mine.getByLabel('Reason for the meeting')).toHaveValue('Missing overnight twice this month.');
  expect((await stored(app, id)).meeting.reason).toBe('Police raised concern of exploitation.');
  await app.screenshot(second, 'meeting-details-conflict-1600');
  await second.setViewportSize({ width: 1024, height: 900 });
  await app.screenshot(second, 'meeting-details-conflict-1024');

  await notice.getByRole('button', { name: 'Keep both texts (theirs, then mine)' }).click();
  await expect(mine).toBeHidden();
  const after = (await stored(app, id)).meeting;
  expect([after.reason, after.venue]).toEqual([
    'Police raised concern of exploitation.\n\nMissing overnight twice this month.',
    'Room 2, Civic Centre',
  ]);
});

test('an action edited in two windows: the second sees theirs, and "keep mine" saves over on the newer revision', async ({
  app,
  browser,
}) => {
  const id = await meeting(app, 'CONFLICT-0002');
  const record = await stored(app, id);
  const itemId = (record as unknown as { items: Array<{ id: string }> }).items[0]!.id;
  await must(app, 'meetings.addAction', {
    meetingId: id,
    itemId,
    action: {
      what: 'Arrange a health assessment',
      owner: 'Dr Sample Clinician',
      agency: '',
      dueOn: null,
      status: 'open',
      childId: null,
    },
  });
  const [first, second] = await twoWindows(app, browser, id);
  for (const page of [first, second]) {
    await new MeetingPageModel(page).openTab('Agenda and minutes');
    await page.getByRole('button', { name: 'Edit the action: Arrange a health assessment' }).click();
  }
  const mine = second.getByRole('group', { name: 'Edit action' });
  const theirs = first.getByRole('group', { name: 'Edit action' });
  await mine.getByLabel('What').fill('Arrange a health assessment within 20 working days');
  await theirs.getByLabel('Agency').fill('Exampleshire Health');
  await theirs.getByRole('button', { name: 'Save' }).click();
  await expect(theirs).toBeHidden();

  await mine.getByRole('button', { name: 'Save' }).click();
  const notice = second.getByTestId('conflict-notice');
  await expect(notice).toContainText('changed Agency');
  await expect(notice.getByRole('row', { name: /^Agency/ })).toContainText('Exampleshire Health');
  await expect(notice.getByRole('row', { name: /^What/ })).toContainText('within 20 working days');
  await expect(mine.getByLabel('What')).toHaveValue('Arrange a health assessment within 20 working days');
  await app.screenshot(second, 'action-conflict-1600');

  await notice.getByRole('button', { name: 'Keep mine (save over)' }).click();
  await expect(mine).toBeHidden();
  const action = (await stored(app, id)).items[0]!.actions[0]! as { what: string; agency?: string };
  // Mine, knowingly: the agency field as this window had it (blank) replaces theirs, the wording is this window's.
  expect([action.what, action.agency]).toEqual(['Arrange a health assessment within 20 working days', '']);
});

test('an attendee edited in two windows: the second is told, keeps its typing, and can take theirs', async ({
  app,
  browser,
}) => {
  const id = await meeting(app, 'CONFLICT-0003');
  const [first, second] = await twoWindows(app, browser, id);
  for (const page of [first, second]) await new MeetingPageModel(page).openTab('Attendance');
  const myName = second.getByLabel('Name: Probation', { exact: true });
  await myName.fill('Dr Sample Clinician-Jones');

  // The first window renames the same attendee and saves (leaving the field) before the second leaves its field.
  await new MeetingPageModel(first).setAttendee('Probation', { name: 'Nurse Sample Example' });
  await expect
    .poll(async () => (await stored(app, id)).attendees.find((a) => a.role === 'probation')?.name)
    .toBe('Nurse Sample Example');
  // The other window's save reaches this one (live refresh) while its field holds unsaved typing: the typing stays.
  await expect(myName).toHaveValue('Dr Sample Clinician-Jones');

  await myName.press('Tab');
  const notice = second.getByTestId('conflict-notice');
  await expect(notice).toContainText('Nothing was overwritten');
  const nameRow = notice.getByRole('row', { name: /^Name/ });
  await expect(nameRow).toContainText('Nurse Sample Example');
  await expect(nameRow).toContainText('Dr Sample Clinician-Jones');
  await expect(myName).toHaveValue('Dr Sample Clinician-Jones');
  expect((await stored(app, id)).attendees.find((a) => a.role === 'probation')?.name).toBe(
    'Nurse Sample Example',
  );
  await app.screenshot(second, 'attendee-conflict-1600');
  await second.setViewportSize({ width: 1024, height: 900 });
  await app.screenshot(second, 'attendee-conflict-1024');

  await notice.getByRole('button', { name: 'Use theirs' }).click();
  await expect(notice).toBeHidden();
  await expect(myName).toHaveValue('Nurse Sample Example');
  // Taking theirs saves nothing: the stored row is still the first window's.
  expect((await stored(app, id)).attendees.find((a) => a.role === 'probation')?.name).toBe(
    'Nurse Sample Example',
  );
});
