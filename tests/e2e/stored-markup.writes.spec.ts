// Text that looks like markup, saved through the write API, is shown as text on every page that
// shows it and never runs.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';
import { callAction } from '../helpers/server-actions';

const PAYLOAD = '<script>window.__parleyMarkup=1</script><img src=x onerror="window.__parleyMarkup=2">';

test.use({ storageState: storageStateFor('analyst') });

test('a stored <script> and event handler render as text on every page that shows them', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const api = page.request;
  const label = (what: string) => `${unique(what)} ${PAYLOAD}`;
  const party = await (
    await api.post('/api/parties', { data: { name: label('Party'), kind: 'organisation', description: PAYLOAD } })
  ).json();
  const person = await (
    await api.post('/api/people', {
      data: {
        name: label('Person'),
        description: PAYLOAD,
        affiliations: [{ party: party.slug, title: PAYLOAD, kind: 'envoy' }],
      },
    })
  ).json();
  const topic = await (await api.post('/api/topics', { data: { name: label('Topic'), description: PAYLOAD } })).json();
  const created = await api.post('/api/events', {
    data: {
      kind: 'statement',
      title: label('Event'),
      summary: PAYLOAD,
      startsAt: '2025-03-20T10:00',
      timeZone: 'Europe/Kyiv',
      precision: 'minute',
      status: 'occurred',
      parties: [{ party: party.slug, role: 'delegation' }],
      people: [{ person: person.slug, role: 'delegate', onBehalfOf: party.slug }],
      topics: [topic.slug],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const event = await created.json();
  const position = await callAction(
    api,
    'lib/actions/records.ts#saveRecord',
    [
      'position',
      null,
      {
        party: party.slug,
        topic: topic.slug,
        stance: label('Stance'),
        summary: PAYLOAD,
        statedOn: '2025-03-20',
        statedBy: person.slug,
        citations: [],
      },
    ],
    { headers: { origin: baseURL! } },
  );
  expect(await position.text()).toContain('"ok":true');

  const pages = ['/', `/people/${person.slug}`, `/parties/${party.slug}`, '/participants', '/positions'];
  if (fs.existsSync('app/events/[slug]/page.tsx')) pages.push(`/events/${event.slug}`);
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByText(PAYLOAD).filter({ visible: true }).first(), path).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __parleyMarkup?: number }).__parleyMarkup),
      path,
    ).toBeUndefined();
    expect(await page.locator('img[src="x"]').count(), path).toBe(0);
  }
});
