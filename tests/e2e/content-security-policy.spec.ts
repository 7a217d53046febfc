import { expect, test } from '@playwright/test';

test('the app works under its Content-Security-Policy: scripts run and nothing is blocked', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text()))
      violations.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Next's runtime only appears when its inline bootstrap scripts were allowed to run.
  await expect.poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe('object');
  expect(violations).toEqual([]);
});
