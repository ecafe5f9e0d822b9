import { build903 } from '../../electron/bin/bench/import';
import { expect, test } from './fixtures';

// Issue 15: an import reports its progress and can be cancelled, leaving nothing half-imported. The file is the
// benchmark's 903 table at 400,000 rows (80,000 new children, 18 MB): it is checked 5,000 rows at a time, yielding
// between chunks, so the bar shows rows read long before the checks end, and Cancel is pressed while they run, not
// raced against a small file. The backend shares this test's process, so everything Playwright asks waits for the
// next chunk boundary: a page screenshot taken while it ran came back only once the import had ended, so Cancel is
// pressed first and the page is photographed once it stands still.
const ROWS = 400_000;

test('a data officer cancels a large 903 import part way: the bar showed rows read, and nothing of the file was kept', async ({
  page,
  app,
}) => {
  await app.open(page, '/settings');
  await page.getByLabel('CSV file to import').setInputFiles({
    name: 'missing-large.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(build903(ROWS)),
  });

  const bar = page.getByTestId('import-progress');
  // Some rows read, but not all (not 0, not 400,000): the import is under way when Cancel is pressed. Sending and
  // reading 18 MB comes first, which on a shared machine takes longer than an assertion's usual wait.
  await expect(bar.getByRole('status')).toHaveText(
    /^(?!400,000 )[1-9][\d,]* of 400,000 rows read: [\d,]+ accepted, 0 rejected$/,
    { timeout: 60_000 },
  );
  await bar.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByText('The import was cancelled. Nothing from the file was imported.')).toBeVisible();
  await expect(bar).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import a CSV file…' })).toBeEnabled();
  await app.screenshot(page, '42-settings-import-cancelled');

  // Nothing of the file was kept: no child, no episode, no protocol state, no import in the audit.
  const db = app.backend.context.db;
  const count = async (table: 'children' | 'episodes' | 'protocol_state') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  expect(await count('children')).toBe(0);
  expect(await count('episodes')).toBe(0);
  expect(await count('protocol_state')).toBe(0);
  const imports = await db.selectFrom('audit').select('id').where('action', '=', 'import').execute();
  expect(imports).toHaveLength(0);
  const children = await app.backend.call('children.list', {});
  expect(children.ok && children.value).toHaveLength(0);
});
