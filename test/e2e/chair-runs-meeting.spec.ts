import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, test, type HomewardApp } from './fixtures';
import { approveConcluded, mustCall } from './pages/approve';
import { MeetingPageModel } from './pages/MeetingPage';

// Issue 12, the meeting as a chair runs it: any other business added and the agenda reordered during the meeting,
// and the next meeting arranged from it; the Word minutes say so.

const must = mustCall;

/** A MIM in progress about one child, with a police officer invited. */
async function meetingInProgress(app: HomewardApp): Promise<string> {
  const child = await must(app, 'children.create', {
    givenName: 'Chaira',
    familyName: 'Testperson',
    dateOfBirth: '2011-05-04',
    gender: 'not-recorded',
    caseReference: 'CHAIR-0001',
    legalStatus: 'child-in-care',
    placingAuthority: 'Exampleshire',
    placementType: 'foster-care',
  });
  const record = (await must(app, 'meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: [child.id],
    reason: '3 missing episodes in 90 days',
    chairRole: 'Team Leader',
    chairName: 'Chair B. Example',
    minuteTaker: 'Minute C. Example',
    scheduledAt: '2026-11-20T09:30:00Z',
    venue: 'Room 2, Example House',
  })) as unknown as { meeting: { id: string } };
  const id = record.meeting.id;
  await must(app, 'meetings.addAttendee', {
    meetingId: id,
    attendee: {
      role: 'police',
      name: 'PC Sample Officer',
      agency: 'Exampleshire Police',
      status: 'attended',
    },
  });
  await must(app, 'meetings.transition', { meetingId: id, to: 'in-progress' });
  return id;
}

/** The Word minutes' text, as the export answers them. */
async function minutesText(app: HomewardApp, meetingId: string): Promise<string> {
  const file = (await must(app, 'exports.minutes', { meetingId })) as unknown as { base64: string };
  const xml = Buffer.from(unzipSync(Buffer.from(file.base64, 'base64'))['word/document.xml']!).toString();
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

async function openAgenda(app: HomewardApp, page: Page, id: string) {
  await app.open(page, `/meeting/${id}`);
  const meeting = new MeetingPageModel(page);
  await meeting.openTab('Agenda and minutes');
  return meeting;
}

const titles = (meeting: MeetingPageModel) =>
  meeting.agendaItems.evaluateAll((items) =>
    items.map((i) => (i.textContent ?? '').replace(/^\d+\.\s*/, '').trim()),
  );

test('a chair adds any other business, minutes it, moves it by keyboard, and it is in the minutes', async ({
  app,
  page,
}) => {
  const id = await meetingInProgress(app);
  await page.setViewportSize({ width: 1600, height: 1000 });
  const meeting = await openAgenda(app, page, id);
  const before = await meeting.agendaItems.count();

  await page.getByRole('button', { name: 'Add an agenda item' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an agenda item' });
  await dialog.getByLabel('Title').fill('Any other business: school transport');
  await dialog.getByRole('button', { name: 'Add item' }).click();
  await expect(dialog).toBeHidden();
  await expect(meeting.agendaItems).toHaveCount(before + 1);
  // It is the item in hand, just before the next meeting item, ready for its minutes.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    `${before}. Any other business: school transport`,
  );
  expect((await titles(meeting)).slice(-2)[1]).toMatch(/^Next meeting/);
  await meeting.typeMinutes('Transport to school is arranged by the carers.');
  await expect(meeting.itemStatus).toHaveText(/^Saved /);

  // Reordered by keyboard alone: focus Move up and press Enter; the minutes stay with the item.
  const up = page.getByRole('button', { name: 'Move up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    `${before - 1}. Any other business: school transport`,
  );
  await expect(up).toBeFocused();
  await expect(meeting.editor).toHaveValue('Transport to school is arranged by the carers.');
  await app.screenshot(page, 'chair-adds-item-1600');
  await page.setViewportSize({ width: 1024, height: 900 });
  await app.screenshot(page, 'chair-adds-item-1024');

  // Another window (a reload) sees the same agenda, in the same order.
  const order = await titles(meeting);
  await page.reload();
  await meeting.openTab('Agenda and minutes');
  expect(await titles(meeting)).toEqual(order);

  const text = await minutesText(app, id);
  expect(text).toContain('Any other business: school transport');
  expect(text).toContain('Transport to school is arranged by the carers.');
});

test('a chair arranges the next meeting, the page links to it, and the minutes say when and where', async ({
  app,
  page,
}) => {
  const id = await meetingInProgress(app);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open(page, `/meeting/${id}`);
  expect(await minutesText(app, id)).toContain('No further meeting was arranged.');

  await page.getByRole('button', { name: 'Arrange next meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Arrange the next meeting' });
  // The time is asked for, not assumed.
  await dialog.getByLabel('Date and time').fill('29/12/2026');
  await dialog.getByRole('button', { name: 'Arrange meeting' }).click();
  await expect(dialog).toContainText('needs a time as well as the date');
  await dialog.getByLabel('Date and time').fill('29/12/2026 10:00');
  await dialog.getByLabel('Venue').fill('Room 4, Example House');
  await dialog.getByRole('button', { name: 'Arrange meeting' }).click();
  await expect(dialog).toBeHidden();

  const linked = page.getByTestId('linked-meetings');
  await expect(linked).toContainText('Next meeting: Tue 29 Dec 2026, 10:00, Room 4, Example House');
  // One next meeting: the button is gone, so a second click cannot arrange another.
  await expect(page.getByRole('button', { name: 'Arrange next meeting' })).toHaveCount(0);
  await app.screenshot(page, 'chair-arranged-next-1600');
  await page.setViewportSize({ width: 1024, height: 900 });
  await app.screenshot(page, 'chair-arranged-next-1024');

  const text = await minutesText(app, id);
  expect(text).not.toContain('No further meeting was arranged');
  expect(text).toContain('29 December 2026');
  expect(text).toContain('Room 4, Example House');

  await linked.getByRole('link', { name: 'Open the next meeting' }).click();
  const next = new MeetingPageModel(page);
  await expect(next.status).toHaveText('Draft');
  await expect(page.getByTestId('linked-meetings')).toContainText('Arranged at the meeting of');
  await next.openTab('Attendance');
  // The invitees carried over, names and all (the role's suggested row as well as the officer added).
  const police = page.getByLabel('Name: Police officer or staff who knows the child best', { exact: true });
  await expect(police.first()).toBeVisible();
  expect(await police.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toContain(
    'PC Sample Officer',
  );
});

test('approved minutes offer no new item, no reordering and no next meeting to arrange', async ({
  app,
  page,
}) => {
  const id = await meetingInProgress(app);
  await must(app, 'meetings.transition', { meetingId: id, to: 'concluded' });
  await approveConcluded(app, id, 'apologies');
  const meeting = await openAgenda(app, page, id);
  await expect(meeting.lockBanner).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add an agenda item' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Move up' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Arrange next meeting' })).toHaveCount(0);
});
