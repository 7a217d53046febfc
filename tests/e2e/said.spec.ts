// What each side said, on the seed article's claims: beside a topic's events on the timeline,
// on party and person pages, and behind the cells of the positions matrix.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './pages/axe';
import { PositionsPage } from './pages/positions-page';
import { TimelinePage } from './pages/timeline-page';

const ARTICLE = 'Russia, Ukraine hold U.S.-mediated talks';
const STALLING = 'accused Putin of stalling for time';
const THIRTY_DAYS = 'the ultimate goal of the talks is a 30-day full ceasefire';

const saidAbout = (page: Page, topic: string) =>
  page.getByRole('region', { name: `What each side said about ${topic}` });

test.describe('what each side said about a topic, on the timeline', () => {
  test('/?topic=ceasefire quotes each party under its name, with speaker, kind, date, source and session', async ({
    page,
  }) => {
    await new TimelinePage(page).goto('?topic=ceasefire');
    const said = saidAbout(page, 'Ceasefire');
    const ukraine = said.getByRole('region', { name: 'Ukraine', exact: true });
    const us = said.getByRole('region', { name: 'United States', exact: true });
    await expect(ukraine.getByRole('listitem')).toContainText([STALLING]);
    await expect(us.getByRole('listitem').first()).toContainText(THIRTY_DAYS);
    await expect(us.getByRole('listitem').first()).toContainText('Steve Witkoff');
    await expect(us.getByRole('listitem').first()).toContainText('Assertion');
    await expect(us.getByRole('listitem').first()).toContainText('2025');
    await expect(us.getByRole('link', { name: ARTICLE }).first()).toBeVisible();
    await expect(us.getByRole('listitem').first().locator('a[href^="/events/"]')).toHaveCount(1);
  });

  test('honours the party filter: Ukraine’s view of the ceasefire quotes Ukraine only', async ({ page }) => {
    await new TimelinePage(page).goto('?topic=ceasefire&party=ukraine');
    const said = saidAbout(page, 'Ceasefire');
    await expect(said.getByRole('region', { name: 'Ukraine', exact: true })).toContainText(STALLING);
    await expect(said.getByRole('region', { name: 'United States', exact: true })).toHaveCount(0);
  });

  test('the timeline without a topic asks for no claims at all', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/claims')) asked.push(request.url());
    });
    const timeline = new TimelinePage(page);
    await timeline.goto();
    await expect(timeline.status).toBeVisible();
    await expect(page.getByRole('heading', { name: /What each side said/ })).toHaveCount(0);
    expect(asked).toEqual([]);
  });

  test.describe('without scripts', () => {
    test.use({ javaScriptEnabled: false });
    test('the server’s page already holds the quotes', async ({ page }) => {
      await page.goto('/?topic=ceasefire');
      await expect(saidAbout(page, 'Ceasefire')).toContainText(STALLING);
    });
  });
});

test.describe('what a party or a person said', () => {
  test('Russia’s page quotes Russia’s claims with their topic, kind, source and session', async ({ page }) => {
    await page.goto('/parties/russia');
    const said = page.getByRole('region', { name: 'What Russia said' });
    await expect(said.getByRole('listitem')).toHaveCount(2);
    await expect(said).toContainText('ensuring Ukraine never joins NATO');
    await expect(said).toContainText('asserting territorial control');
    await expect(said).toContainText('Demand (a condition)');
    await expect(said.getByRole('link', { name: 'What each side said about NATO membership' })).toHaveAttribute(
      'href',
      '/?topic=nato-membership',
    );
    await expect(said.getByRole('link', { name: ARTICLE }).first()).toBeVisible();
  });

  test('Witkoff’s page quotes him for the United States', async ({ page }) => {
    await page.goto('/people/steve-witkoff');
    const said = page.getByRole('region', { name: 'What Steve Witkoff said' });
    await expect(said).toContainText(THIRTY_DAYS);
    await expect(said.getByRole('link', { name: 'United States' })).toHaveAttribute('href', '/parties/united-states');
  });

  test('the full list of what Ukraine said, newest first, from its own address', async ({ page }) => {
    await page.goto('/parties/ukraine/said');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What Ukraine said');
    const items = page.getByRole('list', { name: 'Claims of Ukraine, newest first' }).getByRole('listitem');
    await expect(items).toHaveCount(4);
    await expect(items.filter({ hasText: 'the talks Sunday had begun around 5:30 p.m.' })).toHaveCount(1);
  });
});

test.describe('the positions matrix', () => {
  test('a cell shows the words behind the latest stance and opens its history with sources and sessions', async ({
    page,
  }) => {
    const positions = new PositionsPage(page);
    await positions.goto();
    const cell = await positions.cell('Russia', 'NATO membership');
    await expect(cell.getByRole('blockquote')).toContainText('ensuring Ukraine never joins NATO');
    await cell.getByText('History (2)').click();
    const history = cell.getByRole('listitem');
    await expect(history).toHaveCount(2);
    for (const entry of await history.all()) await expect(entry).toContainText(ARTICLE);
    // The stated position names no session; the claim behind the other entry does.
    await expect(history.locator('a[href^="/events/"]')).toHaveCount(1);
  });
});

test.describe('accessibility', () => {
  // A full axe scan of a page of quotes outlasts the default 30 s on a loaded 2-core machine.
  for (const path of ['/?topic=ceasefire', '/parties/russia', '/parties/ukraine/said', '/people/steve-witkoff']) {
    test(`${path} reads at 360 px without sideways scrolling and with no axe violations`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await expect(page.getByRole('heading', { name: /said/ }).first()).toBeVisible();
      await expectNoAxeViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }

  test('the topic view beside the events on a wide screen has no axe violations', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1440, height: 900 });
    await new TimelinePage(page).goto('?topic=ceasefire');
    await expect(saidAbout(page, 'Ceasefire')).toContainText(STALLING);
    await expectNoAxeViolations(page);
  });
});
