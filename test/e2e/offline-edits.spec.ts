import type { Page } from '@playwright/test';
import { MeetingPageModel } from './pages/MeetingPage';
import { expect, test, type HomewardApp } from './fixtures';

// Two edits of one record made while the network is cut both arrive when it is back (the outbox sends the second
// on the revision the first one's replay answered: renderer/src/offline/rebase.ts); a change someone else made
// meanwhile still conflicts, and the conflict offers theirs and mine.

interface Attendee {
  id: string;
  role: string;
  name: string;
  agency: string;
  revision: number;
  status: string;
  isChair: boolean;
  isMinuteTaker: boolean;
}
interface StoredMeeting {
  meeting: { id: string };
  items: Array<{ id: string; title: string; minutes: string; revision: number }>;
  attendees: Attendee[];
}

async function meetingFor(app: HomewardApp): Promise<string> {
  const loaded = await app.backend.call('app.loadDemo', {});
  if (!loaded.ok) throw new Error(loaded.error.message);
  const created = await app.backend.call('meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: ['demo-child-0038'],
    reason: '3 missing episodes in 90 days',
    chairRole: 'Allocated Social Worker',
    scheduledAt: '2026-11-20T09:30:00Z',
  });
  if (!created.ok) throw new Error(created.error.message);
  return (created.value as StoredMeeting).meeting.id;
}

async function stored(app: HomewardApp, meetingId: string): Promise<StoredMeeting> {
  const r = await app.backend.call('meetings.get', { meetingId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as StoredMeeting;
}

async function open(app: HomewardApp, page: Page, id: string, tab: 'Attendance' | 'Agenda and minutes') {
  await app.open(page, `/meeting/${id}`);
  const m = new MeetingPageModel(page);
  await m.openTab(tab);
  return m;
}

const ROLE = 'The child';

test('two edits of one attendee made offline both arrive when the network is back', async ({
  app,
  browser,
}) => {
  const id = await meetingFor(app);
  const context = await browser.newContext();
  const m = await open(app, await context.newPage(), id, 'Attendance');
  const name = m.page.getByLabel(`Name: ${ROLE}`, { exact: true });
  const agency = m.page.getByLabel(`Agency: ${ROLE}`, { exact: true });
  await expect(name).toBeVisible();
  // The row's attendee, found by its role as the page labels it: the one whose revision both saves start from.
  const row = m.page.getByTestId('attendee-row').filter({ has: name });
  const role = await row.getAttribute('data-role');
  const attendeeId = (await stored(app, id)).attendees.find((x) => x.role === role)!.id;

  await context.setOffline(true);
  // Each field saves as it is left: two saves of one attendee, both typed against the revision the page has.
  await name.fill('Demo-Pip Fictionhurst');
  await name.press('Tab');
  await agency.fill('Self');
  await agency.press('Tab');
  await expect(m.page.getByTestId('offline-banner')).toContainText('2 changes waiting to be sent');
  await context.setOffline(false);
  await expect(m.page.getByTestId('offline-banner')).toHaveCount(0);

  await expect
    .poll(async () => {
      const a = (await stored(app, id)).attendees.find((x) => x.id === attendeeId)!;
      return `${a.name} | ${a.agency}`;
    })
    .toBe('Demo-Pip Fictionhurst | Self');
  // Neither save was refused: no error is shown, and the page holds what was typed.
  await expect(
    m.page.getByRole('alert').filter({ hasText: /changed|conflict|saved from another/i }),
  ).toHaveCount(0);
  await expect(name).toHaveValue('Demo-Pip Fictionhurst');
  await expect(agency).toHaveValue('Self');
  for (const width of [1600, 1024]) {
    await m.page.setViewportSize({ width, height: 900 });
    await app.screenshot(m.page, `offline-two-edits-${width}`);
  }
  await context.close();
});

test('minutes typed offline over someone else’s save meanwhile still conflict, offering theirs and mine', async ({
  app,
  browser,
}) => {
  const id = await meetingFor(app);
  const context = await browser.newContext();
  const m = await open(app, await context.newPage(), id, 'Agenda and minutes');
  await expect(m.editor).toBeVisible();

  await context.setOffline(true);
  await m.editor.click();
  await m.editor.pressSequentially('Mine, typed offline.');
  await expect(m.page.getByTestId('offline-banner')).toContainText('1 change waiting to be sent');
  // Someone else saves the same item while this window is cut off.
  const item = (await stored(app, id)).items[0]!;
  const theirs = await app.backend.call('meetings.saveItemMinutes', {
    meetingId: id,
    itemId: item.id,
    minutes: 'Theirs, saved meanwhile.',
    baseRevision: item.revision,
  });
  expect(theirs.ok).toBe(true);
  await context.setOffline(false);

  const conflict = m.page.getByTestId('minutes-conflict');
  await expect(conflict).toContainText('These minutes were saved from another window');
  await expect(conflict).toContainText('Theirs, saved meanwhile.');
  await expect(conflict.getByRole('button', { name: 'Keep mine (save over)' })).toBeVisible();
  await expect(conflict.getByRole('button', { name: 'Reload theirs (replaces your text)' })).toBeVisible();
  // Nothing typed is lost, and nothing of theirs was overwritten.
  await expect(m.editor).toHaveValue('Mine, typed offline.');
  expect((await stored(app, id)).items[0]!.minutes).toBe('Theirs, saved meanwhile.');
  await app.screenshot(m.page, 'offline-conflict-1600');
  await context.close();
});

test('an agenda item added and an item moved while offline both arrive when the network is back', async ({
  app,
  browser,
}) => {
  const id = await meetingFor(app);
  const context = await browser.newContext();
  const m = await open(app, await context.newPage(), id, 'Agenda and minutes');
  await expect(m.editor).toBeVisible();
  const before = (await stored(app, id)).items;
  const count = await m.agendaItems.count();
  expect(count).toBe(before.length);

  await context.setOffline(true);
  await m.page.getByRole('button', { name: 'Add an agenda item' }).click();
  const dialog = m.page.getByRole('dialog', { name: 'Add an agenda item' });
  await dialog.getByLabel('Title').fill('Any other business: raised offline');
  await dialog.getByRole('button', { name: 'Add item' }).click();
  // Kept to send later: the dialog closes at once, so the meeting goes on while the network is cut.
  await expect(dialog).toBeHidden();
  await expect(m.page.getByTestId('offline-banner')).toContainText('1 change waiting to be sent');
  // The first item, moved down within its section while still offline.
  await m.page.getByRole('button', { name: 'Move down' }).click();
  await expect(m.page.getByTestId('offline-banner')).toContainText('2 changes waiting to be sent');
  expect((await stored(app, id)).items.map((i) => i.id)).toEqual(before.map((i) => i.id));

  await context.setOffline(false);
  await expect(m.page.getByTestId('offline-banner')).toHaveCount(0);
  await expect.poll(async () => (await stored(app, id)).items.length).toBe(before.length + 1);
  const after = (await stored(app, id)).items;
  expect(after.some((i) => i.title === 'Any other business: raised offline')).toBe(true);
  // The item that was first is now second: the move arrived after the addition, in the order they were made.
  expect(after[1]!.id).toBe(before[0]!.id);
  await expect(m.agendaItems).toHaveCount(count + 1);
  await expect(m.item('Any other business: raised offline')).toHaveCount(1);
  for (const width of [1600, 1024]) {
    await m.page.setViewportSize({ width, height: 900 });
    await app.screenshot(m.page, `offline-agenda-${width}`);
  }
  await context.close();
});
