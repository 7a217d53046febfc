// The readout comparison of a session entered through the write API: a table with a column per
// party on a wide screen, stacked blocks with party headings at 360 px, on its own page and on
// the event page, with the alignment in words, omissions named, and links to the readouts.
import { expect, test, type Page } from '@playwright/test';
import { storageStateFor } from '../helpers/accounts';
import { enterReadoutSession, QUOTES, type ReadoutSession } from '../helpers/readout-session';
import { expectNoAxeViolations } from './pages/axe';
import { EventPage } from './pages/event-page';

test.use({ storageState: storageStateFor('analyst') });

let session: ReadoutSession;

test.beforeAll(async ({ request }) => {
  session = await enterReadoutSession(request);
});

async function expectComparison(page: Page) {
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Point',
    'How the accounts align',
    'United States',
    'Russia',
  ]);
  await expect(table.getByRole('rowheader')).toHaveText([
    'Scope of the strike moratorium',
    'Black Sea navigation',
    'Prisoner exchange',
    'Said only in one account',
  ]);
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row('Scope of the strike moratorium')).toContainText('Accounts differ');
  await expect(row('Black Sea navigation')).toContainText('Only Russia’s account sets a condition');
  await expect(row('Black Sea navigation')).toContainText(`“${QUOTES.ruSea}”`);
  await expect(row('Black Sea navigation')).toContainText('Vladimir Putin · Demand (a condition)');
  await expect(row('Prisoner exchange')).toContainText('Accounts agree');
  await expect(row('Prisoner exchange')).toContainText('Not mentioned by Russia');
  await expect(row('Said only in one account')).toContainText(QUOTES.ruAside);
  await expect(
    row('Scope of the strike moratorium').getByRole('link', { name: session.ruReadout.title }),
  ).toHaveAttribute('href', session.ruReadout.url);
}

test('the comparison page reads as a table at 1280 px and as stacked blocks at 360 px (dark), with no axe violations', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/events/${session.event}/readouts`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Readouts compared: ${session.title}`);
  await expectComparison(page);
  await expect(page.getByRole('link', { name: /^CSV/ })).toHaveAttribute(
    'href',
    `/api/events/${session.event}/readouts?format=csv`,
  );
  await expect(page.getByRole('link', { name: /^JSON/ })).toHaveAttribute(
    'href',
    `/api/events/${session.event}/readouts?format=json`,
  );
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  // The column headings are gone; each claim sits under its party's name instead.
  await expect(page.getByRole('columnheader', { name: 'Russia' })).toBeHidden();
  const prisoners = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Prisoner exchange' }) });
  await expect(prisoners.getByText('Russia', { exact: true })).toBeVisible();
  await expect(prisoners.getByText('Not mentioned', { exact: true })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);

  // On paper: no site header, the table drawn whole.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('columnheader', { name: 'Russia' })).toBeVisible();
});

test('the event page shows the comparison in its own section, linking to the page', async ({ page }) => {
  const event = new EventPage(page);
  await event.goto(session.event);
  const section = event.section('Readouts compared');
  await expect(section).toBeVisible();
  await expectComparison(page);
  await section.getByRole('link', { name: /on a page of its own/ }).click();
  await expect(page).toHaveURL(`/events/${session.event}/readouts`);
});

test('a seeded session without readouts has no comparison section', async ({ page }) => {
  const event = new EventPage(page);
  await event.goto('riyadh-talks-march-2025');
  await expect(event.title).toBeVisible();
  await expect(event.section('Readouts compared')).toHaveCount(0);
});
