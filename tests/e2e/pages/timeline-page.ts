import { expect, type Locator, type Page } from '@playwright/test';

/** The timeline at `/`, as a reader uses it. */
export class TimelinePage {
  readonly list: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly axis: Locator;
  readonly axisFigure: Locator;
  readonly axisPlot: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Events, oldest first' });
    this.search = page.getByRole('searchbox', { name: 'Search titles, summaries and sources' });
    this.status = page.getByRole('status').filter({ hasText: /\d+ events?/ });
    this.axis = page.getByRole('group', { name: /Events over time/ });
    this.axisFigure = page.locator('figure[data-axis-from]');
    this.axisPlot = page.getByTestId('time-axis');
  }

  /** Waits until the axis answers the wheel, drag and keys: a key pressed before that is lost. */
  async axisReady() {
    await expect(this.axisPlot).toHaveAttribute('data-zoom-ready', 'true');
  }

  /** The axis's plot, scrolled into view (the story so far sits above it), for the mouse to use. */
  async axisBox() {
    await this.axisReady();
    await this.axisPlot.scrollIntoViewIfNeeded();
    return (await this.axisPlot.boundingBox())!;
  }

  async goto(query = '') {
    await this.page.goto(`/${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  }

  /** An event's entry while it is drawn; the list is virtualised, so see `scrollToEvent`. */
  event(title: string): Locator {
    return this.list.getByRole('article', { name: title, exact: true });
  }

  private async nextFrame() {
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }

  /**
   * Walks the whole virtualised list from the top, a screenful at a time, calling `visit` on
   * each screen; stops early when `visit` answers true.
   */
  private async walk(visit: () => Promise<boolean>) {
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.nextFrame();
    for (;;) {
      if (await visit()) return;
      const moved = await this.page.evaluate(() => {
        const before = window.scrollY;
        window.scrollBy(0, window.innerHeight * 0.7);
        return window.scrollY !== before;
      });
      if (!moved) return;
      await this.nextFrame();
    }
  }

  /** Scrolls until something in the list is drawn (in view or just beyond), and returns it. */
  async scrollTo(target: Locator): Promise<Locator> {
    await this.walk(async () => (await target.count()) > 0);
    return target;
  }

  scrollToEvent(title: string): Promise<Locator> {
    return this.scrollTo(this.event(title));
  }

  dayHeading(name: string | RegExp): Locator {
    return this.list.getByRole('heading', { level: 2, name });
  }

  /** Every event title in list order, read by scrolling through the whole list. */
  async allTitles(): Promise<string[]> {
    await expect(this.list).toBeVisible();
    const seen: string[] = [];
    await this.walk(async () => {
      for (const title of await this.list.getByRole('article').getByRole('heading', { level: 3 }).allTextContents())
        if (!seen.includes(title)) seen.push(title);
      return false;
    });
    return seen;
  }

  facet(group: 'Kind' | 'Party' | 'Topic' | 'Person' | 'Location', name: string): Locator {
    return this.page
      .getByRole('group', { name: group, exact: true })
      .getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
  }

  /** "any of" or "all of" the chosen parties or people. */
  matchMode(group: 'Party' | 'Person', mode: 'any of' | 'all of'): Locator {
    return this.page.getByRole('group', { name: group, exact: true }).getByRole('radio', { name: mode });
  }

  async openFiltersIfCollapsed() {
    const toggle = this.page.getByRole('button', { name: 'Show filters' });
    if (await toggle.isVisible()) await toggle.click();
  }

  async searchFor(text: string) {
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  /** Sets a flag on the window: still there later means the page was never reloaded. */
  async markDocument() {
    await this.page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  }

  async isSameDocument(): Promise<boolean> {
    return this.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
  }
}
