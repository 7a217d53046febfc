import { expect, type Locator, type Page } from '@playwright/test';

/** The participant directory at /participants. */
export class ParticipantsPage {
  readonly filters: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.filters = page.getByRole('search', { name: 'Filter participants' });
    this.status = page.getByRole('status');
  }

  async goto(search = '') {
    await this.page.goto(`/participants${search}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Participants' })).toBeVisible();
  }

  /** A person's entry, found by the name in its heading. */
  person(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  /** The names of every person listed, in page order. */
  async personNames(): Promise<string[]> {
    return this.page.locator('article[aria-labelledby^="person-"]').getByRole('heading').allTextContents();
  }

  async filterBy(label: 'Party' | 'Role' | 'Took part in' | 'Show' | 'Order', option: string) {
    await this.filters.getByLabel(label).selectOption({ label: option });
  }

  async search(text: string) {
    await this.filters.getByLabel('Search names, aliases and titles').fill(text);
  }

  async apply() {
    await this.filters.getByRole('button', { name: 'Apply filters' }).click();
    await this.page.waitForURL(/\/participants\?/);
  }
}
