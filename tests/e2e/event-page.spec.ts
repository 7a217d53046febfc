import { expect, test } from '@playwright/test';
import { EventPage } from './pages/event-page';

test.describe('an event page', () => {
  test('shows every citation with its excerpt, attribution, confidence and source', async ({ page }) => {
    const event = new EventPage(page);
    await event.goto('black-sea-shipping-safety-on-the-agenda');
    await expect(event.title).toHaveText('Safety of shipping in the Black Sea on the agenda');
    const sources = event.section('Sources');
    await expect(sources.locator('blockquote').first()).toBeVisible();
    await expect(sources.locator('cite').first()).toBeVisible();
    await expect(sources).toContainText(/confidence/);
    await expect(sources).toContainText(/The New York Times|Spokesman/);
  });

  test('gives a day span the length of its days: 23–24 March is 2 days', async ({ page }) => {
    const event = new EventPage(page);
    await event.goto('riyadh-talks-march-2025');
    await expect(page.getByRole('main')).toContainText('23 March 2025 – 24 March 2025 (2 days)');
  });

  test('shows the session in its own zone and the place’s, with participants linking to the directory', async ({
    page,
  }) => {
    const event = new EventPage(page);
    await event.goto('ukraine-us-talks-riyadh-2025-03-23');
    await expect(page.getByRole('main')).toContainText('23 March 2025, about 17:30 Kyiv (EET, UTC+2)');
    await expect(page.getByRole('main')).toContainText('about 18:30 Riyadh (UTC+3)');
    await expect(event.section('People').getByRole('link', { name: 'Rustem Umerov' })).toHaveAttribute(
      'href',
      '/people/rustem-umerov',
    );
    await expect(event.section('Parties').getByRole('link', { name: 'Saudi Arabia' })).toHaveAttribute(
      'href',
      '/parties/saudi-arabia',
    );
    await expect(event.section('Related events')).toContainText('Part of');
  });

  test('shows related events from the other side too', async ({ page }) => {
    const event = new EventPage(page);
    await event.goto('riyadh-talks-march-2025');
    const related = event.section('Related events');
    await expect(related).toContainText('Includes');
    await related.getByRole('link', { name: 'Ukraine–U.S. talks in Riyadh' }).click();
    await expect(event.title).toHaveText('Ukraine–U.S. talks in Riyadh');
  });

  test('shows an agreement’s status history', async ({ page }) => {
    const event = new EventPage(page);
    await event.goto('energy-strikes-partial-truce-march-2025');
    await expect(event.section('Status history')).toBeVisible();
    await expect(event.section('Status history').getByRole('listitem').first()).toBeVisible();
  });

  test('answers an unknown slug with a 404 page', async ({ page }) => {
    const response = await page.goto('/events/no-such-event');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'No such event' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the timeline' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  });
});
