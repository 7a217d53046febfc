// The event form as a test drives it: by labels and roles, as a keyboard or screen-reader user would.
import { expect, type Locator, type Page } from '@playwright/test';

export class EventFormPage {
  constructor(readonly page: Page) {}

  async openNew() {
    await this.page.goto('/events/new');
    await expect(this.page.getByRole('heading', { name: 'New event' })).toBeVisible();
  }

  async openEdit(slug: string) {
    await this.page.goto(`/events/${slug}/edit`);
    await expect(this.page.getByRole('heading', { name: /^Edit/ })).toBeVisible();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Types into a picker and chooses the option whose text matches. */
  async pick(combobox: Locator, text: string, option: string | RegExp = text) {
    await combobox.click();
    await combobox.fill(text);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Types a name no record has and creates it through the inline dialog. */
  async createInline(combobox: Locator, text: string, fill: (dialog: Locator) => Promise<void> = async () => {}) {
    await combobox.click();
    await combobox.fill(text);
    await this.page.getByRole('option', { name: `“${text}”`, exact: false }).click();
    await expect(this.dialog).toBeVisible();
    await fill(this.dialog);
    await this.dialog.getByRole('button', { name: /^Create / }).click();
    await expect(this.dialog).toBeHidden();
  }

  group(name: string): Locator {
    return this.page.getByRole('group', { name });
  }

  async save() {
    await this.page.getByRole('button', { name: /^(Create event|Save changes)$/ }).click();
  }
}
