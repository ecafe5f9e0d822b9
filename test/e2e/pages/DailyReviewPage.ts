import type { Locator, Page } from '@playwright/test';

/** The Daily Review board: a list per reason to discuss a child, and the button that makes the meeting. */
export class DailyReviewPage {
  readonly start: Locator;

  constructor(readonly page: Page) {
    this.start = page.getByRole('button', { name: 'Start today’s Daily Review' });
  }

  async goto(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/daily-review'));
  }

  async loadDemoData(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load demo data' }).click();
    await this.start.waitFor();
  }

  /** One list's table, e.g. "Missing now". */
  list(title: string): Locator {
    return this.page.getByRole('table', { name: title, exact: true });
  }

  /** The children a list names, in order. */
  async childrenIn(title: string): Promise<string[]> {
    return this.list(title).locator('tbody tr td:first-child a').allInnerTexts();
  }
}
