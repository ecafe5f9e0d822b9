import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SCREENSHOTS, test, type HomewardApp } from './fixtures';
import { MeetingPageModel } from './pages/MeetingPage';
import { focusedName, overflowingElements, stickyCoveringFocus } from './reflow';

// WCAG 1.4.10 Reflow and 2.4.11 Focus Not Obscured, at two sizes:
// - 320 x 640 CSS px: the width the criterion names (1280 px at 400% zoom).
// - 640 x 400 CSS px at deviceScaleFactor 2: a 1280 x 800 window at 200% browser zoom. Chrome's page zoom shrinks
//   the layout viewport to 640 CSS px and evaluates media queries there, which is exactly this; CSS `zoom` on the
//   root would leave the media queries and the viewport at 1280 and prove nothing about the breakpoints.
//   (deviceScaleFactor alone is not zoom: it only sharpens the screenshots.)
const SIZES = [
  { name: '320px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: 'zoom200', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

const PIP = 'demo-child-0038';

async function meetingFor(app: HomewardApp): Promise<string> {
  const created = await app.backend.call('meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: [PIP],
    reason: '3 missing episodes in 90 days',
    chairRole: 'Allocated Social Worker',
    chairName: 'Alex Chairwood',
    scheduledAt: '2026-11-20T09:30:00Z',
  });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { meeting: { id: string } }).meeting.id;
  const started = await app.backend.call('meetings.transition', { meetingId: id, to: 'in-progress' });
  if (!started.ok) throw new Error(started.error.message);
  return id;
}

/** Tab down a running meeting's page and Shift+Tab back up to "← Due": no stop under a sticky bar (2.4.11). */
function stickyTest(name: string): void {
  test(`on a meeting page nothing sticky hides the focused element or the minutes box (${name})`, async ({
    page,
    demoApp,
  }) => {
    const id = await meetingFor(demoApp);
    await demoApp.open(page, `/meeting/${id}`);
    const meeting = new MeetingPageModel(page);
    await meeting.openTab('Agenda and minutes');
    await meeting.editor.waitFor();

    // Tab forwards from the top through the header, tabs and agenda to the minutes and beyond.
    await page.getByRole('link', { name: '← Due' }).focus();
    let reachedMinutes = false;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      // Past the end of the page focus leaves for the browser and comes back to the app bar: stop there.
      const atEnd = await page.evaluate(
        () =>
          document.activeElement === document.body || !!document.activeElement?.closest('.MuiAppBar-root'),
      );
      if (atEnd) break;
      const name = await focusedName(page);
      const covered = await stickyCoveringFocus(page);
      expect.soft(covered, `Tab to ${name}: ${covered.join('; ')}`).toHaveLength(0);
      reachedMinutes ||= await meeting.editor.evaluate((e) => e === document.activeElement);
    }
    expect(reachedMinutes, 'Tab reaches the minutes box').toBe(true);
    // The minutes box was among them, in view and uncovered.
    await meeting.editor.focus();
    expect(await stickyCoveringFocus(page), 'the minutes box').toHaveLength(0);
    await expect(meeting.editor).toBeInViewport();
    await page.screenshot({ path: join(SCREENSHOTS, `reflow-${name}-minutes-focused.png`) });

    // Shift+Tab back up the page to "← Due": each stop, the last included, is in sight below the app bar.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Shift+Tab');
      const name = await focusedName(page);
      const covered = await stickyCoveringFocus(page);
      expect.soft(covered, `Shift+Tab to ${name}: ${covered.join('; ')}`).toHaveLength(0);
      if (name.includes('← Due')) break;
    }
    await expect(page.getByRole('link', { name: '← Due' })).toBeFocused();
    await expect(page.getByRole('link', { name: '← Due' })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: join(SCREENSHOTS, `reflow-${name}-back-to-due-focused.png`) });

    // Scrolled to the end, the agenda list never lies over the minutes box.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const agendaOverMinutes = await page.evaluate(() => {
      const nav = document.querySelector('nav[aria-label="Agenda"]')?.getBoundingClientRect();
      const box = document.querySelector('[data-testid="minutes-editor"]')?.getBoundingClientRect();
      if (!nav || !box) return 'missing';
      return nav.left < box.right && box.left < nav.right && nav.top < box.bottom && box.top < nav.bottom
        ? `agenda ${Math.round(nav.top)}–${Math.round(nav.bottom)} over minutes ${Math.round(box.top)}–${Math.round(box.bottom)}`
        : '';
    });
    expect(agendaOverMinutes).toBe('');
  });
}

async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const offenders = await overflowingElements(page);
  expect.soft(offenders, `${screen} scrolls sideways:\n${offenders.join('\n')}`).toHaveLength(0);
}

for (const size of SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test(`every screen reflows without scrolling sideways, the main navigation in reach (${size.name})`, async ({
      page,
      demoApp,
    }) => {
      // Full-page screenshots at deviceScaleFactor 2 carry four times the pixels (Due alone is ~150,000 px tall):
      // on this shared 2-core machine the zoom200 walk needs more than the default 90 s, though nothing in it waits.
      test.slow(size.deviceScaleFactor > 1, 'full-page screenshots at deviceScaleFactor 2');
      const id = await meetingFor(demoApp);
      const screens: Array<[string, string, () => Promise<void>]> = [
        ['due', '/due', () => page.getByRole('table', { name: 'Due' }).waitFor()],
        ['children', '/children', () => page.getByRole('table', { name: 'Children' }).waitFor()],
        ['child', `/child/${PIP}`, () => page.getByRole('table', { name: 'Chronology' }).waitFor()],
        ['meetings', '/meetings', () => page.getByTestId('meeting-row').first().waitFor()],
        ['meeting-agenda', `/meeting/${id}`, () => page.getByTestId('minutes-editor').waitFor()],
        [
          'daily-review',
          '/daily-review',
          () => page.getByRole('table', { name: 'Missing now', exact: true }).waitFor(),
        ],
        ['dashboard', '/dashboard', () => page.getByTestId('dashboard-chart').first().waitFor()],
        ['settings', '/settings', () => page.getByRole('table', { name: 'Protocol profiles' }).waitFor()],
      ];
      await demoApp.open(page, '/due');
      for (const [name, path, ready] of screens) {
        await page.evaluate((p) => (window.location.hash = p), `#${path}`);
        await ready();
        await expectNoSidewaysScroll(page, name);
        await demoApp.screenshot(page, `reflow-${size.name}-${name}`);
      }
      const meeting = new MeetingPageModel(page);
      await page.evaluate((p) => (window.location.hash = p), `#/meeting/${id}`);
      await meeting.editor.waitFor();
      for (const tab of ['Pack', 'Attendance'] as const) {
        await meeting.openTab(tab);
        await expectNoSidewaysScroll(page, `the meeting's ${tab}`);
        await demoApp.screenshot(page, `reflow-${size.name}-meeting-${tab.toLowerCase()}`);
      }

      // The dialogs: their forms fit the narrow window too, scrolling only up and down.
      const dialogs: Array<[string, string, string, string]> = [
        ['child-dialog', '/children', 'Children', 'Add a child'],
        ['episode-dialog', `/child/${PIP}`, 'Demo-Pip Fictionhurst', 'Add episode'],
      ];
      for (const [name, path, heading, button] of dialogs) {
        await page.evaluate((p) => (window.location.hash = p), `#${path}`);
        // The screen first: a button of the same name on the screen being left must not take the click.
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        await page.getByRole('button', { name: button }).click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        const sideways = await dialog.evaluate((d) => {
          const content = d.querySelector('.MuiDialogContent-root');
          const paper = d.querySelector('.MuiDialog-paper')?.getBoundingClientRect();
          return {
            content: content ? content.scrollWidth - content.clientWidth : 0,
            paper: paper ? Math.round(paper.right - document.documentElement.clientWidth) : 0,
          };
        });
        expect.soft(sideways, `${name} fits the window`).toEqual({ content: 0, paper: expect.any(Number) });
        expect.soft(sideways.paper, `${name} stays on screen`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SCREENSHOTS, `reflow-${size.name}-${name}.png`) });
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }

      // The main navigation: every screen reachable from the keyboard, none of it off the screen.
      const nav = page.getByRole('navigation', { name: 'Main' });
      const menu = page.getByRole('button', { name: 'Menu' });
      const folded = await menu.isVisible();
      if (folded) {
        await menu.focus();
        await page.keyboard.press('Enter');
        await page.screenshot({ path: join(SCREENSHOTS, `reflow-${size.name}-menu.png`) });
      }
      for (const label of ['Due', 'Children', 'Meetings', 'Daily Review', 'Dashboard', 'Settings']) {
        await expect(nav.getByRole('link', { name: label, exact: true })).toBeInViewport({ ratio: 1 });
      }
      if (folded) {
        // Tabbing on past the last link closes the panel, which would otherwise lie over what is focused next.
        await nav.getByRole('link', { name: 'Settings', exact: true }).focus();
        await page.keyboard.press('Tab');
        await expect(nav.getByRole('link', { name: 'Due', exact: true })).toBeHidden();
        await menu.press('Enter');
      }
      await nav.getByRole('link', { name: 'Dashboard', exact: true }).press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monthly dashboard');
    });

    stickyTest(size.name);
  });
}

// A laptop at 100% (a 1366 x 768 screen less the browser's bars): here the app bar, the meeting's tab bar and the
// agenda all stick, so this is where a focused control could slide under them (without scroll-padding-top the
// minutes box and "← Due" both land under the bars here).
test.describe('at 1280 x 720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  stickyTest('1280px');
});

// Session 5 saw the walk stuck on the child page after the meeting's Pack and Attendance; the time had gone on a
// 180,000 px full-page screenshot of Due (now laid out as cards below 900 px). This pins what a chair does there:
// leaves the meeting by the main navigation and works on another screen straight away.
test.describe('at 200% zoom, leaving a meeting', () => {
  test.use({ viewport: SIZES[1].viewport, deviceScaleFactor: SIZES[1].deviceScaleFactor });

  test('a chair leaves a meeting after its Pack and Attendance and adds an episode on the child page', async ({
    page,
    demoApp,
  }) => {
    const id = await meetingFor(demoApp);
    await demoApp.open(page, `/meeting/${id}`);
    const meeting = new MeetingPageModel(page);
    await meeting.openTab('Pack');
    await expect(page.getByRole('tab', { name: /^Pack/ })).toHaveAttribute('aria-selected', 'true');
    await meeting.openTab('Attendance');
    await expect(page.getByRole('heading', { name: 'Attendance', exact: true })).toBeVisible();

    // At 640 px the main navigation is folded under Menu.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Children', exact: true })
      .click();
    await expect(page).toHaveURL(/#\/children$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Children');
    await expect(page.getByTestId('minutes-editor')).toHaveCount(0);

    await page
      .getByRole('table', { name: 'Children' })
      .getByRole('link', { name: 'Demo-Pip Fictionhurst' })
      .click();
    await expect(page).toHaveURL(new RegExp(`#/child/${PIP}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo-Pip Fictionhurst');
    await page.getByRole('button', { name: 'Add episode' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    // And back: the browser's Back button returns to the child list, then to the meeting, on the tab left open.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Children');
    await page.goBack();
    await expect(page.getByRole('tab', { name: /^Attendance/ })).toHaveAttribute('aria-selected', 'true');
  });
});
