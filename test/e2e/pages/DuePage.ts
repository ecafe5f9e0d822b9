import type { Locator, Page } from '@playwright/test';
import type { HomewardApp } from '../fixtures';

/** The Due screen: every child's protocol requirements, most urgent first. */
export class DuePage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Due' });
  }

  /** Opens the app on the Due screen of an empty database and loads the demo data from its button. */
  static async openWithDemoData(app: HomewardApp, page: Page): Promise<DuePage> {
    await app.open(page, '/due');
    await page.getByRole('button', { name: 'Load demo data' }).click();
    const due = new DuePage(page);
    await due.table.waitFor();
    return due;
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
