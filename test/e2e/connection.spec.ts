import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

// The Connection section of Settings. In browser mode (what Playwright can drive) it says which mode this is; the
// desktop app's choice is decided in plain functions tested in Node (test/unit/main/connection*.test.ts), since
// Electron's binary cannot run here.

test('in browser mode Settings says this is browser mode and where the page comes from', async ({
  page,
  app,
}) => {
  await app.open(page, '/settings');
  const section = page.getByRole('region', { name: 'Connection' });
  await expect(section).toContainText('This is browser mode');
  await expect(section).toContainText(new URL(app.url).origin);
  await expect(section.getByRole('radio')).toHaveCount(0);
  for (const width of [1600, 1024, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/60-connection-browser-${width}.png` });
  }
});

// Electron cannot run here, so its preload bridge is stood in for by a page script that records the choice; the
// form, its checks and its messages are the real ones. What the main process does with a choice (check /readyz,
// keep it, restart) is tested in Node.
test('the desktop form names a bad server address and sends the checked one; a refusal is shown', async ({
  page,
  app,
}) => {
  await page.addInitScript(() => {
    const chosen: unknown[] = [];
    Object.assign(window, {
      chosen,
      homewardDesktop: {
        connection: () => Promise.resolve({ connection: { mode: 'local' }, chosen: false }),
        choose: (c: unknown) => {
          chosen.push(c);
          return Promise.resolve(
            chosen.length === 1
              ? {
                  ok: false,
                  message:
                    'Homeward could not reach https://homeward.council.example: no server has that name.',
                }
              : { ok: true },
          );
        },
      },
    });
  });
  await app.open(page, '/settings');
  const section = page.getByRole('region', { name: 'Connection' });
  await expect(section).toContainText('First start: choose where Homeward keeps its records');
  await section.getByRole('radio', { name: 'My council’s Homeward server' }).check();
  const address = section.getByLabel('Server address');
  await address.fill('http://homeward.council.example');
  await section.getByRole('button', { name: 'Check the server and switch' }).click();
  await expect(section).toContainText('Server address must start with https://.');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { chosen: unknown[] }).chosen.length))
    .toBe(0);

  await address.fill('homeward.council.example');
  await section.getByRole('button', { name: 'Check the server and switch' }).click();
  await expect(section.getByRole('alert')).toContainText('no server has that name');
  await expectNoAxeViolations(page, 'Settings: connection (desktop form, after a refusal)');
  await section.scrollIntoViewIfNeeded();
  for (const width of [1600, 1024, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/61-connection-desktop-${width}.png` });
  }
  await section.getByRole('button', { name: 'Check the server and switch' }).click();
  await expect(section.getByRole('status')).toContainText('Homeward is restarting on your choice');
  expect(await page.evaluate(() => (window as unknown as { chosen: unknown[] }).chosen)).toEqual([
    { mode: 'server', url: 'https://homeward.council.example/' },
    { mode: 'server', url: 'https://homeward.council.example/' },
  ]);
});
