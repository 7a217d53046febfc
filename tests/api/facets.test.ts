import { expect, test } from '@playwright/test';

type Facets = {
  total: number;
  party: { slug: string; name: string; count: number }[];
  topic: { slug: string; count: number }[];
  location: { slug: string; name: string; count: number }[];
  kind: { slug: string; count: number }[];
  histogram: { unit: string; buckets: { start: string; count: number; begun: number }[] };
};

test.describe('GET /api/events/facets', () => {
  test('counts each choice with the other filters held', async ({ request }) => {
    const all: Facets = await (await request.get('/api/events/facets')).json();
    const russia: Facets = await (await request.get('/api/events/facets?party=russia')).json();
    const list = await (await request.get('/api/events?party=russia&limit=200')).json();
    expect(russia.total).toBe(list.items.length);
    expect(russia.party).toEqual(all.party); // its own choice does not narrow its own counts
    // The first period's events under way plus those begun in each later one: every event once.
    const [first, ...rest] = russia.histogram.buckets;
    expect(rest.reduce((n, b) => n + b.begun, first.count)).toBe(russia.total);
    const ceasefire = russia.topic.find((t) => t.slug === 'ceasefire')?.count ?? 0;
    expect(ceasefire).toBe(
      list.items.filter((e: { topics: { slug: string }[] }) => e.topics.some((t) => t.slug === 'ceasefire')).length,
    );
  });

  test('under partyMatch=all, a party counts the events that choosing it as well would leave', async ({ request }) => {
    const both: Facets = await (await request.get('/api/events/facets?party=russia&partyMatch=all')).json();
    const list = await (await request.get('/api/events?party=russia,united-states&partyMatch=all&limit=200')).json();
    expect(both.party.find((p) => p.slug === 'united-states')?.count).toBe(list.items.length);
    expect(both.party.find((p) => p.slug === 'russia')?.count).toBe(both.total);
  });

  test('counts the venues, with the location filter set aside', async ({ request }) => {
    const all: Facets = await (await request.get('/api/events/facets')).json();
    const kyiv: Facets = await (await request.get('/api/events/facets?location=kyiv')).json();
    expect(kyiv.location).toEqual(all.location);
    expect(all.location.find((l) => l.slug === 'riyadh')).toMatchObject({ name: 'Riyadh', count: 5 });
    expect(kyiv.total).toBe(all.location.find((l) => l.slug === 'kyiv')?.count);
  });

  for (const [query, field] of [
    ['party=atlantis', 'party'],
    ['location=atlantis', 'location'],
    ['partyMatch=both', 'partyMatch'],
    ['from=2025-13-01', 'from'],
    ['kind=battle', 'kind.0'],
  ]) {
    test(`answers 400 naming "${field}" for ${query}`, async ({ request }) => {
      const response = await request.get(`/api/events/facets?${query}`);
      expect(response.status()).toBe(400);
      expect((await response.json()).fields).toHaveProperty([field]);
    });
  }
});
