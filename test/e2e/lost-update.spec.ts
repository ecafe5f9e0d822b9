import type { Page } from '@playwright/test';
import { expect, test, type HomewardApp } from './fixtures';

// Lost updates and "who has seen this record" (issue 11), as two people at two windows meet them: both open the
// same child's form; the first saves; the second is told who changed what, keeps every character typed, and chooses.

async function openEditor(app: HomewardApp, page: Page, childId: string) {
  await app.open(page, `/child/${childId}`);
  await page.getByRole('button', { name: 'Edit the child’s details' }).click();
  return page.getByRole('dialog', { name: 'Edit the child’s details' });
}

async function setDisplayName(app: HomewardApp, displayName: string) {
  const r = await app.backend.call('settings.update', { displayName });
  if (!r.ok) throw new Error(r.error.message);
}

test('two windows edit one child: the second is told what changed, keeps its typing, and chooses', async ({
  app,
  browser,
}) => {
  await setDisplayName(app, 'Co-ordinator A. Example');
  const created = await app.backend.call('children.create', {
    givenName: 'Demo-Rowan',
    familyName: 'Example',
    dateOfBirth: '2011-04-02',
    gender: 'not-recorded',
    caseReference: 'LOST-0001',
    legalStatus: 'child-in-care',
    placingAuthority: 'Warwickshire',
    hostAuthority: null,
    placementType: 'foster-care',
    allocatedWorker: 'Worker A. Example',
    team: 'West Team',
    protocolProfileId: null,
  });
  if (!created.ok) throw new Error(created.error.message);
  const childId = (created.value as { id: string }).id;

  const first = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
  const second = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
  const mine = await openEditor(app, second, childId);
  const theirs = await openEditor(app, first, childId);

  // The second window types first, and is still typing when the first saves.
  await mine.getByLabel('Team', { exact: true }).fill('South Team');
  await mine.getByLabel('Allocated worker').fill('Worker B. Example');
  await theirs.getByLabel('Team', { exact: true }).fill('North Team');
  await theirs.getByRole('button', { name: 'Save child' }).click();
  await expect(theirs).toBeHidden();

  await mine.getByRole('button', { name: 'Save child' }).click();
  const notice = mine.getByTestId('conflict-notice');
  await expect(notice).toContainText('This record changed while you were editing');
  // The account beside the display name is the operating system's, whatever it is on this machine.
  await expect(notice).toContainText(
    /Co-ordinator A\. Example( \([^)]+\))? saved it on Fri 20 Nov 2026, 10:00 and changed Team\./,
  );
  await expect(notice).toContainText('Nothing was overwritten');
  const teamRow = notice.getByRole('row', { name: /^Team/ });
  await expect(teamRow).toContainText('North Team');
  await expect(teamRow).toContainText('South Team');
  // Nothing typed is lost: the form still holds both fields as typed.
  await expect(mine.getByLabel('Team', { exact: true })).toHaveValue('South Team');
  await expect(mine.getByLabel('Allocated worker')).toHaveValue('Worker B. Example');
  await app.screenshot(second, 'lost-update-conflict-1600');
  await second.setViewportSize({ width: 1024, height: 900 });
  await app.screenshot(second, 'lost-update-conflict-1024');

  // The stored record is the first window's, untouched by the refused save.
  const stored = await app.backend.call('children.get', { id: childId });
  expect(stored.ok && (stored.value as { child: { team: string } }).child.team).toBe('North Team');

  // Keep mine: the next save is based on the newer record and replaces it knowingly.
  await notice.getByRole('button', { name: 'Keep mine' }).click();
  await expect(notice).toBeHidden();
  await mine.getByRole('button', { name: 'Save child' }).click();
  await expect(mine).toBeHidden();
  const after = await app.backend.call('children.get', { id: childId });
  const child = after.ok ? (after.value as { child: { team: string; allocatedWorker: string } }).child : null;
  expect([child?.team, child?.allocatedWorker]).toEqual(['South Team', 'Worker B. Example']);

  // Who has seen this record: a view made in the other window, under another name, shows in this one's panel
  // (this window's own page was read before the name changed; the panel's read is not a view of the child).
  await second.reload();
  await expect(second.getByRole('heading', { name: /Demo-Rowan/ }).first()).toBeVisible();
  await setDisplayName(app, 'Manager C. Example');
  await first.reload();
  await expect(first.getByRole('heading', { name: /Demo-Rowan/ }).first()).toBeVisible();
  await second.getByRole('button', { name: 'Who has seen or exported this record' }).click();
  const seen = second.getByRole('table', { name: 'Who has seen or exported this record' });
  // Opening the child page reads the record and its Philomena profile: both views are listed, newest first.
  await expect(seen.getByRole('row').nth(1)).toContainText('Manager C. Example');
  await expect(
    seen
      .getByRole('row')
      .filter({ hasText: 'Manager C. Example' })
      .filter({ hasText: 'Viewed: Child record' })
      .first(),
  ).toBeVisible();
  await expect(seen).toContainText('Co-ordinator A. Example');
  await app.screenshot(second, 'seen-by-1024');
  await second.setViewportSize({ width: 1600, height: 1000 });
  await app.screenshot(second, 'seen-by-1600');
});

test('an episode edited in two windows: the second keeps its notes and sees the first one’s', async ({
  app,
  browser,
}) => {
  await setDisplayName(app, 'Co-ordinator A. Example');
  const created = await app.backend.call('children.create', {
    givenName: 'Demo-Sasha',
    familyName: 'Example',
    dateOfBirth: '2010-06-12',
    gender: 'not-recorded',
    caseReference: 'LOST-0002',
    legalStatus: 'child-in-care',
    placingAuthority: 'Warwickshire',
    hostAuthority: null,
    placementType: 'foster-care',
    allocatedWorker: null,
    team: null,
    protocolProfileId: null,
  });
  if (!created.ok) throw new Error(created.error.message);
  const childId = (created.value as { id: string }).id;
  const episode = await app.backend.call('episodes.create', {
    childId,
    category: 'missing',
    reportedAt: '2026-11-18T20:00:00Z',
    foundAt: '2026-11-19T08:00:00Z',
  });
  if (!episode.ok) throw new Error(episode.error.message);

  const pages = await Promise.all(
    [0, 1].map(async () => (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage()),
  );
  const dialogs = [];
  for (const page of pages) {
    await app.open(page, `/child/${childId}`);
    await page
      .getByRole('button', { name: /^Edit episode/ })
      .first()
      .click();
    dialogs.push(page.getByRole('dialog', { name: /^Edit episode/ }));
  }
  const [theirs, mine] = dialogs as [ReturnType<Page['getByRole']>, ReturnType<Page['getByRole']>];
  await mine.getByLabel('Notes').fill('Seen near the station by a carer.');
  await theirs.getByLabel('Notes').fill('Returned by police.');
  await theirs.getByRole('button', { name: /^Save/ }).click();
  await expect(theirs).toBeHidden();
  await mine.getByRole('button', { name: /^Save/ }).click();
  const notice = mine.getByTestId('conflict-notice');
  await expect(notice).toContainText('changed Notes');
  await expect(notice.getByRole('row', { name: /^Notes/ })).toContainText('Returned by police.');
  await expect(mine.getByLabel('Notes')).toHaveValue('Seen near the station by a carer.');
  await notice.getByRole('button', { name: 'Use theirs' }).click();
  await expect(mine.getByLabel('Notes')).toHaveValue('Returned by police.');
});
