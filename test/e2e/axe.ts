import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 level A and AA, as the Public Sector Bodies Accessibility Regulations require. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Scans the page as it stands with axe-core and records a soft failure naming each rule and the elements that break
 * it, so one run reports every screen's faults rather than stopping at the first.
 */
export async function expectNoAxeViolations(page: Page, screen: string, within?: string): Promise<void> {
  // MUI's enter transitions fade dialogs and menus in; scanning mid-fade measures contrast against half-opacity.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))));
  const builder = new AxeBuilder({ page });
  // A dialog over a screen already scanned: only the dialog, as a scan of a whole screen costs seconds on CI.
  if (within) builder.include(within);
  const results = await builder
    .withTags(WCAG_TAGS)
    // Two best-practice rules the hand check found faults under, kept so they stay fixed: a header cell with no
    // text, and an ARIA role an element may not take (a label posing as a button).
    .options({ rules: { 'empty-table-header': { enabled: true }, 'aria-allowed-role': { enabled: true } } })
    .analyze();
  const faults = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
      v.nodes
        .map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join('\n'),
  );
  expect.soft(faults.length, `axe found WCAG 2.2 A/AA faults on ${screen}:\n${faults.join('\n')}`).toBe(0);
}
