import { expect, type Locator, type Page } from '@playwright/test';

/** A party's page at /parties/[slug]. */
export class PartyPage {
  readonly heading: Locator;
  readonly positions: Locator;
  readonly people: Locator;
  readonly delegations: Locator;
  readonly events: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.positions = page.getByRole('region', { name: 'Positions by topic' });
    this.people = page.getByRole('region', { name: 'People and titles' });
    this.delegations = page.getByRole('region', { name: 'Delegations' });
    this.events = page.getByRole('region', { name: 'Events and roles' });
  }

  async goto(slug: string) {
    return this.page.goto(`/parties/${slug}`);
  }

  /** The block of one topic in the positions section. */
  position(topic: string): Locator {
    return this.positions.getByRole('region', { name: topic, exact: true });
  }

  async expectName(name: string) {
    await expect(this.heading).toHaveText(name);
  }
}
