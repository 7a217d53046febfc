// A commitment as of a moment: its page and the tracker show the status then, under the as-of
// banner, with the countdown counted from that moment and standing still; today's version is a
// link away. The story so far names the open commitments.
import { expect, test } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';

const SOURCE = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';
const DAY = 86_400_000;

test.use({ storageState: storageStateFor('analyst') });

test('a commitment’s page and the tracker as of a moment show its status then, counted down from then', async ({
  page,
  request,
}) => {
  const topic = (await (await request.post('/api/topics', { data: { name: unique('Cm as-of page') } })).json()).slug;
  const text = unique('Withdraw heavy weapons 15 km');
  // Ten days and an hour after now: as of a moment just after creation, "10 days left".
  const deadlineAt = new Date(Date.now() + 10 * DAY + 3_600_000).toISOString();
  const data = {
    text,
    parties: ['russia', 'ukraine'],
    topics: [topic],
    timeZone: 'UTC',
    deadlineAt,
    statusHistory: [{ status: 'agreed', at: '2025-03-23T17:30', source: SOURCE }],
  };
  const created = await (await request.post('/api/commitments', { data })).json();
  await new Promise((resolve) => setTimeout(resolve, 5));
  const then = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  const implemented = await request.post(`/api/commitments/${created.slug}/status`, {
    data: { version: created.version, status: 'implemented', at: '2025-04-10T00:00Z', source: SOURCE },
  });
  expect(implemented.status()).toBe(201);

  await page.goto(`/commitments/${created.slug}?asOf=${then}`);
  await expect(page.getByTestId('as-of-banner')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await expect(page.getByRole('table', { name: 'Reported status and the parties’ claims' })).toContainText('Agreed');
  const countdown = page.getByTestId('countdown');
  await expect(countdown).toHaveText('10 days left');
  await expect(countdown).toHaveAttribute('data-state', 'left');
  await expect(page.getByRole('link', { name: 'Edit or add a status' })).toHaveCount(0);
  await page.getByTestId('as-of-banner').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/commitments/${created.slug}$`));
  await expect(page.getByRole('table', { name: 'Reported status and the parties’ claims' })).toContainText(
    'Implemented',
  );

  await page.goto(`/commitments?topic=${topic}&asOf=${then}`);
  await expect(page.getByTestId('as-of-banner')).toBeVisible();
  const list = page.getByRole('list', { name: 'Commitments' });
  await expect(list.getByTestId('commitment')).toHaveCount(1);
  await expect(list.getByTestId('commitment')).toContainText('Agreed');
  await expect(list.getByTestId('countdown')).toHaveText('10 days left');
  await page.goto(`/commitments?topic=${topic}&status=agreed&asOf=${then}`);
  await expect(list.getByTestId('commitment')).toHaveCount(1);
  await page.goto(`/commitments?topic=${topic}&status=agreed`);
  await expect(list.getByTestId('commitment')).toHaveCount(0);

  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Open commitments' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Open commitments' }).getByRole('link', { name: /open in the tracker/ }),
  ).toHaveAttribute('href', /^\/commitments\?status=proposed/);
});
