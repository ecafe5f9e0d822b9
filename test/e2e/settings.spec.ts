import { expect, test } from './fixtures';

test('a data officer imports a 903 file in Settings and reads which rows were rejected and why', async ({
  page,
  app,
}) => {
  await app.open(page, '/settings');
  const csv = [
    'CHILD,DOB,MISSING,MIS_START,MIS_END',
    'TEST-000101,04/05/2011,M,01/09/2026,02/09/2026',
    'TEST-000101,04/05/2011,M,10/09/2026,09/09/2026',
    'TEST-000102,31/02/2012,A,01/10/2026,01/10/2026',
  ].join('\r\n');
  await page
    .getByLabel('CSV file to import')
    .setInputFiles({ name: 'missing.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText(/SSDA903 Missing table: 3 rows read; 1 episodes imported/)).toBeVisible();
  const rejected = page.getByRole('table', { name: 'Rejected rows' });
  await expect(rejected.locator('tbody tr')).toHaveCount(2);
  await expect(rejected).toContainText('3');
  await expect(rejected).toContainText('4');
  await app.screenshot(page, '40-settings-import');
  const children = await app.backend.call('children.list', {});
  expect(children.ok && children.value).toHaveLength(1);
});

test('an administrator duplicates a shipped profile; a broken edit is refused with the field named', async ({
  page,
  app,
}) => {
  await app.open(page, '/settings');
  const profiles = page.getByRole('table', { name: 'Protocol profiles' });
  await profiles
    .getByRole('row')
    .filter({ hasText: 'Staffordshire' })
    .first()
    .getByRole('button', { name: 'Duplicate' })
    .click();
  const editor = page.getByRole('dialog');
  const json = editor.getByLabel('Profile (JSON)');
  await expect(json).toHaveValue(/"id": "staffordshire-copy"/);
  const broken = (await json.inputValue()).replace('"council": "Your council"', '"council": ""');
  await json.fill(broken);
  await editor.getByRole('button', { name: 'Save profile' }).click();
  await expect(editor.getByRole('alert')).toContainText('council');
  await app.screenshot(page, '41-settings-profile-refused');
  await json.fill(broken.replace('"council": ""', '"council": "Exampleshire Council"'));
  await editor.getByRole('button', { name: 'Save profile' }).click();
  await expect(editor).toBeHidden();
  await expect(profiles).toContainText('Exampleshire Council');
});

test('Settings says when the last backup was made, as the backup folder has it, and where it is kept', async ({
  page,
  app,
}) => {
  const status = await app.backend.call('app.backupStatus', {});
  if (!status.ok) throw new Error(status.error.message);
  const backup = status.value as { engine: string; lastBackupAt: string | null; folder: string };
  // The server made one as it started (the daily backup), so there is a time to show, not "none yet".
  expect(backup.engine).toBe('sqlite');
  expect(backup.lastBackupAt).not.toBeNull();
  await app.open(page, '/settings');
  const section = page.getByRole('region', { name: 'Backups' });
  await expect(section.getByTestId('last-backup')).toHaveText(
    /^Last backup: (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/,
  );
  await expect(section).toContainText(`Kept in ${backup.folder}`);
  await app.screenshot(page, 'settings-backups');
});
