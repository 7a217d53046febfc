import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { slugify } from '@/db/slug';
import { storageStateFor, unique } from '../helpers/accounts';
import { EventFormPage } from './pages/event-form-page';

test.use({ storageState: storageStateFor('analyst') });

test('an analyst adds a talks session with a new person, a new topic and a cited source, and sees it on the timeline and under the person', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const title = unique('Geneva technical talks');
  const person = unique('Mira Testova');
  const topic = unique('Grain corridor');
  const source = unique('Reuters report');
  const form = new EventFormPage(page);
  await form.openNew();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await form.field('Kind').selectOption('talks_session');
  await form.field('Title').fill(title);
  await form.field('Summary').fill('Delegations met for five hours on shipping in the Black Sea.');
  await form.pick(form.field('Location'), 'Riyadh');
  await expect(form.field('Time zone')).toHaveValue('Asia/Riyadh');
  await form.field('Starts (local time)').fill('2025-04-10T10:00');
  await form.field('Ends (local time, optional)').fill('2025-04-10T15:00');

  await form.createInline(page.getByRole('combobox', { name: 'Add a person' }), person, async (dialog) => {
    await dialog.getByLabel('Title (optional)').fill('Deputy Foreign Minister');
    await dialog.getByRole('combobox', { name: 'Title held for' }).fill('Ukraine');
    await dialog
      .getByRole('option', { name: /^Ukraine/ })
      .first()
      .click();
  });
  const personRow = form.group('Person 1');
  await expect(personRow.getByRole('combobox', { name: 'Person' })).toHaveValue(person);
  await expect(personRow.getByRole('combobox', { name: 'On behalf of (optional)' })).toHaveValue('Ukraine');
  await personRow.getByLabel('Role').selectOption('head_of_delegation');

  await form.createInline(page.getByRole('combobox', { name: 'Add a topic' }), topic);
  await expect(page.getByRole('list', { name: 'Chosen topics' })).toContainText(topic);

  await form.createInline(page.getByRole('combobox', { name: 'Add a citation' }), source, async (dialog) => {
    await dialog.getByLabel('Publisher', { exact: true }).fill('Reuters');
    await dialog.getByLabel('Web address').fill('https://www.reuters.com/world/talks');
  });
  const citation = form.group('Citation 1');
  await expect(citation.getByRole('combobox', { name: 'Source' })).toHaveValue(source);
  await citation.getByLabel('Excerpt').fill('The delegations met for five hours, officials said.');
  await citation.getByLabel('Confidence').selectOption('high');

  await form.save();
  await expect(page).toHaveURL(new RegExp(`/events/${slugify(title)}$`));

  // The timeline is virtualised and other writing tests add events, so look where a reader
  // would: on the new person's page, and on the timeline filtered to them from there.
  const personSlug = slugify(person);
  await page.goto(`/people/${personSlug}`);
  await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
  await page.getByRole('link', { name: `${person} on the timeline` }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?person=${personSlug}$`));
  await expect(page.getByRole('article').filter({ hasText: title })).toBeVisible();

  const underPerson = await (await request.get(`/api/events?person=${personSlug}`)).json();
  expect(underPerson.items.map((e: { title: string }) => e.title)).toEqual([title]);
  expect(underPerson.items[0]).toMatchObject({
    startsAt: '2025-04-10T07:00:00.000Z',
    timeZone: 'Asia/Riyadh',
    people: [{ slug: personSlug, role: 'head_of_delegation', title: 'Deputy Foreign Minister' }],
    topics: [{ name: topic }],
  });
  expect(underPerson.items[0].citations[0]).toMatchObject({
    excerpt: 'The delegations met for five hours, officials said.',
    confidence: 'high',
  });
});

test('an end before the start is shown next to the end field, and every other value is kept', async ({ page }) => {
  const title = unique('Backwards session');
  const form = new EventFormPage(page);
  await form.openNew();
  await form.field('Title').fill(title);
  await form.field('Summary').fill('Kept summary');
  await form.field('Starts (local time)').fill('2025-04-10T10:00');
  await form.field('Ends (local time, optional)').fill('2025-04-10T09:00');
  await form.field('Status').selectOption('scheduled');
  await form.save();

  const end = form.field('Ends (local time, optional)');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(end).toHaveAccessibleDescription(/must not be before the start/);
  await expect(form.field('Title')).toHaveValue(title);
  await expect(form.field('Summary')).toHaveValue('Kept summary');
  await expect(form.field('Starts (local time)')).toHaveValue('2025-04-10T10:00');
  await expect(end).toHaveValue('2025-04-10T09:00');
  await expect(form.field('Status')).toHaveValue('scheduled');
  await expect(page).toHaveURL(/\/events\/new$/);
});

test('two analysts edit one event: the second save shows what changed, keeps their text, and reapplies it', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const title = unique('Conflict session');
  const first = await browser.newContext({ storageState: storageStateFor('analyst') });
  const second = await browser.newContext({ storageState: storageStateFor('second') });
  const created = await first.request.post('/api/events', {
    data: {
      kind: 'talks_session',
      title,
      startsAt: '2025-05-01T10:00',
      timeZone: 'Europe/Istanbul',
      precision: 'hour',
      status: 'scheduled',
      summary: 'Original summary',
    },
  });
  expect(created.status()).toBe(201);
  const { slug } = await created.json();

  const a = new EventFormPage(await first.newPage());
  const b = new EventFormPage(await second.newPage());
  await a.openEdit(slug);
  await b.openEdit(slug);

  await a.field('Title').fill(`${title} (moved)`);
  await a.save();
  await expect(a.page).toHaveURL(new RegExp(`/events/${slug}$`));

  await b.field('Summary').fill('Second analyst’s careful summary');
  await b.save();
  const conflict = b.page.getByRole('region', { name: 'Someone else saved this while you were editing' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row', { name: /Title/ })).toContainText(`${title} (moved)`);
  await expect(b.field('Summary')).toHaveValue('Second analyst’s careful summary');

  await conflict.getByRole('button', { name: /Reapply my changes/ }).click();
  await expect(b.field('Title')).toHaveValue(`${title} (moved)`);
  await expect(b.field('Summary')).toHaveValue('Second analyst’s careful summary');
  await b.save();
  await expect(b.page).toHaveURL(new RegExp(`/events/${slug}$`));

  const saved = await (await request.get(`/api/events/${slug}`)).json();
  expect(saved).toMatchObject({ title: `${title} (moved)`, summary: 'Second analyst’s careful summary', version: 3 });

  await b.openEdit(slug);
  const history = b.page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveText([
    /^Edited by Sam Second.*summary/,
    /^Edited by Ana Analyst.*title/,
    /^Created by Ana Analyst/,
  ]);
  await first.close();
  await second.close();
});

test('an analyst deletes an event from its form; it leaves the timeline and the API', async ({ page, request }) => {
  const title = unique('Short-lived statement');
  const created = await page.request.post('/api/events', {
    data: { kind: 'statement', title, startsAt: '2025-07-01', timeZone: 'UTC', precision: 'day', status: 'occurred' },
  });
  const { slug } = await created.json();
  const form = new EventFormPage(page);
  await form.openEdit(slug);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Delete event' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('article').filter({ hasText: title })).toHaveCount(0);
  expect((await request.get(`/api/events/${slug}`)).status()).toBe(404);
});

test('a location created inline sets the event’s time zone, exactly as picking one does', async ({ page }) => {
  const place = unique('Ankara');
  const form = new EventFormPage(page);
  await form.openNew();
  await form.createInline(form.field('Location'), place, async (dialog) => {
    await dialog.getByLabel('Country name').fill('Türkiye');
    await dialog.getByLabel('Country code').fill('TR');
    await dialog.getByLabel('Time zone').fill('Europe/Istanbul');
  });
  await expect(form.field('Location')).toHaveValue(place);
  await expect(form.field('Time zone')).toHaveValue('Europe/Istanbul');
});

test('a person’s row shows the title held on the event’s day, fills whom they acted for from it, and adds a dated, sourced title in place', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const name = unique('Hakan Host');
  const title = unique('Istanbul hosting');
  const made = await page.request.post('/api/people', {
    data: {
      name,
      affiliations: [
        {
          party: 'ukraine',
          title: 'Deputy Foreign Minister',
          kind: 'minister',
          validFrom: '2024-01-01',
          validTo: '2024-12-31',
        },
      ],
    },
  });
  expect(made.status()).toBe(201);
  const { slug } = await made.json();
  const form = new EventFormPage(page);
  await form.openNew();
  await form.field('Title').fill(title);
  await form.field('Starts (local time)').fill('2025-05-16T10:00');

  await form.pick(page.getByRole('combobox', { name: 'Add a person' }), name);
  const row = form.group('Person 1');
  await expect(row.getByText('None on record')).toBeVisible();
  await expect(row.getByRole('combobox', { name: 'On behalf of (optional)' })).toHaveValue('');

  await row.getByRole('button', { name: `Add a title for ${name}` }).click();
  await expect(form.dialog.getByLabel('From')).toHaveValue('2025-05-16');
  await form.dialog.getByLabel('Title', { exact: true }).fill('Foreign Minister');
  await form.pick(form.dialog.getByRole('combobox', { name: 'For party' }), 'Ukraine', /^Ukraine/);
  await form.dialog.getByLabel('From').fill('2025-01-01');
  await form.pick(form.dialog.getByRole('combobox', { name: 'Source' }), 'Russia, Ukraine hold');
  await form.dialog.getByLabel('Excerpt that gives the title').fill('the foreign minister, who hosted the talks');
  await form.dialog.getByRole('button', { name: 'Add the title' }).click();
  await expect(form.dialog).toBeHidden();
  await expect(row.getByText('Foreign Minister, Ukraine')).toBeVisible();

  // A day in the earlier span shows the earlier title.
  await form.field('Starts (local time)').fill('2024-06-01T10:00');
  await expect(row.getByText('Deputy Foreign Minister, Ukraine')).toBeVisible();
  await form.field('Starts (local time)').fill('2025-05-16T10:00');

  await row.getByLabel('Role').selectOption('host');
  await form.pick(row.getByRole('combobox', { name: 'On behalf of (optional)' }), 'Ukraine', /^Ukraine/);
  await form.save();
  await expect(page).toHaveURL(new RegExp(`/events/${slugify(title)}$`));

  const saved = await (await request.get(`/api/events/${slugify(title)}`)).json();
  expect(saved.people).toMatchObject([{ slug, role: 'host', title: 'Foreign Minister', party: { slug: 'ukraine' } }]);
  const person = (await (await request.get('/api/people')).json()).items.find((p: { slug: string }) => p.slug === slug);
  expect(person.affiliations).toMatchObject([
    { title: 'Deputy Foreign Minister', validFrom: '2024-01-01', validTo: '2024-12-31' },
    { title: 'Foreign Minister', validFrom: '2025-01-01', validTo: null },
  ]);
});

test('picking a person fills whom they acted for from the title held on the event’s day', async ({ page }) => {
  const form = new EventFormPage(page);
  await form.openNew();
  await form.field('Starts (local time)').fill('2025-03-23T17:30');
  await form.pick(page.getByRole('combobox', { name: 'Add a person' }), 'Rustem Umerov');
  await expect(form.group('Person 1').getByRole('combobox', { name: 'On behalf of (optional)' })).toHaveValue(
    'Ukraine',
  );
  await expect(form.group('Person 1').getByText('Defense Minister of Ukraine, Ukraine')).toBeVisible();
  await expect(form.group('Party 1').getByRole('combobox', { name: 'Party' })).toHaveValue('Ukraine');
  await expect(form.group('Party 1').getByLabel('Role')).toHaveValue('delegation');
});

test('a new source’s publisher is offered from the publishers already recorded', async ({ page }) => {
  await page.goto('/sources/new');
  const publisher = page.getByLabel('Publisher', { exact: true });
  const listId = await publisher.getAttribute('list');
  expect(listId).toBeTruthy();
  await expect(page.locator(`datalist[id="${listId}"] option[value="The New York Times"]`)).toHaveCount(1);
});

test('an event whose start is known to the day and whose talks lasted “under two hours”, at a new place named in a state, shows both on its page', async ({
  page,
  request,
}) => {
  const title = unique('Short talks in Jeddah');
  const place = unique('Jeddah');
  const form = new EventFormPage(page);
  await form.openNew();
  await form.field('Title').fill(title);
  await form.createInline(form.field('Location'), place, async (dialog) => {
    // The country is a party: its name and code need not be typed again.
    await form.pick(dialog.getByRole('combobox', { name: 'Country' }), 'Saudi', /^Saudi Arabia/);
    await dialog.getByLabel('Time zone').fill('Asia/Riyadh');
  });
  await form.field('Precision of the start').selectOption('day');
  await form.field('Starts (local time)').fill('2025-04-14');
  await form.field('Lasted (minutes, when no end is known)').fill('120');
  await form.field('The duration is').selectOption('under');
  await form.save();
  await expect(page).toHaveURL(new RegExp(`/events/${slugify(title)}$`));

  await expect(page.getByText('14 April 2025 (lasted under 2 h)')).toBeVisible();
  await page.getByRole('link', { name: 'Saudi Arabia' }).first().click();
  await expect(page).toHaveURL(/\/parties\/saudi-arabia$/);
  const saved = await (await request.get(`/api/events/${slugify(title)}`)).json();
  expect(saved).toMatchObject({
    endsAt: null,
    localDate: '2025-04-14',
    precision: 'day',
    durationMinutes: 120,
    durationBound: 'under',
    location: { name: place, country: 'Saudi Arabia', countryCode: 'SA', countryParty: { slug: 'saudi-arabia' } },
  });
});
