// What every page shares: its icon and link preview, the skip link, the generic 404, and the
// timeline's filter counts.
import { expect, test } from '@playwright/test';

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
  const names = await page.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''));
  expect(names.filter((name) => /\b1 events$/.test(name))).toEqual([]);
});
