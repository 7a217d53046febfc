import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';

test.describe('as an admin', () => {
  test.use({ storageState: storageStateFor('admin') });

  test('restores a record an analyst deleted', async ({ page, browser }) => {
    const analyst = await browser.newContext({ storageState: storageStateFor('analyst') });
    const name = unique('Deleted topic');
    const topic = await (await analyst.request.post('/api/topics', { data: { name } })).json();
    expect((await analyst.request.delete(`/api/topics/${topic.slug}?version=1`)).status()).toBe(204);

    await page.goto('/admin');
    await expect(page.getByRole('heading', { name: 'Deleted records' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('button', { name: `Restore ${name}` }).click();
    await expect(page.getByRole('button', { name: `Restore ${name}` })).toHaveCount(0);
    const topics = (await (await page.request.get('/api/topics')).json()).items.map((t: { slug: string }) => t.slug);
    expect(topics).toContain(topic.slug);
    await analyst.close();
  });

  test('creates an account and disables it', async ({ page }) => {
    test.setTimeout(90_000); // creating an account hashes its password
    const email = `${unique('new').replace(/\s+/g, '-')}@parley.test`;
    await page.goto('/admin');
    const form = page.getByRole('form', { name: 'New account' });
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Name').fill('New Analyst');
    await form.getByLabel('Password').fill('a long enough password');
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('status')).toHaveText(`Created analyst account ${email}.`, { timeout: 60_000 });
    const row = page.getByRole('row', { name: new RegExp(email) });
    await expect(row).toContainText('Active');
    await row.getByRole('button', { name: `Disable ${email}` }).click();
    await expect(row).toContainText('Disabled');
  });
});

test('an analyst cannot open the admin page', async ({ browser }) => {
  const analyst = await browser.newContext({ storageState: storageStateFor('analyst') });
  const page = await analyst.newPage();
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/$/);
  await analyst.close();
});
