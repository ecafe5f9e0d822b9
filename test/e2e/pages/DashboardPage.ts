import type { Locator, Page } from '@playwright/test';

/** The monthly dashboard: month picker, charts with their tables, and the Word and CSV exports. */
export class DashboardPage {
  readonly month: Locator;
  readonly charts: Locator;
  readonly exportWord: Locator;
  readonly exportCsv: Locator;

  constructor(readonly page: Page) {
    this.month = page.getByRole('combobox', { name: 'Month' });
    this.charts = page.getByTestId('dashboard-chart');
    this.exportWord = page.getByRole('button', { name: 'Export to Word' });
    this.exportCsv = page.getByRole('button', { name: 'Export CSV' });
  }

  async goto(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/dashboard'));
  }

  table(name: string): Locator {
    return this.page.getByRole('table', { name, exact: true });
  }

  /** The table's body rows as the text of their cells. */
  async rows(name: string): Promise<string[][]> {
    const rows = this.table(name).locator('tbody tr');
    const out: string[][] = [];
    for (const row of await rows.all()) out.push(await row.locator('td').allInnerTexts());
    return out;
  }
}
