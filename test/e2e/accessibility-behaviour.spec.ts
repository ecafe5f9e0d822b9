import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

// What axe cannot see, checked as a keyboard, screen reader or pointer user meets it: window titles and route
// announcements (WCAG 2.4.2, 4.1.3), tooltips that can be hovered and dismissed (1.4.13), the Settings file pickers
// as buttons (2.1.1, 4.1.2), and a focus ring and field borders that can be seen (1.4.11).

const PIP = 'demo-child-0038';

/** WCAG's contrast ratio of two CSS colours as the browser computes them (rgb or rgba over white). */
function contrast(a: string, b: string): number {
  const rgb = (c: string) => {
    const [r, g, bl, alpha = 1] = (c.match(/[\d.]+/g) ?? []).map(Number);
    return [r!, g!, bl!].map((v) => v * alpha + 255 * (1 - alpha));
  };
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function tabUntilFocused(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the control');
}

test('each screen titles the window after itself and announces itself politely when the route changes', async ({
  page,
  demoApp,
}) => {
  await demoApp.open(page, '/due');
  const announcement = page.getByTestId('route-announcement');
  await expect(announcement).toHaveAttribute('aria-live', 'polite');
  await expect(page).toHaveTitle('Due – Homeward');
  await expect(announcement).toHaveText('Due screen');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Children' }).click();
  await expect(page).toHaveTitle('Children – Homeward');
  await expect(announcement).toHaveText('Children screen');

  // A child's page is titled by the child's name once it has loaded.
  await page.evaluate((id) => (window.location.hash = `#/child/${id}`), PIP);
  await expect(page).toHaveTitle('Demo-Pip Fictionhurst · Child – Homeward');
  await expect(announcement).toHaveText('Demo-Pip Fictionhurst · Child screen');

  await page.evaluate(() => (window.location.hash = '#/settings'));
  await expect(page).toHaveTitle('Settings – Homeward');
  await expect(announcement).toHaveText('Settings screen');
});

test('a dashboard chart’s tooltip stays while the pointer moves onto it, and Escape dismisses it', async ({
  page,
  demoApp,
}) => {
  await demoApp.open(page, '/dashboard');
  const chart = page.getByTestId('dashboard-chart').first();
  await chart.locator('.recharts-bar-rectangle').first().hover();
  const tooltip = chart.getByTestId('chart-tooltip');
  await expect(tooltip).toBeVisible();
  const text = (await tooltip.textContent()) ?? '';
  // Its words readable too: the series colours are for the bars, not for text (1.4.3).
  await expectNoAxeViolations(page, 'a chart tooltip', '[data-testid="chart-tooltip"]');
  const tip = (await tooltip.boundingBox())!;
  // In small steps, as a hand moves a mouse, onto the middle of the tooltip.
  await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2, { steps: 8 });
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText(text);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

test('a chronology mark’s tooltip stays while the pointer moves onto it, and Escape dismisses it', async ({
  page,
  demoApp,
}) => {
  await demoApp.open(page, `/child/${PIP}`);
  const tooltip = page.getByRole('tooltip');
  // The widest mark, so the pointer lands on it rather than on a neighbour drawn over its middle; all() does not
  // wait, so the chart is waited for first.
  await page.getByTestId('chronology-mark').first().waitFor();
  const marks = await page.getByTestId('chronology-mark').all();
  const widths = await Promise.all(marks.map(async (m) => (await m.boundingBox())?.width ?? 0));
  await marks[widths.indexOf(Math.max(...widths))]!.hover();
  await expect(tooltip).toBeVisible();
  const tip = (await tooltip.boundingBox())!;
  await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2, { steps: 8 });
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Police risk');
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

test('the Settings file pickers are buttons that open the file chooser from the keyboard', async ({
  page,
  demoApp,
}) => {
  await demoApp.open(page, '/settings');
  for (const name of ['Choose letterhead (.docx)…', 'Import a CSV file…']) {
    const button = page.getByRole('button', { name });
    await expect(button).toBeVisible();
    expect(await button.evaluate((el) => el.tagName)).toBe('BUTTON');
    await button.focus();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    expect((await chooser).isMultiple()).toBe(false);
  }
});

test('keyboard focus shows as a ring of at least 3:1 and text fields have borders of at least 3:1', async ({
  page,
  demoApp,
}) => {
  await demoApp.open(page, '/children');
  const add = page.getByRole('button', { name: 'Add a child' });
  // From the last link of the main navigation, as a keyboard user arrives at the screen's own controls.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).focus();
  await tabUntilFocused(page, add);
  const ring = await add.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  // Against the page's grey background, where the ring is drawn.
  const page_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(contrast(ring.colour, page_)).toBeGreaterThanOrEqual(3);

  // In the dark app bar the ring is white, against the bar's blue.
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Children' }).focus();
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const onBar = await link.evaluate((el) => ({
    colour: getComputedStyle(el).outlineColor,
    style: getComputedStyle(el).outlineStyle,
    bar: getComputedStyle(el.closest('header')!).backgroundColor,
  }));
  expect(onBar.style).toBe('solid');
  expect(contrast(onBar.colour, onBar.bar)).toBeGreaterThanOrEqual(3);

  const border = await page
    .getByLabel('Search by name or case reference')
    .evaluate(
      (el) =>
        getComputedStyle(el.closest('.MuiOutlinedInput-root')!.querySelector('fieldset')!).borderTopColor,
    );
  expect(contrast(border, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
});
