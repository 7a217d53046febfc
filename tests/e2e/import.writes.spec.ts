import { expect, test } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';

test.use({ storageState: storageStateFor('analyst') });

test('an analyst checks an export file, then imports it, from the import page', async ({ page, request }) => {
  const slug = unique('page-import').toLowerCase().replace(/\s+/g, '-');
  const event = await (await request.get('/api/events/russia-us-talks-riyadh-2025-03-24')).json();
  const buffer = Buffer.from(JSON.stringify({ items: [{ ...event, slug, title: `Imported ${slug}`, related: [] }] }));

  await page.goto('/import');
  await page.getByLabel(/Export file/).setInputFiles({ name: 'events.json', mimeType: 'application/json', buffer });
  await expect(page.getByRole('button', { name: 'Import' })).toBeDisabled();
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('status')).toContainText('The check passed');
  await expect(page.getByRole('status')).toContainText('1 would be created');
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toContainText('Imported.');
  await page.goto(`/events/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Imported ${slug}`);
});
