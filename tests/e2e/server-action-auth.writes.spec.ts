import { expect, request as playwrightRequest, test } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';

test.use({ storageState: storageStateFor('analyst') });

test('a Server Action replayed without a session fails with 401 and changes nothing', async ({ page, baseURL }) => {
  const mine = unique('Action topic');
  const replayed = unique('Replayed topic');
  await page.goto('/topics/new');
  await page.getByLabel('Name').fill(mine);
  const actionRequest = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  await page.getByRole('button', { name: 'Create topic' }).click();
  const captured = await actionRequest;
  await expect(page).toHaveURL(/\/topics\/[^/]+\/edit$/);

  // An explicitly empty state: a new request context would otherwise inherit this file's session.
  const anonymous = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const response = await anonymous.post(captured.url(), {
    headers: {
      'next-action': captured.headers()['next-action'],
      'content-type': captured.headers()['content-type'],
      accept: 'text/x-component',
      origin: baseURL!,
    },
    data: captured.postData()!.replace(mine, replayed),
  });
  expect(response.status()).toBe(401);
  const topics = (await (await anonymous.get('/api/topics')).json()).items.map((t: { name: string }) => t.name);
  expect(topics).toContain(mine);
  expect(topics).not.toContain(replayed);
  await anonymous.dispose();
});
