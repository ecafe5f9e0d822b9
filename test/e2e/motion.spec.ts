import type { Page } from '@playwright/test';
import { expect, test, type HomewardApp } from './fixtures';

// WCAG 2.3.3: with the system's "reduce motion" set, Homeward's menus appear at once; without it they grow in as
// MUI draws them. The rest of the suite runs with reduced motion (playwright.config.ts), so this file is where the
// animated path is exercised.

/** Opens Add a child, picks a Legal status from its menu, and gives the menu's transition duration as it opened. */
async function pickLegalStatus(app: HomewardApp, page: Page): Promise<string> {
  await app.open(page, '/children');
  await page.getByRole('button', { name: 'Add a child' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a child' });
  await dialog.getByLabel('Legal status').click();
  const option = page.getByRole('option', { name: 'Child in care' });
  await expect(option).toBeVisible();
  const duration = await page
    .locator('.MuiMenu-paper')
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  await option.click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(dialog.getByLabel('Legal status')).toHaveText('Child in care');
  return duration;
}

const seconds = (css: string) => Math.max(...css.split(',').map((d) => parseFloat(d)));

test('with reduced motion asked for, a menu appears at once and its choice is made', async ({
  page,
  app,
}) => {
  expect(seconds(await pickLegalStatus(app, page))).toBe(0);
});

test.describe('with no preference for motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('a menu grows in, and its choice is made', async ({ page, app }) => {
    expect(seconds(await pickLegalStatus(app, page))).toBeGreaterThan(0);
  });
});
