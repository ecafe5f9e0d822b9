import type { Locator, Page } from '@playwright/test';

/** A child's page: header, chronology chart and table, push/pull factors, the episode dialog. */
export class ChildPageModel {
  readonly chronology: Locator;
  readonly chartMarks: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.chronology = page.getByRole('table', { name: 'Chronology' });
    this.chartMarks = page.getByTestId('chronology-mark');
    this.dialog = page.getByRole('dialog');
  }

  async startAddEpisode(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add episode' }).click();
    await this.dialog.waitFor();
  }

  async chooseCategory(label: string): Promise<void> {
    await this.dialog.getByLabel('Category').click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async fill(label: string, value: string): Promise<void> {
    const field = this.dialog.getByLabel(label);
    await field.fill(value);
    await field.blur();
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save episode' }).click();
  }
}
