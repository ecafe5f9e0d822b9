import { expect, test } from './fixtures';

test('a team leader adds a child; a bad date of birth is refused with the field named and nothing typed is lost', async ({
  page,
  app,
}) => {
  await app.open(page, '/children');
  await page.getByRole('button', { name: 'Add a child' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Given name').fill('Testa');
  await dialog.getByLabel('Family name').fill('Samplewood');
  await dialog.getByLabel('Date of birth').fill('31/02/2012');
  await dialog.getByLabel('Gender').click();
  await page.getByRole('option', { name: 'Not recorded' }).click();
  await dialog.getByLabel('Case reference').fill('TEST-9001');
  await dialog.getByLabel('Legal status').click();
  await page.getByRole('option', { name: 'Child in care' }).click();
  await dialog.getByLabel('Responsible (placing) authority').fill('Wigan Council');
  await dialog.getByLabel('Placement type').click();
  await page.getByRole('option', { name: 'Foster care' }).click();
  await dialog.getByRole('button', { name: 'Save child' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Date of birth is not a real calendar date');
  await expect(dialog.getByLabel('Given name')).toHaveValue('Testa');
  await app.screenshot(page, '05-add-child-refused');

  await dialog.getByLabel('Date of birth').fill('28/02/2012');
  await dialog.getByRole('button', { name: 'Save child' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testa Samplewood');
  await expect(page.getByTestId('protocol-stage')).toHaveText('No threshold reached');
  await expect(page.getByRole('region', { name: 'Protocol' })).toContainText('Wigan');
});
