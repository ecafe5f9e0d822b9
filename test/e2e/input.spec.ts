import type { Page } from '@playwright/test';
import { expect, test, type HomewardApp } from './fixtures';
import { ChildPageModel } from './pages/ChildPage';
import { MeetingPageModel } from './pages/MeetingPage';

async function must(app: HomewardApp, method: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await app.backend.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

async function aChild(app: HomewardApp): Promise<string> {
  const child = await must(app, 'children.create', {
    givenName: 'Inputa',
    familyName: 'Testperson',
    dateOfBirth: '2011-05-04',
    gender: 'not-recorded',
    caseReference: 'INPUT-0001',
    legalStatus: 'child-in-care',
    placingAuthority: 'Exampleshire',
    placementType: 'foster-care',
  });
  return child.id as string;
}

async function openAddChild(app: HomewardApp, page: Page) {
  await app.open(page, '/children');
  await page.getByRole('button', { name: 'Add a child' }).click();
  return page.getByRole('dialog', { name: 'Add a child' });
}

test('the child form names every missing field at once, inline, without the browser’s own message', async ({
  page,
  app,
}) => {
  const dialog = await openAddChild(app, page);
  await dialog.getByLabel('Given name').fill('Testa');
  await dialog.getByRole('button', { name: 'Save child' }).click();
  for (const message of [
    'Family name is required.',
    'Date of birth is required.',
    'Gender is required.',
    'Case reference is required.',
    'Legal status is required.',
    'Responsible (placing) authority is required.',
    'Placement type is required.',
  ]) {
    await expect(dialog.locator('.MuiFormHelperText-root', { hasText: message })).toBeVisible();
  }
  // No browser tooltip blocked the save: the form does its own checks, and the typed name is kept.
  expect(await dialog.locator('form').evaluate((f: HTMLFormElement) => f.noValidate)).toBe(true);
  await expect(dialog.getByLabel('Given name')).toHaveValue('Testa');
  expect((await must(app, 'children.list', {})) as unknown).toEqual([]);
  await app.screenshot(page, '50-child-form-errors');
});

test('a date of birth of 31/02 is refused as soon as it is left, and one in the future is refused naming the field', async ({
  page,
  app,
}) => {
  const dialog = await openAddChild(app, page);
  const dob = dialog.getByLabel('Date of birth');
  await dob.fill('31/02/2012');
  await dob.blur();
  await expect(dialog.getByText('Date of birth is not a real calendar date.')).toBeVisible();

  await dob.fill('04/05/2030');
  await dob.blur();
  await expect(dialog.getByText('Date of birth is in the future.')).toBeVisible();
  await dialog.getByLabel('Given name').fill('Testa');
  await dialog.getByLabel('Family name').fill('Samplewood');
  await dialog.getByLabel('Gender').click();
  await page.getByRole('option', { name: 'Not recorded' }).click();
  await dialog.getByLabel('Case reference').fill('TEST-9002');
  await dialog.getByLabel('Legal status').click();
  await page.getByRole('option', { name: 'Child in care' }).click();
  await dialog.getByLabel('Responsible (placing) authority').fill('Wigan Council');
  await dialog.getByLabel('Placement type').click();
  await page.getByRole('option', { name: 'Foster care' }).click();
  await dialog.getByRole('button', { name: 'Save child' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Date of birth is in the future.');
  expect((await must(app, 'children.list', {})) as unknown).toEqual([]);
  await app.screenshot(page, '51-child-dob-future');

  // The same date typed with dots and a two-digit year is the one format too.
  await dob.fill('04.05.12');
  await dialog.getByRole('button', { name: 'Save child' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testa Samplewood');
  const list = (await must(app, 'children.list', {})) as unknown as Array<{ dateOfBirth: string }>;
  expect(list.map((c) => c.dateOfBirth)).toEqual(['2012-05-04']);
});

test('the backend refuses a date of birth in the future too, naming the field', async ({ app }) => {
  const r = await app.backend.call('children.create', {
    givenName: 'Futura',
    familyName: 'Testperson',
    dateOfBirth: '2030-01-01',
    gender: 'not-recorded',
    caseReference: 'INPUT-0002',
    legalStatus: 'child-in-care',
    placingAuthority: 'Exampleshire',
    placementType: 'foster-care',
  });
  expect(r.ok).toBe(false);
  expect(!r.ok && r.error.message).toBe('Date of birth is in the future.');
});

test('a reported time left blank is asked for, never saved as 00:00', async ({ page, app }) => {
  const id = await aChild(app);
  await app.open(page, `/child/${id}`);
  const child = new ChildPageModel(page);
  await child.startAddEpisode();
  await child.chooseCategory('Missing');
  await child.fill('Reported', '18/11/2026');
  await expect(child.dialog.getByText('Reported needs a time as well as the date (hh:mm).')).toBeVisible();
  await child.save();
  await expect(child.dialog.getByRole('alert')).toContainText('Reported needs a time');
  const record = await must(app, 'children.get', { id });
  expect(record.episodes).toEqual([]);
  await app.screenshot(page, '52-episode-time-blank');
  await child.fill('Reported', '18.11.26 21:30');
  await child.save();
  await expect(child.dialog).toBeHidden();
  await expect(child.chronology).toContainText('18/11/2026 21:30');
});

test('the factor picker offers pull factors under “Pull” and push factors under “Push”', async ({
  page,
  app,
}) => {
  const id = await aChild(app);
  await app.open(page, `/child/${id}`);
  const child = new ChildPageModel(page);
  await child.startAddEpisode();
  await child.dialog.getByRole('button', { name: 'Add factor' }).click();
  await child.dialog.getByRole('button', { name: 'Pull', exact: true }).click();
  await child.dialog.getByLabel('Factor', { exact: true }).click();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.filter({ hasText: 'Wanting family contact' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'Bullying or hate abuse' })).toHaveCount(0);
  await expect(options.filter({ hasText: 'Other' })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await child.dialog.getByRole('button', { name: 'Push', exact: true }).click();
  await child.dialog.getByLabel('Factor', { exact: true }).click();
  await expect(options.filter({ hasText: 'Bullying or hate abuse' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'Wanting family contact' })).toHaveCount(0);
});

test('an action due in the past is questioned before it is added; adding again keeps it', async ({
  page,
  app,
}) => {
  const childId = await aChild(app);
  const record = await must(app, 'meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: [childId],
    reason: '3 missing episodes in 90 days',
    chairRole: 'Allocated Social Worker',
    scheduledAt: '2026-11-20T09:30:00Z',
  });
  const meetingId = (record.meeting as { id: string }).id;
  await app.open(page, `/meeting/${meetingId}`);
  const meeting = new MeetingPageModel(page);
  await meeting.openTab('Agenda and minutes');
  await meeting.newAction.getByLabel('What').fill('Refer to the family support service');
  await meeting.newAction.getByLabel('Owner').fill('R. Worker');
  await meeting.newAction.getByLabel('Due date').fill('01/01/2020');
  await meeting.newAction.getByRole('button', { name: 'Add action' }).click();
  await expect(meeting.newAction).toContainText('Due date 01/01/2020 is in the past');
  await expect(page.getByTestId('action-row')).toHaveCount(0);
  await app.screenshot(page, '53-action-due-past');
  await meeting.newAction.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByTestId('action-row')).toHaveCount(1);
});

test('the export range is typed as dd/mm/yyyy; a bad date is named under its field, not over it', async ({
  page,
  app,
}) => {
  await app.open(page, '/settings');
  const from = page.getByLabel('From', { exact: true });
  await from.fill('31/02/2026');
  await page.getByRole('button', { name: '903 Missing table' }).click();
  const message = page.getByText('From is not a real calendar date.');
  await expect(message).toBeVisible();
  // Under the field: below its box and not overlapping it.
  const field = await from.boundingBox();
  const said = await message.boundingBox();
  expect(field && said && said.y >= field.y + field.height).toBe(true);
  await app.screenshot(page, '54-settings-export-range');

  await from.fill('01.11.26');
  await page.getByLabel('To', { exact: true }).fill('30/11/2026');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '903 Missing table' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});
