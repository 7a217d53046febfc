// A reader's question, "what did each side say about this?", answered from `/` on records made
// here through the write API: a new topic, two sessions on it, and two parties' readouts.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';
import { expectNoAxeViolations } from './pages/axe';
import { PositionsPage } from './pages/positions-page';
import { TimelinePage } from './pages/timeline-page';

test.use({ storageState: storageStateFor('analyst') });
// One fixture for the file: a second worker's copy would hold claims as new as these.
test.describe.configure({ mode: 'serial' });

async function created<T>(request: APIRequestContext, path: string, data: Record<string, unknown>): Promise<T> {
  const response = await request.post(path, { data });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

type Fixture = {
  topic: { slug: string; name: string };
  quotes: { usPledge: string; ruEarlier: string; ruLatest: string; ruLatestShort: string };
};

/** Two sessions on a new topic, the United States quoted once (by Witkoff), Russia twice, its stance moving. */
async function makeFixture(request: APIRequestContext): Promise<Fixture> {
  const topic = await created<{ slug: string; name: string }>(request, '/api/topics', {
    name: unique('Danube grain corridor'),
  });
  const session = (title: string, startsAt: string) =>
    created<{ slug: string }>(request, '/api/events', {
      kind: 'talks_session',
      title: unique(title),
      startsAt,
      timeZone: 'Europe/Vienna',
      precision: 'day',
      status: 'held',
      topics: [topic.slug],
    });
  const first = await session('Vienna grain talks', '2026-06-01');
  const second = await session('Second Vienna grain talks', '2026-07-01');
  const readout = (party: string, publisher: string) =>
    created<{ slug: string }>(request, '/api/sources', {
      title: unique(`${publisher} readout`),
      publisher,
      kind: 'readout',
      party,
    });
  const usReadout = await readout('united-states', 'The White House');
  const ruReadout = await readout('russia', 'The Kremlin');
  const quotes = {
    usPledge: unique('keep the river corridor open to every grain ship'),
    ruEarlier: unique('no objection to grain ships on the river'),
    ruLatest: unique('inspections of every ship before it passes'),
    ruLatestShort: 'Ships pass only after Russian inspection',
  };
  const claim = (event: string, party: string, source: string, exact: string, extra: Record<string, unknown> = {}) =>
    created(request, '/api/claims', {
      event,
      party,
      source,
      kind: 'assertion',
      quote: { exact, prefix: 'The delegation said ', suffix: '.' },
      topics: [topic.slug],
      attribution: 'official_readout',
      confidence: 'high',
      ...extra,
    });
  await claim(first.slug, 'russia', ruReadout.slug, quotes.ruEarlier);
  await claim(second.slug, 'united-states', usReadout.slug, quotes.usPledge, {
    kind: 'commitment',
    person: 'steve-witkoff',
  });
  await claim(second.slug, 'russia', ruReadout.slug, quotes.ruLatest, {
    kind: 'demand',
    paraphrase: quotes.ruLatestShort,
  });
  return { topic, quotes };
}

let fixture: Fixture;

test.beforeAll(async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({
    baseURL: testInfo.project.use.baseURL,
    storageState: storageStateFor('analyst'),
  });
  fixture = await makeFixture(request);
  await request.dispose();
});

test('a reader starting at / sees each side’s words on the topic after one click in the filters', async ({
  browser,
}, testInfo) => {
  const reader = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const page = await reader.newPage();
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await timeline.facet('Topic', fixture.topic.name).click();

  const said = page.getByRole('region', { name: `What each side said about ${fixture.topic.name}` });
  const russia = said.getByRole('region', { name: 'Russia', exact: true });
  const us = said.getByRole('region', { name: 'United States', exact: true });
  await expect(russia.getByRole('listitem')).toHaveCount(2);
  await expect(russia.getByRole('listitem').first()).toContainText(fixture.quotes.ruLatest);
  await expect(russia.getByRole('listitem').last()).toContainText(fixture.quotes.ruEarlier);
  await expect(us.getByRole('listitem')).toHaveCount(1);
  await expect(us).toContainText(fixture.quotes.usPledge);
  await expect(us).toContainText('Steve Witkoff');
  await expect(us).toContainText('Commitment');
  await expect(us.getByRole('link', { name: /The White House readout/ })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]topic=${fixture.topic.slug}`));
  await reader.close();
});

test('the topic view reads at 360 px without sideways scrolling, with no axe violations', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 360, height: 740 });
  await new TimelinePage(page).goto(`?topic=${fixture.topic.slug}`);
  await expect(page.getByRole('region', { name: `What each side said about ${fixture.topic.name}` })).toContainText(
    fixture.quotes.usPledge,
  );
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('Russia’s page and Witkoff’s page quote their newest claims first', async ({ page }) => {
  await page.goto('/parties/russia');
  const russia = page.getByRole('region', { name: 'What Russia said' });
  await expect(russia.getByRole('listitem').first()).toContainText(fixture.quotes.ruLatest);
  await expect(
    russia
      .getByRole('listitem')
      .first()
      .getByRole('link', { name: `What each side said about ${fixture.topic.name}` }),
  ).toHaveAttribute('href', `/?topic=${fixture.topic.slug}`);
  await page.goto('/people/steve-witkoff');
  await expect(
    page.getByRole('region', { name: 'What Steve Witkoff said' }).getByRole('listitem').first(),
  ).toContainText(fixture.quotes.usPledge);
});

test('the new topic has its column in the matrix; Russia’s cell shows the latest stance, its quote, and its history', async ({
  page,
}) => {
  const positions = new PositionsPage(page);
  await positions.goto();
  const cell = await positions.cell('Russia', fixture.topic.name);
  await expect(cell).toContainText(fixture.quotes.ruLatestShort);
  await expect(cell.getByRole('blockquote').first()).toContainText(fixture.quotes.ruLatest);
  await expect(cell).toContainText('Changed');
  await cell.getByText('History (2)').click();
  const history = cell.getByRole('listitem');
  await expect(history.first()).toContainText(fixture.quotes.ruLatest);
  await expect(history.last()).toContainText(fixture.quotes.ruEarlier);
  for (const entry of await history.all()) await expect(entry).toContainText('The Kremlin readout');
  await expect(history.locator('a[href^="/events/"]')).toHaveCount(2);
  await expect(await positions.cell('United States', fixture.topic.name)).toContainText(fixture.quotes.usPledge);
});
