import type { Locator, Page } from '@playwright/test';

/** The children list, as a team leader uses it: search, filter, open a child. */
export class ChildrenPage {
  readonly search: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByLabel('Search by name or case reference');
    this.table = page.getByRole('table', { name: 'Children' });
  }

  async goto(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/children'));
  }

  async loadDemoData(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load demo data' }).click();
    await this.table.waitFor();
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  async openChild(name: string): Promise<void> {
    await this.table.getByRole('link', { name }).click();
  }
}
