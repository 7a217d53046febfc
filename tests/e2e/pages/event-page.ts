import type { Locator, Page } from '@playwright/test';

/** One event's page at `/events/[slug]`. */
export class EventPage {
  constructor(readonly page: Page) {}

  goto(slug: string) {
    return this.page.goto(`/events/${slug}`);
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  section(name: 'Sources' | 'Related events' | 'Status history' | 'Parties' | 'People' | 'Readouts compared'): Locator {
    return this.page.getByRole('region', { name });
  }
}
