import type { Locator, Page } from '@playwright/test';

/** The Due screen: every child's protocol requirements, most urgent first. */
export class DuePage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Due' });
  }

  async goto(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/due'));
    await this.table.waitFor();
  }

  /** The rows about one child that mention `what`, e.g. "Stage 1 MIM". */
  rowFor(childName: string, what: string | RegExp): Locator {
    return this.table.getByTestId('due-row').filter({ hasText: childName }).filter({ hasText: what });
  }
}
