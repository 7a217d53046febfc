import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('the API reference page', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`reads at 360 px in ${colorScheme} mode with no axe violations`, async ({ page }) => {
      // axe walks every table of a long page: give it room on a busy machine.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto('/api-docs');
      await expect(page.getByRole('heading', { level: 1, name: 'Parley API' })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('lists each endpoint with its parameters, and links response types to their schema', async ({ page }) => {
    await page.goto('/api-docs');
    const list = page.locator('#listEvents');
    await expect(list).toContainText('/api/events');
    await expect(list.getByRole('rowheader', { name: 'party in query', exact: true })).toBeVisible();
    await expect(list.getByRole('rowheader', { name: 'partyMatch in query', exact: true })).toBeVisible();
    await list.getByRole('link', { name: 'EventPage' }).click();
    await expect(page).toHaveURL(/#schema-EventPage$/);
    await expect(page.getByRole('heading', { name: 'EventPage', exact: true })).toBeInViewport();
    await expect(page.locator('#schema-EventPage').getByRole('rowheader', { name: 'nextCursor' })).toBeVisible();
  });

  test('offers downloads and subscriptions of every event, reachable by keyboard', async ({ page }) => {
    await page.goto('/api-docs');
    const exports = page.getByRole('region', { name: 'Export and subscribe' });
    await expect(exports.getByRole('link', { name: /^CSV/ })).toHaveAttribute('href', '/api/exports/events.csv');
    await expect(exports.getByRole('link', { name: /^Atom feed/ })).toHaveAttribute('href', '/feeds/events.atom');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('link', { name: /^CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('parley-events.csv');
    await exports.getByRole('link', { name: /^JSON/ }).focus();
    await expect(exports.getByRole('link', { name: /^JSON/ })).toBeFocused();
  });

  test('shows code as code, never as raw backticks', async ({ page }) => {
    await page.goto('/api-docs');
    await expect(page.getByRole('heading', { level: 1, name: 'Parley API' })).toBeVisible();
    expect(await page.locator('main').innerText()).not.toContain('`');
  });

  test('at 360 px breaks no word in two, in prose or in code: paths wrap after a slash, names between their words', async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/api-docs');
    await expect(page.getByRole('heading', { level: 1, name: 'Parley API' })).toBeVisible();
    // A run of letters in one text node has no place to wrap (code's places are <wbr>s, which
    // end a text node): drawn on two lines, it was broken mid-word.
    const broken = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\p{L}{2,}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1)
            found.push(`${match[0]} in “${node.parentElement?.textContent?.slice(0, 60)}”`);
        }
      }
      return found;
    });
    expect(broken).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    // The longest path still reads as one, wrapping only where <wbr> allows.
    await expect(page.locator('h3', { hasText: '/api/exports/events.csv' }).first().locator('wbr')).toHaveCount(4);
  });

  test('renders its prose from Markdown at 360 px: headings, a list, code and emphasis, none of it as raw marks', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'API reference' }).click();
    await expect(page).toHaveURL(/\/api-docs$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Parley API' })).toBeVisible();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(2);
    const intro = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) });
    const statuses = intro.getByRole('list').filter({ hasText: 'no such record' });
    await expect(statuses.getByRole('listitem')).toHaveCount(4);
    await expect(statuses.getByRole('listitem').first().locator('code').first()).toHaveText('400');
    await expect(intro.locator('strong')).toHaveText('never');
    expect(await page.locator('main').innerText()).not.toMatch(/\*\*|^- /m);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('is linked from every page', async ({ page }) => {
    await page.goto('/participants');
    await page.getByRole('link', { name: 'API reference' }).click();
    await expect(page).toHaveURL(/\/api-docs$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Parley API' })).toBeVisible();
  });
});
