import { expect, request as playwrightRequest, test } from '@playwright/test';
import { storageStateFor, unique, ACCOUNTS } from '../helpers/accounts';
import { expectNoAxeViolations } from './pages/axe';

test.use({ storageState: storageStateFor('analyst') });

test('an analyst creates a token (shown once), a script writes with it under their name, and a revoked token stops working', async ({
  page,
  baseURL,
}) => {
  const name = unique('Nightly script');
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'API tokens' })).toBeVisible();
  await page.getByLabel('Token name').fill(name);
  await page.getByRole('button', { name: 'Create token' }).click();
  const shown = page.getByLabel('Your new API token');
  await expect(shown).toBeVisible();
  const token = (await shown.textContent())!.trim();
  expect(token).toMatch(/^parley_[\w-]{43}$/);
  await expectNoAxeViolations(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy the token' }).click();
  await expect(page.getByRole('button', { name: 'Copy the token' })).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  const script = await playwrightRequest.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  const title = unique('Statement by script');
  const created = await script.post('/api/events', {
    data: {
      kind: 'statement',
      title,
      startsAt: '2025-06-02T09:00',
      timeZone: 'Europe/Kyiv',
      precision: 'minute',
      status: 'occurred',
    },
  });
  expect(created.status()).toBe(201);
  const event = await created.json();
  await page.goto(`/events/${event.slug}/edit`);
  await expect(page.getByRole('listitem').filter({ hasText: `Created by ${ACCOUNTS.analyst.name}` })).toBeVisible();

  // Shown once: the page lists the token by its first characters only.
  await page.goto('/account');
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(token.slice(0, 15));
  await expect(page.getByText(token)).toHaveCount(0);
  // Revoking asks first: declined, the token keeps working.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await expect.poll(() => asked).toEqual([expect.stringContaining(name)]);
  await page.reload();
  await expect(row.getByRole('button', { name: `Revoke ${name}` })).toBeVisible();
  expect((await script.get('/api/viewer')).status()).toBe(200);
  expect(await (await script.get('/api/viewer')).json()).toMatchObject({ viewer: { name: ACCOUNTS.analyst.name } });

  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await expect(row).toContainText('Revoked');

  const refused = await script.post('/api/events', {
    data: {
      kind: 'statement',
      title: unique('After revoking'),
      startsAt: '2025-06-02T09:00',
      timeZone: 'Europe/Kyiv',
      precision: 'minute',
      status: 'occurred',
    },
  });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ code: 'unauthorized' });
  await script.dispose();
});

test('the account page asks a reader to sign in', async ({ browser }) => {
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await reader.newPage();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
  await reader.close();
});
