// A reader sees the archive as it was recorded, with a banner saying so and leading back to
// today's version; an analyst compares two versions of an event in its history.
import { expect, test } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';

test.use({ storageState: storageStateFor('analyst') });

test('the timeline, an event page and a party page as of a moment show what was recorded then, under a banner linking to today', async ({
  page,
  request,
}) => {
  const first = unique('As-of banner talks');
  const mission = await request.post('/api/parties', { data: { name: unique('As-of mission'), kind: 'organisation' } });
  const party = (await mission.json()).slug as string;
  const data = {
    kind: 'talks_session',
    title: first,
    startsAt: '2025-07-01T10:00',
    timeZone: 'UTC',
    precision: 'minute',
    status: 'scheduled',
    parties: [{ party, role: 'delegation' }],
  };
  const created = await (await request.post('/api/events', { data })).json();
  await new Promise((resolve) => setTimeout(resolve, 5));
  const then = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  const renamed = unique('As-of banner talks renamed');
  expect(
    (
      await request.patch(`/api/events/${created.slug}`, {
        data: { ...data, title: renamed, version: created.version },
      })
    ).ok(),
  ).toBe(true);

  await page.goto(`/?party=${party}&asOf=${then}`);
  const banner = page.getByTestId('as-of-banner');
  await expect(banner).toContainText(/^As recorded on \d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC — see today’s version$/);
  await expect(page.getByRole('link', { name: first })).toBeVisible();
  await expect(page.getByRole('link', { name: renamed })).toHaveCount(0);
  await banner.getByRole('link', { name: 'see today’s version' }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?party=${party}$`));
  await expect(page.getByRole('link', { name: renamed })).toBeVisible();

  await page.goto(`/events/${created.slug}?asOf=${then}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
  await expect(page.getByTestId('as-of-banner')).toBeVisible();
  await page.getByTestId('as-of-banner').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/events/${created.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
  await expect(page.getByTestId('as-of-banner')).toHaveCount(0);
  await expect(page.getByTestId('recorded')).toContainText('UTC');

  await page.goto(`/parties/${party}?asOf=${then}`);
  await expect(page.getByTestId('as-of-banner')).toBeVisible();
  await expect(page.getByRole('link', { name: first }).first()).toBeVisible();
  await page.goto(`/parties/${party}`);
  await expect(page.getByTestId('as-of-banner')).toHaveCount(0);
  await expect(page.getByRole('link', { name: renamed }).first()).toBeVisible();
});

test('the history under an event compares any two of its versions, field by field', async ({ page, request }) => {
  const title = unique('Diff talks');
  const data = {
    kind: 'talks_session',
    title,
    startsAt: '2025-07-02T10:00',
    timeZone: 'UTC',
    precision: 'minute',
    status: 'scheduled',
    summary: 'First',
  };
  const v1 = await (await request.post('/api/events', { data })).json();
  const v2 = await (
    await request.patch(`/api/events/${v1.slug}`, { data: { ...data, status: 'held', version: v1.version } })
  ).json();
  await request.patch(`/api/events/${v1.slug}`, {
    data: { ...data, status: 'held', summary: 'Second', version: v2.version },
  });

  await page.goto(`/events/${v1.slug}/edit`);
  const diff = page.getByTestId('revision-diff');
  await expect(diff.getByRole('definition')).toHaveText(['First → Second']);
  await diff
    .getByLabel('From')
    .selectOption({ label: (await diff.getByLabel('From').locator('option').first().textContent())! });
  await expect(diff.getByRole('term')).toHaveText(['summary', 'status']);
  await expect(diff.getByRole('definition')).toHaveText(['First → Second', 'scheduled → held']);
});
