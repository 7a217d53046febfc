import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './pages/axe';
import { TimelinePage } from './pages/timeline-page';

const SESSION = '/events/ukraine-us-talks-riyadh-2025-03-23';

test.describe('sharing, citing and subscribing', () => {
  test('an event page describes itself as a schema.org Event and offers a citation and BibTeX', async ({ page }) => {
    await page.goto(SESSION);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'Ukraine–U.S. talks in Riyadh',
      startDate: '2025-03-23T17:30+02:00',
      location: { name: 'Riyadh' },
    });
    await expect(page).toHaveTitle('Ukraine–U.S. talks in Riyadh · Parley');
    const cite = page.getByRole('region', { name: 'Cite this event' });
    const origin = new URL(page.url()).origin;
    await expect(cite).toContainText(
      `Parley. “Ukraine–U.S. talks in Riyadh.” Event record, 23 March 2025, Riyadh, Saudi Arabia. Version`,
    );
    await expect(cite).toContainText(`${origin}${SESSION}`);
    await expect(cite.locator('pre')).toContainText('@misc{parley:ukraine-us-talks-riyadh-2025-03-23,');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('link previews are PNG images drawn on this server, one per event and per view', async ({ page, request }) => {
    await page.goto(SESSION);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toContain('/events/ukraine-us-talks-riyadh-2025-03-23/opengraph-image');
    const png = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');

    await page.goto('/?party=russia,united-states&partyMatch=all');
    await expect(page).toHaveTitle('Timeline: party Russia and United States · Parley');
    const view = await page.locator('meta[property="og:image"]').getAttribute('content');
    const viewPng = await request.get(new URL(view!, page.url()).pathname + new URL(view!, page.url()).search);
    expect(viewPng.status()).toBe(200);
    expect(viewPng.headers()['content-type']).toBe('image/png');
    expect((await viewPng.body()).length).toBeGreaterThan(5_000);
  });

  test('the timeline shows the calendar feed’s address and subscribes by webcal://, Google and Outlook', async ({
    page,
  }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto('?party=russia');
    const origin = new URL(page.url()).origin;
    const feed = `${origin}/feeds/events.ics?party=russia`;
    await expect(page.getByRole('textbox', { name: 'Calendar feed address' })).toHaveValue(feed);
    await expect(page.getByRole('link', { name: 'Open in your calendar app' })).toHaveAttribute(
      'href',
      feed.replace(/^http/, 'webcal'),
    );
    await expect(page.getByRole('link', { name: 'Add to Google Calendar' })).toHaveAttribute(
      'href',
      `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(feed.replace(/^http/, 'webcal'))}`,
    );
    await expect(page.getByRole('link', { name: 'Add to Outlook' })).toHaveAttribute(
      'href',
      new RegExp(`addfromweb\\?url=${encodeURIComponent(feed).replace(/[.?]/g, '\\$&')}`),
    );
    // The address follows the filters.
    await timeline.facet('Party', 'Ukraine').check();
    await expect(page.getByRole('textbox', { name: 'Calendar feed address' })).toHaveValue(
      `${origin}/feeds/events.ics?party=russia%2Cukraine`,
    );
  });

  test('every page ends in a footer with about, the API, the feeds and the data licence', async ({ page }) => {
    await page.goto('/topics/ceasefire');
    const footer = page.getByRole('contentinfo');
    for (const [name, href] of [
      ['About', '/about'],
      ['API reference', '/api-docs'],
      ['Atom feed', '/feeds/events.atom'],
      ['Calendar feed', '/feeds/events.ics'],
    ]) {
      await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
    await expect(footer).toContainText('CC BY 4.0');
    await footer.getByRole('link', { name: 'About', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'About Parley' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('the timeline at any size', () => {
  test('on a phone, "Show N events" takes the reader from the chosen filters to the list', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await page.getByRole('button', { name: 'Show filters' }).click();
    await timeline.facet('Party', 'Russia').check();
    const show = page.getByRole('button', { name: /^Show \d+ events?$/ });
    await expect(show).toHaveText(/^Show 7 events$/);
    await show.click();
    await expect(page.getByRole('button', { name: 'Show filters' })).toBeVisible();
    await expect(timeline.status).toBeInViewport();
    await expect(timeline.status).toBeFocused();
  });

  test('on a short wide window the sticky sidebar scrolls, so the exports stay reachable', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 480 });
    const timeline = new TimelinePage(page);
    await timeline.goto();
    const csv = page.getByRole('link', { name: /^CSV/ });
    await csv.scrollIntoViewIfNeeded();
    await expect(csv).toBeInViewport();
    // The page itself scrolled no further than the sidebar's own top (the story so far sits above it):
    // the sidebar scrolled within itself to bring the exports up, not the page to the end of the list.
    const sidebarTop = await csv.evaluate((link) => {
      let box: HTMLElement | null = link.parentElement;
      while (box && getComputedStyle(box).position !== 'sticky') box = box.parentElement;
      return box
        ? box.getBoundingClientRect().top + window.scrollY - parseFloat(getComputedStyle(box).top || '0')
        : null;
    });
    expect(sidebarTop, 'the exports sit in a sticky sidebar').not.toBeNull();
    expect(await page.evaluate(() => window.scrollY)).toBeLessThanOrEqual(sidebarTop! + 1);
  });
});
