import type { Page } from '@playwright/test';
import { MeetingPageModel } from './pages/MeetingPage';
import { expect, test, type HomewardApp } from './fixtures';

async function meetingFor(app: HomewardApp): Promise<{ id: string; firstItemId: string }> {
  const loaded = await app.backend.call('app.loadDemo', {});
  if (!loaded.ok) throw new Error(loaded.error.message);
  await app.backend.call('settings.update', { displayName: 'C. Example' });
  const created = await app.backend.call('meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: ['demo-child-0038'],
    reason: '3 missing episodes in 90 days',
    chairRole: 'Allocated Social Worker',
    scheduledAt: '2026-11-20T09:30:00Z',
  });
  if (!created.ok) throw new Error(created.error.message);
  const record = created.value as { meeting: { id: string }; items: Array<{ id: string }> };
  return { id: record.meeting.id, firstItemId: record.items[0]!.id };
}

async function openAgenda(app: HomewardApp, page: Page, id: string) {
  await app.open(page, `/meeting/${id}`);
  const m = new MeetingPageModel(page);
  await m.openTab('Agenda and minutes');
  await expect(m.editor).toBeVisible();
  return m;
}

async function storedMinutes(app: HomewardApp, meetingId: string, itemId: string): Promise<string> {
  const r = await app.backend.call('meetings.get', { meetingId });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { items: Array<{ id: string; minutes: string }> }).items.find((i) => i.id === itemId)!
    .minutes;
}

test('minutes typed in one window appear in the chair’s, without reload, with who is typing in which item', async ({
  app,
  browser,
}) => {
  const { id } = await meetingFor(app);
  const chairContext = await browser.newContext();
  const takerContext = await browser.newContext();
  const chair = await openAgenda(app, await chairContext.newPage(), id);
  const taker = await openAgenda(app, await takerContext.newPage(), id);

  await taker.editor.click();
  await taker.editor.pressSequentially('The chair welcomed everyone.');
  // The chair's window shows the typing line and then the text, with no reload and no typing of its own.
  await expect(chair.page.getByTestId('presence-line')).toHaveText('C. Example is typing in item 1');
  await expect(chair.editor).toHaveValue('The chair welcomed everyone.');
  for (const width of [1600, 1024]) {
    await chair.page.setViewportSize({ width, height: 900 });
    await app.screenshot(chair.page, `live-presence-${width}`);
  }
  await chairContext.close();
  await takerContext.close();
});

test('the network cut mid-typing loses nothing: the banner counts what waits, and all of it arrives', async ({
  app,
  browser,
}) => {
  const { id, firstItemId } = await meetingFor(app);
  const context = await browser.newContext();
  const taker = await openAgenda(app, await context.newPage(), id);
  await taker.editor.click();
  await taker.editor.pressSequentially('Before the cut. ');
  await expect(taker.itemStatus).toHaveText(/^Saved /);

  await context.setOffline(true);
  await taker.editor.pressSequentially('Typed while offline, ');
  await expect(taker.page.getByTestId('offline-banner')).toContainText('1 change waiting to be sent');
  await taker.editor.pressSequentially('and still typing.');
  for (const width of [1600, 1024]) {
    await taker.page.setViewportSize({ width, height: 900 });
    await app.screenshot(taker.page, `live-offline-banner-${width}`);
  }
  await context.setOffline(false);
  await expect(taker.page.getByTestId('offline-banner')).toHaveCount(0);
  await expect
    .poll(() => storedMinutes(app, id, firstItemId))
    .toBe('Before the cut. Typed while offline, and still typing.');
  await context.close();
});
