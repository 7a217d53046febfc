// What every page shares: its icon and link preview, the skip link, the generic 404, the one
// address the timeline has, and the timeline's filter counts.
import { expect, test } from '@playwright/test';
import { TimelinePage } from './pages/timeline-page';

test('/favicon.ico and the link-preview image every page names are served', async ({ page, request }) => {
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\//);

  await page.goto('/participants');
  const preview = await page.locator('meta[property="og:image"]').getAttribute('content');
  const image = await request.get(new URL(preview!).pathname);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
});

test('the skip link moves focus to the content, so the next Tab goes on from there', async ({ page }) => {
  await page.goto('/participants');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Search names, aliases and titles')).toBeFocused();
});

test('an unknown address is titled as not found', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle('Page not found · Parley');
});

test('the timeline’s filter counts read “1 event”, never “1 events”', async ({ page }) => {
  await page.goto('/');
  // The counts arrive from the browser's facets request.
  await expect(page.getByRole('checkbox', { name: /\b1 event$/ }).first()).toBeVisible();
  const names = await page
    .getByRole('checkbox')
    .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''));
  expect(names.filter((name) => /\b1 events$/.test(name))).toEqual([]);
});

test('the timeline’s internal address sends a reader to the address it stands for, with the same query', async ({
  request,
}) => {
  const russia = Buffer.from('party=russia').toString('base64url');
  for (const [internal, address] of [
    [`/timeline/${russia}`, '/?party=russia'],
    ['/timeline/-', '/'],
    ['/timeline/-?topic=ceasefire', '/?topic=ceasefire'],
  ]) {
    const response = await request.get(internal, { maxRedirects: 0 });
    expect(response.status(), internal).toBe(308);
    expect(new URL(response.headers().location, 'http://parley.test').href, internal).toBe(
      new URL(address, 'http://parley.test').href,
    );
  }
  // The address readers use still reaches the page.
  const shown = await request.get('/?party=russia');
  expect(shown.status()).toBe(200);
  expect(await shown.text()).toContain('Russia–U.S. talks in Riyadh');
});

test('in a browser, a typed internal address ends on `/` with its query, and moving about the timeline never loops', async ({
  page,
}) => {
  const redirected: string[] = [];
  page.on('response', (response) => {
    if (
      new URL(response.url()).pathname.startsWith('/timeline/') &&
      response.status() >= 300 &&
      response.status() < 400
    )
      redirected.push(response.url());
  });
  const timeline = new TimelinePage(page);
  await page.goto(`/timeline/${Buffer.from('party=russia').toString('base64url')}`);
  await expect(page).toHaveURL(/\/\?party=russia$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  expect(await timeline.allTitles()).toContain('Russia–U.S. talks in Riyadh');
  redirected.length = 0;

  // Client navigations: a filter, back, a link into the timeline from an event page, forward.
  await timeline.markDocument();
  await timeline.facet('Party', 'Russia').uncheck();
  await expect(page).toHaveURL(/\/$/);
  await expect(timeline.status).toHaveText('10 events');
  await page.goBack();
  await expect(page).toHaveURL(/\/\?party=russia$/);
  expect(await timeline.isSameDocument()).toBe(true);
  await page.goto('/events/ukraine-us-talks-riyadh-2025-03-23');
  await page.getByRole('link', { name: 'Energy infrastructure' }).first().click();
  await expect(page).toHaveURL(/\/\?topic=energy-infrastructure$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  expect(await timeline.allTitles()).toContain('Ukraine–U.S. talks in Riyadh');
  await page.goBack();
  await expect(page).toHaveURL(/\/events\/ukraine-us-talks-riyadh-2025-03-23$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/\?topic=energy-infrastructure$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await page.getByRole('link', { name: 'Timeline', exact: true }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(timeline.status).toHaveText('10 events');
  // The client router's own requests for a view are never turned away.
  expect(redirected).toEqual([]);
});
