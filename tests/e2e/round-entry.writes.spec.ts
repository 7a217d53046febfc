import { expect, test } from '@playwright/test';
import { slugify } from '@/db/slug';
import { storageStateFor, unique } from '../helpers/accounts';
import { CountedActions } from './pages/counted-actions';
import { EventFormPage } from './pages/event-form-page';

test.use({ storageState: storageStateFor('analyst') });

// The yardstick: a typical round (date, place, two delegations of two people each,
// three topics, one new source with an excerpt) entered through the form, every action counted.
test('a typical round is entered in at most 30 actions and saved as entered', async ({ page, request }) => {
  test.setTimeout(120_000);
  const title = unique('Riyadh round');
  const source = unique('Reuters report on the round');
  const form = new EventFormPage(page);
  const act = new CountedActions();
  await form.openNew();

  await act.fill(form.field('Title'), title);
  await act.pick(form.field('Location'), 'Riyadh');
  await act.fill(form.field('Starts (local time)'), '2025-04-10T10:00');

  // Each person is added in one pick; whom they act for comes from their title on the day, and
  // that party joins the event as a delegation.
  const delegates = [
    { name: 'Rustem Umerov', party: 'Ukraine', head: true },
    { name: 'Teymur Tkachenko', party: 'Ukraine', head: false },
    { name: 'Keith Kellogg', party: 'United States', head: true },
    { name: 'Michael Anton', party: 'United States', head: false },
  ];
  for (const delegate of delegates) {
    await act.pick(page.getByRole('combobox', { name: 'Add a person' }), delegate.name);
    if (delegate.head)
      await act.select(
        page
          .getByRole('group', { name: /^Person \d+$/ })
          .last()
          .getByLabel('Role'),
        'head_of_delegation',
      );
  }

  for (const topic of ['Energy infrastructure', 'Black Sea shipping', 'Ceasefire'])
    await act.pick(page.getByRole('combobox', { name: 'Add a topic' }), topic);

  await act.pick(page.getByRole('combobox', { name: 'Add a citation' }), source);
  const citation = form.group('Citation 1');
  await act.fill(form.dialog.getByLabel('Publisher', { exact: true }), 'Reuters');
  await act.click(form.dialog.getByRole('button', { name: /^Create / }));
  await expect(form.dialog).toBeHidden();
  await act.fill(citation.getByLabel('Excerpt'), 'The delegations met for five hours, officials said.');

  await act.click(page.getByRole('button', { name: 'Create event' }));
  await expect(page).toHaveURL(new RegExp(`/events/${slugify(title)}$`));

  const saved = await (await request.get(`/api/events/${slugify(title)}`)).json();
  expect(saved).toMatchObject({
    startsAt: '2025-04-10T07:00:00.000Z',
    timeZone: 'Asia/Riyadh',
    location: { slug: 'riyadh' },
  });
  expect(saved.parties.map((p: { slug: string; role: string }) => `${p.slug}:${p.role}`).sort()).toEqual([
    'ukraine:delegation',
    'united-states:delegation',
  ]);
  expect(saved.people.map((p: { slug: string; role: string }) => `${p.slug}:${p.role}`).sort()).toEqual([
    'keith-kellogg:head_of_delegation',
    'michael-anton:delegate',
    'rustem-umerov:head_of_delegation',
    'teymur-tkachenko:delegate',
  ]);
  expect(saved.topics.map((t: { slug: string }) => t.slug).sort()).toEqual([
    'black-sea-shipping',
    'ceasefire',
    'energy-infrastructure',
  ]);
  expect(saved.citations).toMatchObject([
    { excerpt: 'The delegations met for five hours, officials said.', source: { title: source, publisher: 'Reuters' } },
  ]);

  // Whom each person acted for is kept with the event; its edit form shows it.
  await form.openEdit(slugify(title));
  await expect(form.group('Person 4')).toBeVisible();
  const actedFor: string[] = [];
  for (let index = 1; index <= delegates.length; index++) {
    const row = form.group(`Person ${index}`);
    actedFor.push(
      `${await row.getByRole('combobox', { name: 'Person' }).inputValue()}:${await row.getByRole('combobox', { name: /^On behalf of/ }).inputValue()}`,
    );
  }
  expect(actedFor.sort()).toEqual(delegates.map((d) => `${d.name}:${d.party}`).sort());

  console.log(`Entering a typical round took ${act.count} actions`);
  expect(act.count).toBeLessThanOrEqual(30);
});
