import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';

type Page = { items: { slug: string; updatedAt: string }[]; nextCursor: string | null };

async function allEvents(request: import('@playwright/test').APIRequestContext, query: string): Promise<Page['items']> {
  const items: Page['items'] = [];
  let url = `/api/events?limit=2&${query}`;
  for (;;) {
    const page: Page = await (await request.get(url)).json();
    items.push(...page.items);
    if (!page.nextCursor) return items;
    url = `/api/events?limit=2&${query}&cursor=${encodeURIComponent(page.nextCursor)}`;
  }
}

test.describe('exports', () => {
  for (const query of [
    '',
    'party=russia',
    'party=russia,united-states&partyMatch=all',
    'location=kyiv',
    'topic=ceasefire&kind=talks_session',
    'q=Black%20Sea',
    'from=2025-03-24&to=2025-03-25',
  ]) {
    test(`CSV parses with csv-parse and has as many rows as the API for "${query}"`, async ({ request }) => {
      const response = await request.get(`/api/exports/events.csv?${query}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="parley-events.*\.csv"$/);
      const rows: { slug: string }[] = parse(await response.text(), { bom: true, columns: true });
      const api = await allEvents(request, query);
      expect(rows.map((r) => r.slug)).toEqual(api.map((e) => e.slug));
    });
  }

  test('the .ics export parses with ical.js; the Ukraine–U.S. session starts at 17:30 in Europe/Kyiv', async ({
    request,
  }) => {
    const response = await request.get('/api/exports/events.ics');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const session = calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
      .find((event) => event.uid === 'ukraine-us-talks-riyadh-2025-03-23@parley')!;
    expect(session.startDate.zone.tzid).toBe('Europe/Kyiv');
    expect(session.startDate.toString()).toBe('2025-03-23T17:30:00');
    expect(session.startDate.toJSDate().toISOString()).toBe('2025-03-23T15:30:00.000Z');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength((await allEvents(request, '')).length);
  });

  test('the JSON export is the API shape, every matching event', async ({ request }) => {
    const body: { items: { slug: string; related: unknown[]; statusHistory: unknown[] }[] } = await (
      await request.get('/api/exports/events.json?party=russia')
    ).json();
    expect(body.items.map((e) => e.slug)).toEqual((await allEvents(request, 'party=russia')).map((e) => e.slug));
    for (const item of body.items) expect(item).toHaveProperty('statusHistory');
  });
});

test.describe('subscriptions', () => {
  test('the calendar feed honours the filter and carries a refresh interval', async ({ request }) => {
    const response = await request.get('/feeds/events.ics?party=russia');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toBeUndefined();
    const text = await response.text();
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    const uids = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('uid'));
    expect(uids.sort()).toEqual((await allEvents(request, 'party=russia')).map((e) => `${e.slug}@parley`).sort());
  });

  test('the calendar feed of Russia and the United States together is named so', async ({ request }) => {
    const text = await (await request.get('/feeds/events.ics?party=russia,united-states&partyMatch=all')).text();
    expect(text).toContain('X-WR-CALNAME:Parley events: party Russia and United States');
    const uids = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('uid'));
    expect(uids.sort()).toEqual(
      (await allEvents(request, 'party=russia,united-states&partyMatch=all')).map((e) => `${e.slug}@parley`).sort(),
    );
  });

  test('the Atom feed lists matching events newest change first, with ids stable per event', async ({ request }) => {
    const response = await request.get('/feeds/events.atom?topic=ceasefire');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    const ids = [...xml.matchAll(/<id>tag:parley,2025:event\/([a-z0-9-]+)<\/id>/g)].map((m) => m[1]);
    const api = await allEvents(request, 'topic=ceasefire');
    expect(ids.sort()).toEqual(api.map((e) => e.slug).sort());
    const updated = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  for (const url of [
    '/feeds/events.atom?topic=ceasefire',
    '/feeds/events.ics?party=russia',
    '/api/exports/events.csv',
  ]) {
    test(`${url} answers 304 to a reader that sends back its ETag or Last-Modified`, async ({ request }) => {
      const first = await request.get(url);
      const etag = first.headers()['etag'];
      const lastModified = first.headers()['last-modified'];
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(lastModified).toBeTruthy();
      expect((await request.get(url, { headers: { 'If-None-Match': etag } })).status()).toBe(304);
      expect((await request.get(url, { headers: { 'If-Modified-Since': lastModified } })).status()).toBe(304);
      expect((await request.get(url, { headers: { 'If-None-Match': '"something-else"' } })).status()).toBe(200);
    });
  }

  test('a different filter has a different ETag', async ({ request }) => {
    const a = (await request.get('/feeds/events.atom?party=russia')).headers()['etag'];
    const b = (await request.get('/feeds/events.atom?party=ukraine')).headers()['etag'];
    expect(a).not.toBe(b);
  });
});
