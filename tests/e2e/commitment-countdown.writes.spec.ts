// A deadline of 2 June 2026 12:00 in Istanbul (09:00 UTC) turns "overdue" at that instant for a
// reader in Tokyo and one in Honolulu alike: the browser's clock is mocked a minute before, run
// to a millisecond before, then to the instant.
import { expect, test } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';

const SOURCE = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';
let slug: string;

test.beforeAll(async ({ playwright, baseURL }) => {
  const analyst = await playwright.request.newContext({ baseURL, storageState: storageStateFor('analyst') });
  const response = await analyst.post('/api/commitments', {
    data: {
      text: unique('Meet again in Istanbul'),
      parties: ['russia', 'ukraine'],
      timeZone: 'Europe/Istanbul',
      deadlineAt: '2026-06-02T12:00',
      statusHistory: [{ status: 'agreed', at: '2026-05-16T12:00', source: SOURCE }],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  slug = (await response.json()).slug;
  await analyst.dispose();
});

for (const timezoneId of ['Asia/Tokyo', 'Pacific/Honolulu']) {
  test.describe(`a reader in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('sees "1 minute left" until 12:00 Istanbul time, then "overdue" from that instant', async ({ page }) => {
      await page.clock.install({ time: new Date('2026-06-02T08:58:00.000Z') });
      await page.goto(`/commitments/${slug}`);
      const countdown = page.getByTestId('countdown');
      await expect(countdown).toHaveText('2 minutes left');
      // From here the clock moves only as the test says.
      await page.clock.pauseAt(new Date('2026-06-02T08:59:00.000Z'));
      await expect(countdown).toHaveText('1 minute left');
      await page.clock.runFor(59_999);
      await expect(countdown).toHaveText('1 minute left');
      await page.clock.runFor(1);
      await expect(countdown).toHaveText('overdue');
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
    });

    test('sees the days left on the tracker the day before', async ({ page }) => {
      await page.clock.install({ time: new Date('2026-05-21T08:00:00.000Z') });
      await page.goto('/commitments');
      await expect(
        page.getByTestId('commitment').filter({ hasText: 'Meet again in Istanbul' }).first().getByTestId('countdown'),
      ).toHaveText('12 days left');
    });
  });
}
