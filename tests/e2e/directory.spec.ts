import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './pages/axe';
import { ParticipantsPage } from './pages/participants-page';
import { PartyPage } from './pages/party-page';
import { PersonPage } from './pages/person-page';
import { PositionsPage } from './pages/positions-page';

const ARTICLE = 'Russia, Ukraine hold U.S.-mediated talks';

const SEED_PEOPLE: [string, string][] = [
  ['Rustem Umerov', 'Ukraine'],
  ['Steve Witkoff', 'United States'],
  ['Keith Kellogg', 'United States'],
  ['Michael Anton', 'United States'],
  ['Michael Waltz', 'United States'],
  ['Donald Trump', 'United States'],
  ['Vladimir Putin', 'Russia'],
  ['Vitali Klitschko', 'Ukraine'],
  ['Teymur Tkachenko', 'Ukraine'],
];

test.describe('the participant directory', () => {
  test('lists the nine people of the seed article with their parties', async ({ page }) => {
    const directory = new ParticipantsPage(page);
    await directory.goto();
    expect((await directory.personNames()).sort()).toEqual(SEED_PEOPLE.map(([name]) => name).sort());
    for (const [name, party] of SEED_PEOPLE) await expect(directory.person(name)).toContainText(party);
    await expect(directory.person('Rustem Umerov')).toContainText('Defense Minister of Ukraine');
    await expect(directory.status).toHaveText('9 people and 5 parties');
  });

  test('filtering by United States shows Witkoff, Kellogg, Anton, Waltz and Trump and not Umerov, with the filter in the URL', async ({
    page,
  }) => {
    const directory = new ParticipantsPage(page);
    await directory.goto();
    await directory.filterBy('Party', 'United States');
    await directory.apply();
    // Only the filter set reaches the address, not every empty field of the form.
    await expect(page).toHaveURL(/\/participants\?party=united-states$/);
    expect((await directory.personNames()).sort()).toEqual([
      'Donald Trump',
      'Keith Kellogg',
      'Michael Anton',
      'Michael Waltz',
      'Steve Witkoff',
    ]);
    await expect(directory.person('Rustem Umerov')).toHaveCount(0);
    await expect(directory.status).toHaveText('5 people and 1 party match');

    await page.reload();
    expect(await directory.personNames()).toHaveLength(5);
    await page.getByRole('link', { name: 'Remove filter Party: United States' }).click();
    await expect(directory.status).toHaveText('9 people and 5 parties');
  });

  test('filters by role and by event, and sorts by name', async ({ page }) => {
    const directory = new ParticipantsPage(page);
    await directory.goto('?role=head_of_delegation&show=people');
    expect(await directory.personNames()).toEqual(['Rustem Umerov']);

    await directory.goto('?event=ukraine-us-talks-riyadh-2025-03-23');
    await expect(directory.person('Rustem Umerov')).toContainText('At this event: Head of delegation');
    expect(await directory.personNames()).toEqual(['Rustem Umerov']);

    await directory.goto('?sort=name&show=people');
    expect(await directory.personNames()).toEqual([
      'Michael Anton',
      'Keith Kellogg',
      'Vitali Klitschko',
      'Vladimir Putin',
      'Teymur Tkachenko',
      'Donald Trump',
      'Rustem Umerov',
      'Michael Waltz',
      'Steve Witkoff',
    ]);
  });

  test('searches by alias with the keyboard alone', async ({ page }) => {
    const directory = new ParticipantsPage(page);
    await directory.goto();
    await directory.filters.getByLabel('Search names, aliases and titles').focus();
    await page.keyboard.type('Kremlin');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Kremlin/);
    await expect(page.getByRole('heading', { level: 2, name: 'Russia' })).toBeVisible();
    await expect(directory.status).toHaveText('0 people and 1 party match');
  });

  test('a bad filter value is ignored rather than failing the page', async ({ page }) => {
    const directory = new ParticipantsPage(page);
    await directory.goto('?role=king&party=Not%20a%20slug');
    await expect(directory.status).toHaveText('9 people and 5 parties');
  });
});

test.describe('a person’s page', () => {
  test('shows Umerov as Ukraine’s defense minister and head of its delegation at the 23 March session', async ({
    page,
  }) => {
    const person = new PersonPage(page);
    await person.goto('rustem-umerov');
    await person.expectName('Rustem Umerov');
    await expect(page.getByText('Defense Minister of Ukraine, Ukraine')).toBeVisible();
    const session = person.event('Ukraine–U.S. talks in Riyadh');
    await expect(session).toContainText('23 March 2025, about 17:30 Kyiv (EET, UTC+2)');
    await expect(session).toContainText('Head of delegation, as Defense Minister of Ukraine');
    await expect(person.statements).toContainText('productive and focused');
    await expect(person.statements).toContainText(ARTICLE);
    await expect(page.getByRole('link', { name: 'Rustem Umerov on the timeline' })).toHaveAttribute(
      'href',
      '/?person=rustem-umerov',
    );
    await expect(session.getByRole('link', { name: 'Ukraine–U.S. talks in Riyadh' })).toHaveAttribute(
      'href',
      '/events/ukraine-us-talks-riyadh-2025-03-23',
    );
  });

  test('is reached from the directory', async ({ page }) => {
    const directory = new ParticipantsPage(page);
    await directory.goto();
    await directory.person('Keith Kellogg').getByRole('link', { name: 'Keith Kellogg' }).click();
    await new PersonPage(page).expectName('Keith Kellogg');
  });
});

test.describe('a party’s page', () => {
  test('shows Russia’s stated positions on territorial control and NATO with the article as source', async ({
    page,
  }) => {
    const party = new PartyPage(page);
    await party.goto('russia');
    await party.expectName('Russia');
    await expect(party.position('Territorial control')).toContainText('Insists on asserting territorial control');
    await expect(party.position('Territorial control')).toContainText(ARTICLE);
    await expect(party.position('Territorial control')).toContainText('Stated 23 March 2025');
    await expect(party.position('NATO membership')).toContainText('Ukraine must never join NATO');
    await expect(party.position('NATO membership')).toContainText(ARTICLE);
    await expect(page.getByRole('link', { name: 'Russia on the timeline' })).toHaveAttribute('href', '/?party=russia');
  });

  test('shows Ukraine’s delegation to the 23 March session, headed by Umerov', async ({ page }) => {
    const party = new PartyPage(page);
    await party.goto('ukraine');
    const session = party.delegations.getByRole('listitem').filter({ hasText: 'Ukraine–U.S. talks in Riyadh' });
    await expect(session).toContainText('Rustem Umerov — Head of delegation, as Defense Minister of Ukraine');
    await expect(session).toContainText('Part of U.S.-mediated technical talks in Riyadh');
    await expect(party.people).toContainText('Vitali Klitschko');
  });
});

test.describe('the positions matrix', () => {
  test('shows Russia’s cells on territorial control and NATO, each linked to its sources', async ({ page }) => {
    const positions = new PositionsPage(page);
    await positions.goto();
    const territory = await positions.cell('Russia', 'Territorial control');
    await expect(territory).toContainText('Insists on asserting territorial control');
    await expect(territory).toContainText('23 March 2025');
    const nato = await positions.cell('Russia', 'NATO membership');
    await expect(nato).toContainText('Ukraine must never join NATO');
    await expect(await positions.cell('Ukraine', 'Territorial control')).toContainText('Will not concede');
    await nato.getByRole('link', { name: /Sources for Russia on NATO membership/ }).click();
    await expect(page).toHaveURL(/\/parties\/russia#position-nato-membership$/);
    await expect(new PartyPage(page).position('NATO membership')).toContainText(ARTICLE);
  });

  test('turns into a list per party on a 360 px phone, without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const positions = new PositionsPage(page);
    await positions.goto();
    await expect(positions.table).toBeHidden();
    await expect(positions.listEntry('Russia', 'Territorial control')).toContainText(
      'Insists on asserting territorial control',
    );
    await expect(positions.listEntry('Russia', 'NATO membership')).toContainText('Ukraine must never join NATO');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('unknown slugs', () => {
  for (const path of ['/people/nobody-by-that-name', '/parties/atlantis', '/people/Not%20A%20Slug']) {
    test(`${path} answers 404 with a way back`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/No such (person|party)/);
      await expect(page.getByRole('link', { name: /Browse all/ })).toBeVisible();
    });
  }
});

test.describe('accessibility', () => {
  const pages = [
    '/participants',
    '/participants?party=united-states&sort=name',
    '/people/rustem-umerov',
    '/parties/russia',
    '/parties/ukraine',
    '/positions',
    '/people/nobody',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of pages) {
      test(`axe finds no violations on ${path} (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  }

  test('axe finds no violations on the positions list and the directory at 360 px', async ({ page }) => {
    // Three full axe scans in one test: on a loaded 2-core machine they outlast the default 30 s.
    test.slow();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/positions', '/participants', '/people/rustem-umerov']) {
      await page.goto(path);
      await expectNoAxeViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
  });
});
