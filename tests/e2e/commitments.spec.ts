// The tracker and a commitment's page on the seed: the filters are links in the address, the
// partial truce's page shows its dated, sourced history, and axe finds nothing in either scheme.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './pages/axe';

test.describe('the commitments tracker', () => {
  test('lists the seeded commitments and narrows them by status through a link', async ({ page }) => {
    await page.goto('/commitments');
    const list = page.getByRole('list', { name: 'Commitments' });
    await expect(list.getByTestId('commitment')).toHaveCount(2);
    await page.getByRole('navigation', { name: 'Filter commitments' }).getByRole('link', { name: 'Proposed' }).click();
    await expect(page).toHaveURL(/\/commitments\?status=proposed$/);
    await expect(list.getByTestId('commitment')).toHaveCount(1);
    await expect(list.getByRole('link', { name: /^A 30-day full ceasefire/ })).toBeVisible();
    await page.getByRole('link', { name: 'Clear the filters' }).click();
    await expect(list.getByTestId('commitment')).toHaveCount(2);
  });

  test('shows the partial truce’s history, each status dated and quoted from the article', async ({ page }) => {
    await page.goto('/commitments/energy-strikes-partial-truce');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Halt strikes on energy infrastructure temporarily',
    );
    const history = page.getByRole('list', { name: 'Status history' }).getByTestId('status-change');
    await expect(history).toHaveCount(2);
    await expect(history.nth(1)).toContainText('23 March 2025');
    await expect(history.nth(1)).toContainText('as attacks persist');
    await expect(page.getByRole('region', { name: 'Sources' })).toContainText('The New York Times');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the tracker and a commitment (${scheme})`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/commitments', '/commitments/witkoff-30-day-full-ceasefire']) {
        await page.goto(path);
        await expectNoAxeViolations(page);
      }
    });
  }
});
