import { expect, test } from '@playwright/test';

type Page = {
  items: { slug: string; startsAt: string; parties: { slug: string; role: string }[]; citations: unknown[] }[];
  nextCursor: string | null;
};

test.describe('GET /api/events', () => {
  test('filters by party: Russia gets the Russia–U.S. session and not the Ukraine–U.S. one', async ({ request }) => {
    const response = await request.get('/api/events?party=russia');
    expect(response.status()).toBe(200);
    const body: Page = await response.json();
    const slugs = body.items.map((e) => e.slug);
    expect(slugs).toContain('russia-us-talks-riyadh-2025-03-24');
    expect(slugs).not.toContain('ukraine-us-talks-riyadh-2025-03-23');
    for (const event of body.items) expect(event.parties.map((p) => p.slug)).toContain('russia');
  });

  test('partyMatch=all: Russia and the United States together, not either one', async ({ request }) => {
    const body: Page = await (await request.get('/api/events?party=russia,united-states&partyMatch=all')).json();
    const slugs = body.items.map((e) => e.slug);
    expect(slugs).toContain('russia-us-talks-riyadh-2025-03-24');
    expect(slugs).not.toContain('ukraine-us-talks-riyadh-2025-03-23');
    expect(slugs).not.toContain('energy-strikes-partial-truce-march-2025');
    for (const event of body.items)
      expect(event.parties.map((p) => p.slug)).toEqual(expect.arrayContaining(['russia', 'united-states']));
    const either: Page = await (await request.get('/api/events?party=russia,united-states')).json();
    expect(either.items.length).toBeGreaterThan(body.items.length);
  });

  test('personMatch=all keeps events at which every chosen person took part', async ({ request }) => {
    const one: Page = await (await request.get('/api/events?person=rustem-umerov')).json();
    const both: Page = await (
      await request.get('/api/events?person=rustem-umerov,vladimir-putin&personMatch=all')
    ).json();
    expect(one.items.length).toBeGreaterThan(0);
    expect(both.items).toEqual([]);
  });

  test('location keeps the events held there', async ({ request }) => {
    const body: Page & { items: { location: { slug: string } | null }[] } = await (
      await request.get('/api/events?location=kyiv')
    ).json();
    expect(body.items.length).toBe(2);
    for (const event of body.items) expect(event.location?.slug).toBe('kyiv');
  });

  test('a date is the event’s local day: 23 March has the Ukraine–U.S. session, not the Russia–U.S. one, and the facets agree', async ({
    request,
  }) => {
    const body: Page & { items: { localDate: string; localEndDate: string | null }[] } = await (
      await request.get('/api/events?from=2025-03-23&to=2025-03-23')
    ).json();
    const slugs = body.items.map((e) => e.slug);
    expect(slugs).toContain('ukraine-us-talks-riyadh-2025-03-23');
    expect(slugs).not.toContain('russia-us-talks-riyadh-2025-03-24');
    expect(body.items.find((e) => e.slug === 'ukraine-us-talks-riyadh-2025-03-23')).toMatchObject({
      localDate: '2025-03-23',
      localEndDate: '2025-03-23',
    });
    const facets = await (await request.get('/api/events/facets?from=2025-03-23&to=2025-03-23')).json();
    expect(facets.total).toBe(body.items.length);
    expect(facets.histogram).toEqual({
      unit: 'day',
      buckets: [{ start: '2025-03-23', count: body.items.length, begun: expect.any(Number) }],
    });
  });

  test('carries parties with roles, people, topics, location, time fields and citations', async ({ request }) => {
    const body: Page = await (await request.get('/api/events?person=rustem-umerov&kind=talks_session')).json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      slug: 'ukraine-us-talks-riyadh-2025-03-23',
      startsAt: '2025-03-23T15:30:00.000Z',
      endsAt: '2025-03-23T20:30:00.000Z',
      timeZone: 'Europe/Kyiv',
      precision: 'minute',
      location: { slug: 'riyadh', timeZone: 'Asia/Riyadh' },
      people: [{ slug: 'rustem-umerov', role: 'head_of_delegation', title: 'Defense Minister of Ukraine' }],
    });
    expect(body.items[0].citations.length).toBeGreaterThan(0);
  });

  test('pages with a keyset cursor until nextCursor is null', async ({ request }) => {
    const all: Page = await (await request.get('/api/events?limit=200')).json();
    const seen: string[] = [];
    let url = '/api/events?limit=4';
    for (;;) {
      const page: Page = await (await request.get(url)).json();
      seen.push(...page.items.map((e) => e.slug));
      if (!page.nextCursor) break;
      url = `/api/events?limit=4&cursor=${encodeURIComponent(page.nextCursor)}`;
    }
    expect(seen).toEqual(all.items.map((e) => e.slug));
  });

  for (const [query, field] of [
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['from=2025-13-01', 'from'],
    ['kind=battle', 'kind.0'],
    ['cursor=not-a-cursor', 'cursor'],
    ['party=atlantis', 'party'],
    ['party=%3Cscript%3E', 'party.0'],
    ['partyMatch=both', 'partyMatch'],
    ['personMatch=ALL', 'personMatch'],
    ['location=atlantis', 'location'],
  ]) {
    test(`answers 400 naming "${field}" for ${query}`, async ({ request }) => {
      const response = await request.get(`/api/events?${query}`);
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.fields).toHaveProperty([field]);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/);
    });
  }

  test('searches with q, punctuation included', async ({ request }) => {
    const body: Page = await (await request.get(`/api/events?q=${encodeURIComponent('"Black Sea"')}`)).json();
    expect(body.items.map((e) => e.slug)).toContain('black-sea-shipping-safety-on-the-agenda');
    const odd = await request.get(`/api/events?q=${encodeURIComponent('NEAR(" -- ;* OR')}`);
    expect(odd.status()).toBe(200);
  });
});

test.describe('GET /api/events/{id or slug}', () => {
  test('finds an event by slug and by id', async ({ request }) => {
    const bySlug = await (await request.get('/api/events/russia-us-talks-riyadh-2025-03-24')).json();
    expect(bySlug.title).toBe('Russia–U.S. talks in Riyadh');
    const byId = await (await request.get(`/api/events/${bySlug.id}`)).json();
    expect(byId.slug).toBe(bySlug.slug);
  });

  test('answers 404 with a JSON error for an unknown key', async ({ request }) => {
    const response = await request.get('/api/events/no-such-event');
    expect(response.status()).toBe(404);
    expect((await response.json()).error).toContain('no-such-event');
  });
});

test.describe('directory endpoints', () => {
  for (const [path, slug] of [
    ['/api/parties', 'united-states'],
    ['/api/people', 'rustem-umerov'],
    ['/api/topics', 'black-sea-shipping'],
    ['/api/sources', 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks'],
  ]) {
    test(`${path} lists ${slug}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const { items } = await response.json();
      expect(items.map((i: { slug: string }) => i.slug)).toContain(slug);
    });
  }

  test('/api/sources keeps the authors’ names intact', async ({ request }) => {
    const { items } = await (await request.get('/api/sources')).json();
    expect(items[0].authors).toEqual(['Ivan Nechepurenko', 'Constant Méheut']);
  });
});
