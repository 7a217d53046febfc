import { expect, test } from '@playwright/test';

test('the home page lists both Riyadh sessions in time order, each in its own zone', async ({ page }) => {
  await page.goto('/');
  const ukraine = page.getByRole('article').filter({ hasText: 'Ukraine–U.S. talks in Riyadh' });
  const russia = page.getByRole('article').filter({ hasText: 'Russia–U.S. talks in Riyadh' });
  await expect(ukraine).toBeVisible();
  await expect(russia).toBeVisible();
  await expect(ukraine).toContainText('17:30 EET');
  await expect(russia).toContainText('24 March 2025');
  const titles = await page.getByRole('article').getByRole('heading').allTextContents();
  expect(titles.indexOf('Ukraine–U.S. talks in Riyadh')).toBeLessThan(titles.indexOf('Russia–U.S. talks in Riyadh'));
});
