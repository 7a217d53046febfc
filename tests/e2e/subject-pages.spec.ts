import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './pages/axe';

test.describe('topic and place pages', () => {
  test('a topic page answers with its events, what each party said and the positions over time', async ({ page }) => {
    const response = await page.goto('/topics/ceasefire');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Ceasefire' })).toBeVisible();
    await expect(page).toHaveTitle(/Ceasefire/);
    const events = page.getByRole('list', { name: 'Events on Ceasefire' });
    await expect(events.getByRole('link', { name: 'Goal of a 30-day full ceasefire' })).toHaveAttribute(
      'href',
      '/events/witkoff-30-day-full-ceasefire-goal',
    );
    const said = page.getByRole('region', { name: 'What each party said' });
    await expect(said.getByRole('heading', { level: 3, name: 'Ukraine' })).toBeVisible();
    await expect(said.getByRole('heading', { level: 3, name: 'United States' })).toBeVisible();
    await expect(said.getByRole('list', { name: 'What Ukraine said about Ceasefire, newest first' })).toContainText(
      'accused Putin of stalling for time',
    );
    await expect(page.getByRole('link', { name: 'Ceasefire on the timeline' })).toHaveAttribute(
      'href',
      '/?topic=ceasefire',
    );
    await expectNoAxeViolations(page);
  });

  test('a place page answers with the events held there, and an event page links to it', async ({ page }) => {
    await page.goto('/events/russia-us-talks-riyadh-2025-03-24');
    await page.getByRole('link', { name: 'Riyadh', exact: true }).first().click();
    await expect(page).toHaveURL(/\/locations\/riyadh$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Riyadh' })).toBeVisible();
    const events = page.getByRole('list', { name: 'Events in Riyadh' });
    await expect(events.getByRole('heading', { level: 3 })).toHaveCount(5);
    await expect(events.getByRole('link', { name: 'Russia–U.S. talks in Riyadh' })).toBeVisible();
    await expect(events.getByRole('link', { name: 'Russian drone attack on Kyiv' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Riyadh on the timeline' })).toHaveAttribute(
      'href',
      '/?location=riyadh',
    );
    await expectNoAxeViolations(page);
  });

  test('the directory lists topics and places, and an unknown one is a 404', async ({ page }) => {
    await page.goto('/participants');
    await page.getByRole('list', { name: 'Places, with their events' }).getByRole('link', { name: 'Kyiv' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kyiv' })).toBeVisible();
    await page.goto('/participants');
    await page
      .getByRole('list', { name: 'Topics, with their events' })
      .getByRole('link', { name: 'Black Sea shipping' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Black Sea shipping' })).toBeVisible();
    expect((await page.goto('/topics/no-such-topic'))?.status()).toBe(404);
    expect((await page.goto('/locations/atlantis'))?.status()).toBe(404);
  });
});

test.describe('the offline map of venues', () => {
  for (const path of ['/', '/events/russia-us-talks-riyadh-2025-03-24', '/locations/riyadh']) {
    test(`${path} marks Riyadh on a map drawn on the server, linking to its page`, async ({ browser }) => {
      // Without scripts: the map is plain SVG in the server's HTML.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(path);
      const map = page.locator('svg[data-map="venues"]');
      await expect(map).toBeVisible();
      const riyadh = map.locator('a[data-venue="riyadh"]');
      await expect(riyadh).toHaveAttribute('href', '/locations/riyadh');
      await expect(riyadh.locator('circle')).toBeVisible();
      const svgBytes = await map.evaluate((svg) => svg.outerHTML.length);
      expect(svgBytes).toBeLessThan(30_000);
      // No tiles and no map service: every request stays on this site.
      expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);
      await context.close();
    });
  }
});
