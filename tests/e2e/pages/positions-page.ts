import { expect, type Locator, type Page } from '@playwright/test';

/** The positions matrix at /positions: a table on wide screens, a list per party on narrow ones. */
export class PositionsPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Latest stated position of each party on each topic' });
  }

  async goto() {
    await this.page.goto('/positions');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Positions' })).toBeVisible();
  }

  /** The table cell of a party (row) and a topic (column). */
  async cell(party: string, topic: string): Promise<Locator> {
    const headers = await this.table.getByRole('columnheader').allTextContents();
    const column = headers.indexOf(topic);
    expect(column, `a column for ${topic}`).toBeGreaterThan(0);
    const row = this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: party, exact: true }) });
    return row.getByRole('cell').nth(column - 1);
  }

  /** On a narrow screen: a topic's entry (term and stance) in a party's list. */
  listEntry(party: string, topic: string): Locator {
    return this.page
      .getByRole('region', { name: party, exact: true })
      .locator('dl > div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: topic }) });
  }
}
