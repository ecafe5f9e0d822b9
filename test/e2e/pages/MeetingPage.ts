import type { Locator, Page } from '@playwright/test';

export interface ActionFieldsInput {
  what: string;
  owner: string;
  agency?: string;
  due?: string;
}

/** A meeting's page: header and lifecycle, the pack, attendance, and the agenda in run mode. */
export class MeetingPageModel {
  readonly status: Locator;
  readonly editor: Locator;
  readonly itemStatus: Locator;
  readonly pageStatus: Locator;
  readonly agendaItems: Locator;
  readonly lockBanner: Locator;
  readonly newAction: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('meeting-status');
    this.editor = page.getByTestId('minutes-editor');
    this.itemStatus = page.getByTestId('item-save-status');
    this.pageStatus = page.getByTestId('page-save-status');
    this.agendaItems = page.getByRole('navigation', { name: 'Agenda' }).getByTestId('agenda-item');
    this.lockBanner = page.getByTestId('lock-banner');
    this.newAction = page.getByRole('group', { name: 'New action' });
  }

  /** The id in `#/meeting/<id>`. */
  id(): string {
    return decodeURIComponent(/#\/meeting\/([^/?]+)/.exec(this.page.url())?.[1] ?? '');
  }

  async openTab(name: 'Pack' | 'Attendance' | 'Agenda and minutes'): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  item(title: string): Locator {
    return this.agendaItems.filter({ hasText: title });
  }

  async selectItem(title: string): Promise<void> {
    await this.item(title).click();
  }

  /** Types as a minute-taker does, key by key, into the item in hand. */
  async typeMinutes(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('End');
    await this.page.keyboard.type(text, { delay: 5 });
  }

  async setAttendee(role: string, change: { name?: string; status?: string }): Promise<void> {
    if (change.name !== undefined) {
      const name = this.page.getByLabel(`Name: ${role}`, { exact: true });
      await name.fill(change.name);
      await name.press('Tab');
    }
    if (change.status !== undefined) {
      await this.page
        .getByLabel(`Attendance: ${role}`, { exact: true })
        .selectOption({ label: change.status });
    }
  }

  async addDecision(text: string): Promise<void> {
    const field = this.page.getByLabel('Add a decision');
    await field.fill(text);
    await field.press('Enter');
  }

  /** Fills the new-action row from the keyboard and adds it with Ctrl+Enter. */
  async addAction(a: ActionFieldsInput): Promise<void> {
    await this.page.keyboard.press('Alt+KeyA');
    await this.page.keyboard.type(a.what);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(a.owner);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(a.agency ?? '');
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(a.due ?? '');
    await this.page.keyboard.press('Control+Enter');
  }

  async lifecycle(button: 'Start meeting' | 'Conclude meeting' | 'Approve minutes'): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }
}
