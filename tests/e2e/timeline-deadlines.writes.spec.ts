// The timeline's Deadlines panel follows the parties chosen in the browser, as the events do:
// two commitments due soon, one of Russia and the United States and one of Ukraine alone.
import { expect, test } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';
import { TimelinePage } from './pages/timeline-page';

const SOURCE = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';
const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
const russiaUs = unique('Exchange lists in Riyadh');
const ukraine = unique('Publish the list of sites');

test.beforeAll(async ({ playwright, baseURL }) => {
  const analyst = await playwright.request.newContext({ baseURL, storageState: storageStateFor('analyst') });
  for (const [text, parties, days] of [
    [russiaUs, ['russia', 'united-states'], 1],
    [ukraine, ['ukraine'], 2],
  ] as const) {
    const response = await analyst.post('/api/commitments', {
      data: {
        text,
        parties,
        timeZone: 'Asia/Riyadh',
        deadlineAt: soon(days),
        statusHistory: [{ status: 'agreed', at: soon(-1), source: SOURCE }],
      },
    });
    expect(response.status(), await response.text()).toBe(201);
  }
  await analyst.dispose();
});

test('the Deadlines panel keeps the chosen party’s deadlines when a filter is clicked, with no reload', async ({
  page,
}) => {
  const timeline = new TimelinePage(page);
  await timeline.goto();
  const panel = page.getByRole('complementary', { name: 'Deadlines' });
  await expect(panel.getByRole('link', { name: russiaUs })).toBeVisible();
  await expect(panel.getByRole('link', { name: ukraine })).toBeVisible();
  await timeline.markDocument();
  await timeline.openFiltersIfCollapsed();
  await timeline.facet('Party', 'United States').check();
  await expect(panel.getByRole('link', { name: ukraine })).toHaveCount(0);
  await expect(panel.getByRole('link', { name: russiaUs })).toBeVisible();
  expect(await timeline.isSameDocument()).toBe(true);
  // Loaded afresh, the address gives the same panel from the server.
  await page.reload();
  await expect(panel.getByRole('link', { name: russiaUs })).toBeVisible();
  await expect(panel.getByRole('link', { name: ukraine })).toHaveCount(0);
});
