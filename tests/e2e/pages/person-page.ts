import { expect, type Locator, type Page } from '@playwright/test';

/** A person's page at /people/[slug]. */
export class PersonPage {
  readonly heading: Locator;
  readonly events: Locator;
  readonly affiliations: Locator;
  readonly statements: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.events = page.getByRole('region', { name: 'Events taken part in' });
    this.affiliations = page.getByRole('region', { name: 'Titles and affiliations' });
    this.statements = page.getByRole('region', { name: 'Statements attributed' });
  }

  async goto(slug: string) {
    return this.page.goto(`/people/${slug}`);
  }

  /** One event of the compact timeline, found by its title. */
  event(title: string): Locator {
    return this.events
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  async expectName(name: string) {
    await expect(this.heading).toHaveText(name);
  }
}
