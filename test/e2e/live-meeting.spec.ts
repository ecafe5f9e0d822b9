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

test('the Due screen in one window updates when another window records an episode', async ({
  app,
  browser,
}) => {
  await meetingFor(app);
  const child = await app.backend.call('children.create', {
    givenName: 'Demo-Livia',
    familyName: 'Streamwood',
    dateOfBirth: '2011-05-04',
    gender: 'not-recorded',
    caseReference: 'LIVE-0001',
    legalStatus: 'child-in-care',
    placingAuthority: 'Warwickshire',
    hostAuthority: null,
    placementType: 'foster-care',
    allocatedWorker: 'Worker A. Example',
    team: 'Test Team',
    protocolProfileId: null,
  });
  if (!child.ok) throw new Error(child.error.message);
  const childId = (child.value as { id: string }).id;
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await app.open(b, '/due');
  const due = b.getByRole('table', { name: 'Due' });
  await due.waitFor();
  await expect(due).not.toContainText('Demo-Livia');
  // Window A records the episode through the same API its episode dialog uses.
  await app.open(a, `/child/${childId}`);
  const saved = await a.evaluate(async (id) => {
    const token = sessionStorage.getItem('homeward.token') ?? '';
    const res = await fetch('/api/episodes.create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        childId: id,
        category: 'missing',
        reportedAt: '2026-11-19T20:00:00Z',
        foundAt: '2026-11-20T06:00:00Z',
      }),
    });
    return ((await res.json()) as { ok: boolean }).ok;
  }, childId);
  expect(saved).toBe(true);
  // No reload in B: the change event refreshes its Due list.
  await expect(due).toContainText('Demo-Livia');
});
