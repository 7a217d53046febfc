import { expect, test } from '@playwright/test';
import { TimelinePage } from './pages/timeline-page';

const UKRAINE_US = 'Ukraine–U.S. talks in Riyadh';
const RUSSIA_US = 'Russia–U.S. talks in Riyadh';
const SHIPPING = 'Safety of shipping in the Black Sea on the agenda';

test.describe('the timeline', () => {
  test('shows the Riyadh sessions in order, each in Kyiv and Riyadh local time', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    const titles = await timeline.allTitles();
    expect(titles.indexOf(UKRAINE_US)).toBeGreaterThanOrEqual(0);
    expect(titles.indexOf(UKRAINE_US)).toBeLessThan(titles.indexOf(RUSSIA_US));
    expect(titles).toHaveLength(10);
    const ukraine = await timeline.scrollToEvent(UKRAINE_US);
    await expect(ukraine).toContainText('about 17:30 Kyiv (EET, UTC+2) – about 22:30');
    await expect(ukraine).toContainText('about 18:30 Riyadh (UTC+3) – about 23:30');
    await expect(ukraine).toContainText('(about 5 h)');
    await expect(ukraine).toContainText('Riyadh, Saudi Arabia');
    await expect(ukraine.getByRole('link', { name: 'Rustem Umerov' })).toHaveAttribute('href', '/people/rustem-umerov');
    await expect((await timeline.scrollTo(timeline.dayHeading('Sunday, 23 March 2025'))).first()).toBeVisible();
    await expect(await timeline.scrollToEvent(RUSSIA_US)).toContainText('24 March 2025');
    // An event known only to its month is not filed under a day.
    await expect(
      await timeline.scrollTo(timeline.dayHeading(/^March 2025, date not known more closely/)),
    ).toBeVisible();
  });

  test('shows the reader’s own time and UTC on focus', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const timeline = new TimelinePage(page);
    await timeline.goto();
    const clock = (await timeline.scrollToEvent(UKRAINE_US)).locator('time[datetime="2025-03-23T15:30:00.000Z"]');
    await clock.focus();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText('UTC: 23 March 2025, about 15:30 UTC');
    await expect(tooltip).toContainText('Your time:');
    await expect(clock).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id'))!);
  });

  test('is in the HTML before any script runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/?party=russia');
    await expect(page.getByRole('article', { name: RUSSIA_US })).toBeVisible();
    await expect(page.getByRole('article', { name: UKRAINE_US })).toHaveCount(0);
    await context.close();
  });

  test('filters by Russia without reloading: keeps the Russia–U.S. session, drops the Ukraine–U.S. one, and says so in the URL', async ({
    page,
  }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await expect(timeline.status).toHaveText('10 events');
    await timeline.markDocument();
    await timeline.facet('Party', 'Russia').check();
    await expect(page).toHaveURL(/\/\?party=russia$/);
    await expect(timeline.status).toContainText('events match');
    const titles = await timeline.allTitles();
    expect(titles).toContain(RUSSIA_US);
    expect(titles).not.toContain(UKRAINE_US);
    expect(await timeline.isSameDocument()).toBe(true);
    // A party's own choice does not narrow the party counts: Ukraine can still be added.
    await expect(timeline.facet('Party', 'Ukraine')).not.toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(timeline.status).toHaveText('10 events');
    expect(await timeline.allTitles()).toContain(UKRAINE_US);
  });

  test('Russia and the United States together: "all of" keeps only the events both took part in', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await timeline.openFiltersIfCollapsed();
    await timeline.facet('Party', 'Russia').check();
    await timeline.facet('Party', 'United States').check();
    await expect(page).toHaveURL(/\/\?party=russia(%2C|,)united-states$/);
    // Any of the two: the Ukraine–U.S. session (the U.S. without Russia) is there.
    await expect(timeline.status).toContainText('9 events match');
    expect(await timeline.allTitles()).toContain(UKRAINE_US);
    await timeline.matchMode('Party', 'all of').check();
    await expect(page).toHaveURL(/partyMatch=all/);
    await expect(timeline.status).toContainText('4 events match');
    const titles = await timeline.allTitles();
    expect(titles).toContain(RUSSIA_US);
    expect(titles).not.toContain(UKRAINE_US);
    await timeline.facet('Kind', 'Talks session').check();
    await expect(timeline.status).toContainText('2 events match');
    expect(await timeline.allTitles()).toEqual(['U.S.-mediated technical talks in Riyadh', RUSSIA_US]);
    // The choice is in the address, so a pasted link shows the same sessions.
    await page.reload();
    await expect(timeline.matchMode('Party', 'all of')).toBeChecked();
    await expect(timeline.status).toContainText('2 events match');
  });

  test('the tab title and the venue map follow filters chosen in the browser, as the server renders them', async ({
    page,
    context,
  }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await expect(page).toHaveTitle('Timeline · Parley');
    const map = page.locator('svg[data-map="venues"]');
    await expect(map.locator('a[data-venue="kyiv"]')).toBeVisible();
    await timeline.openFiltersIfCollapsed();
    await timeline.facet('Party', 'Russia').check();
    await timeline.facet('Party', 'United States').check();
    await timeline.matchMode('Party', 'all of').check();
    await expect(timeline.status).toContainText('4 events match');
    await expect(page).toHaveTitle('Timeline: party Russia and United States · Parley');
    // Only the venues of the sessions both attended: Riyadh, not the attacks on Kyiv.
    await expect(map.locator('a[data-venue="riyadh"]')).toBeVisible();
    await expect(map.locator('a[data-venue="kyiv"]')).toBeHidden();
    // The same address loaded afresh is titled by the server exactly so.
    const fresh = await context.newPage();
    await fresh.goto(page.url());
    await expect(fresh).toHaveTitle('Timeline: party Russia and United States · Parley');
    await fresh.close();
  });

  test('filters by venue: Kyiv gives the attacks on Kyiv, not the Riyadh talks', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto('?location=kyiv');
    await timeline.openFiltersIfCollapsed();
    await expect(timeline.facet('Location', 'Kyiv')).toBeChecked();
    expect(await timeline.allTitles()).toEqual(['Missile attack on Kyiv', 'Russian drone attack on Kyiv']);
  });

  test('restores a pasted filtered URL, several parties and topics at once', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto('?party=russia&topic=black-sea-shipping,ceasefire&kind=talks_session,proposal');
    await timeline.openFiltersIfCollapsed();
    await expect(timeline.facet('Party', 'Russia')).toBeChecked();
    await expect(timeline.facet('Topic', 'Black Sea shipping')).toBeChecked();
    await expect(timeline.facet('Topic', 'Ceasefire')).toBeChecked();
    await expect(timeline.facet('Kind', 'Talks session')).toBeChecked();
    await expect(timeline.facet('Kind', 'Proposal')).toBeChecked();
    await expect(timeline.facet('Party', 'Ukraine')).not.toBeChecked();
    const titles = await timeline.allTitles();
    expect(titles).toContain(RUSSIA_US);
    expect(titles).not.toContain(UKRAINE_US);
    await page.reload();
    await expect(timeline.facet('Topic', 'Black Sea shipping')).toBeChecked();
    expect(await timeline.allTitles()).toEqual(titles);
  });

  test('drops what it cannot show from a pasted URL and says so in the address', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto('?party=russia,atlantis&kind=battle&from=2025-02-30');
    await expect(page).toHaveURL(/\/\?party=russia$/);
    expect(await timeline.allTitles()).toContain(RUSSIA_US);
  });

  test('finds the shipping event by searching for Black Sea, with the words marked', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await timeline.searchFor('Black Sea');
    await expect(page).toHaveURL(/q=Black\+Sea/);
    const shipping = await timeline.scrollToEvent(SHIPPING);
    await expect(shipping).toBeVisible();
    await expect(shipping.getByRole('link', { name: SHIPPING })).toHaveAttribute(
      'href',
      '/events/black-sea-shipping-safety-on-the-agenda',
    );
    await expect(
      shipping
        .locator('mark')
        .filter({ hasText: /^Black$/ })
        .first(),
    ).toBeVisible();
    expect(await timeline.allTitles()).not.toContain(UKRAINE_US);
  });

  test('treats hostile search text as words and shows an empty state that clears in one click', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await timeline.searchFor('"<img src=x onerror=alert(1)> NEAR( title:* --');
    await expect(page.getByText('No events match.')).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(timeline.search).toHaveValue('');
    await expect(timeline.status).toHaveText('10 events');
  });

  test('selects a date range on the time axis with the keyboard', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await timeline.axisReady();
    await timeline.axis.focus();
    // Zoomed in, then panned as far as the newest events: the year-old missile attack falls out of view.
    await page.keyboard.press('+');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(timeline.axisFigure).toHaveAttribute('data-axis-from', /^2024-(09|1[0-2])/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/from=2024-\d\d-\d\d&to=2025-0[34]-\d\d/);
    await expect(timeline.axisPlot.getByTestId('axis-chosen')).toBeAttached();
    await expect(timeline.status).toHaveText(/^9 events match/);
    expect(await timeline.allTitles()).not.toContain('Missile attack on Kyiv');
    await page.getByRole('button', { name: 'Show all dates' }).click();
    await expect(timeline.status).toHaveText('10 events');
  });

  test('applies a typed date once it is complete, not digit by digit', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    const asked: string[] = [];
    page.on('request', (request) => {
      const from = new URL(request.url()).searchParams.get('from');
      if (request.url().includes('/api/events') && from !== null) asked.push(from);
    });
    const from = page.getByLabel('From');
    await from.click();
    // Month, day, then the year a digit at a time: 0002, 0020, 0202, 2025.
    await from.pressSequentially('03242025');
    await expect(page).toHaveURL(/from=2025-03-24/);
    await expect(timeline.status).toHaveText(/^\d+ events? match/);
    expect(asked.filter((value) => value !== '2025-03-24')).toEqual([]);
    expect(asked.length).toBeGreaterThan(0);
    await expect(timeline.axisPlot.getByTestId('axis-chosen')).toBeAttached();
  });

  test('shows an error with a retry when the server cannot answer', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await page.route('**/api/events?**', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: 'Something went wrong on our side. Please try again.', code: 'internal' }),
      }),
    );
    await timeline.openFiltersIfCollapsed();
    await timeline.facet('Kind', 'Agreement').check();
    await expect(page.getByRole('alert').filter({ hasText: 'The timeline could not be loaded.' })).toBeVisible();
    await page.unroute('**/api/events?**');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(timeline.status).toContainText('1 event matches');
    await expect(timeline.event('Partial truce on strikes against energy infrastructure')).toBeVisible();
  });
});
