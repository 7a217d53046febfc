import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/?party=russia&q=talks',
  '/events/ukraine-us-talks-riyadh-2025-03-23',
  '/events/energy-strikes-partial-truce-march-2025',
  '/events/no-such-event',
];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`${path} has no axe violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

for (const path of PAGES) {
  test(`${path} fits a 360-pixel-wide phone without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

test('the timeline can be used from the keyboard, with a visible focus', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
  const outline = await page
    .getByRole('button', { name: 'Search' })
    .evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.getByRole('checkbox', { name: /^Russia/ }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/party=russia/);
});
