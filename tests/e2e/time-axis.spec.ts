import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations } from './pages/axe';
import { TimelinePage } from './pages/timeline-page';

/** The window the axis shows, in epoch milliseconds. */
async function shown(figure: Locator) {
  const [from, to] = await Promise.all([figure.getAttribute('data-axis-from'), figure.getAttribute('data-axis-to')]);
  return { from: Date.parse(from!), to: Date.parse(to!) };
}

test.describe('the time axis', () => {
  test('zooms in under the wheel, and out again', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    const before = await shown(timeline.axisFigure);
    const box = await timeline.axisBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // d3-zoom scales by 2^(0.002 × 400) ≈ 1.74 per 400 px of wheel: twice is about 3 times closer.
    await page.mouse.wheel(0, -400);
    await page.mouse.wheel(0, -400);
    await expect
      .poll(async () => (await shown(timeline.axisFigure)).to - (await shown(timeline.axisFigure)).from)
      .toBeLessThan((before.to - before.from) / 2);
    const zoomed = await shown(timeline.axisFigure);
    expect(zoomed.from).toBeGreaterThanOrEqual(before.from);
    expect(zoomed.to).toBeLessThanOrEqual(before.to);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(async () => shown(timeline.axisFigure)).toEqual(before);
  });

  test('pans with the arrow keys and zooms with + and -, and Enter shows the dates in view', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await timeline.axisReady();
    await timeline.axis.focus();
    const start = await shown(timeline.axisFigure);
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await expect
      .poll(async () => (await shown(timeline.axisFigure)).to - (await shown(timeline.axisFigure)).from)
      .toBeLessThan((start.to - start.from) / 4);
    const zoomed = await shown(timeline.axisFigure);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await shown(timeline.axisFigure)).from).toBeLessThan(zoomed.from);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await shown(timeline.axisFigure)).from).toBeGreaterThan(zoomed.from);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
    await expect(timeline.status).toHaveText(/^\d+ events? match/);
  });

  test('brushing with Shift held sets from and to in the URL and filters the list', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await timeline.markDocument();
    const box = await timeline.axisBox();
    const y = box.y + box.height / 2;
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + box.width * 0.55, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.97, y, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(page).toHaveURL(/\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
    const url = new URL(page.url());
    const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!];
    await expect(timeline.status).toHaveText(/^\d+ events? match/);
    const { items } = await (await page.request.get(`/api/events?from=${from}&to=${to}`)).json();
    await expect(timeline.status).toHaveText(
      new RegExp(`^${items.length} event${items.length === 1 ? ' matches' : 's match'}`),
    );
    expect(await timeline.allTitles()).toEqual(items.map((event: { title: string }) => event.title));
    await expect(timeline.axisPlot.getByTestId('axis-chosen')).toBeAttached();
    expect(await timeline.isSameDocument()).toBe(true);
  });

  test('brushes with a drag in "Select dates" mode, the way on a touch screen', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await page.getByRole('button', { name: 'Select dates' }).click();
    await expect(page.getByRole('button', { name: 'Select dates' })).toHaveAttribute('aria-pressed', 'true');
    const box = await timeline.axisBox();
    await page.mouse.move(box.x + box.width * 0.2, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + 10, { steps: 5 });
    await page.mouse.up();
    await expect(page).toHaveURL(/\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
    await page.getByRole('button', { name: 'Show all dates' }).click();
    await expect(timeline.status).toHaveText('10 events');
  });

  test('draws sessions to scale once zoomed in on a few events, with a lane per party', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto('?from=2025-03-23&to=2025-03-25');
    // The Ukraine–U.S. session (five hours) is a span in the overall row;
    // the Russia–U.S. one, known only to the day, a point.
    const all = timeline.axisPlot.locator('[data-axis-row="all"] g[data-spans]');
    await expect(all).toHaveAttribute('data-spans', /^[1-9]/);
    await expect(all).toHaveAttribute('data-points', /^[1-9]/);
    await expect(timeline.axisFigure.getByText('All events')).toBeVisible();
    await expect(timeline.axisFigure.getByText('Russia', { exact: true })).toBeVisible();
  });

  test('is in the server’s HTML and has no axe violations in dark mode', async ({ page, browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto('/');
    await expect(bare.getByTestId('time-axis').locator('path[d^="M"]').first()).toBeAttached();
    await context.close();
    await page.emulateMedia({ colorScheme: 'dark' });
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await expect(timeline.axis).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('the story so far', () => {
  test('leads the unfiltered timeline with its sections, each linking into the timeline', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    const story = page.getByRole('region', { name: 'The story so far' });
    await expect(story).toBeVisible();
    for (const heading of ['Latest developments', 'Outcomes', 'Last session announced', 'At the table']) {
      await expect(story.getByRole('heading', { name: heading })).toBeVisible();
    }
    const table = story.getByRole('region', { name: 'At the table' });
    await expect(table.getByRole('link', { name: 'Rustem Umerov', exact: true })).toHaveAttribute(
      'href',
      '/people/rustem-umerov',
    );
    await expect(story.getByRole('region', { name: 'Outcomes' })).toContainText(
      'Partial truce on strikes against energy infrastructure',
    );
    await expect(story.getByRole('region', { name: 'Last session announced' })).toContainText(
      'Russia–U.S. talks in Riyadh',
    );

    await story.getByRole('link', { name: 'All agreements and proposals →' }).click();
    await expect(page).toHaveURL(/\/\?kind=agreement,proposal$/);
    await expect(timeline.status).toHaveText(/^\d+ events? match/);
    await expect(story).toHaveCount(0);
    await page.goBack();
    await expect(story).toBeVisible();
    await table.getByRole('link', { name: 'Rustem Umerov’s events →' }).click();
    await expect(page).toHaveURL(/\/\?person=rustem-umerov$/);
    expect(await timeline.allTitles()).toContain('Ukraine–U.S. talks in Riyadh');
    await page.goBack();
    // The seed's two commitments are open (agreed in principle, proposed): both are named, and the
    // link leads to the tracker showing the open ones.
    const open = story.getByRole('region', { name: 'Open commitments' });
    await expect(open.getByTestId('open-commitment')).toHaveCount(2);
    await expect(open).toContainText('Halt strikes on energy infrastructure temporarily');
    await open.getByRole('link', { name: 'All 2 open in the tracker →' }).click();
    await expect(page).toHaveURL(/\/commitments\?status=proposed&/);
    await expect(page.getByRole('list', { name: 'Commitments' }).getByTestId('commitment')).toHaveCount(2);
  });

  test('gives way to the filtered timeline as soon as a filter is chosen', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await expect(page.getByRole('region', { name: 'The story so far' })).toBeVisible();
    await timeline.openFiltersIfCollapsed();
    await timeline.facet('Party', 'Russia').check();
    await expect(page).toHaveURL(/\?party=russia$/);
    await expect(page.getByRole('region', { name: 'The story so far' })).toHaveCount(0);
  });
});
