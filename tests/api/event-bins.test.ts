import { expect, test } from '@playwright/test';

type Bins = {
  from: string;
  to: string;
  total: number;
  bins: number[];
  lanes: { slug: string; name: string; bins: number[] }[];
  events: { slug: string; lanes: string[] }[] | null;
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

test.describe('GET /api/events/bins', () => {
  for (const query of [
    '',
    'party=russia',
    'topic=ceasefire&kind=talks_session,statement',
    'from=2025-03-20&to=2025-03-26',
    'q=Riyadh',
  ]) {
    test(`its bins hold every event the facets count for "${query}", each once`, async ({ request }) => {
      const response = await request.get(`/api/events/bins?bins=50&${query}`);
      expect(response.status()).toBe(200);
      const body: Bins = await response.json();
      const facets = await (await request.get(`/api/events/facets?${query}`)).json();
      expect(body.bins).toHaveLength(50);
      expect(sum(body.bins)).toBe(facets.total);
      expect(body.total).toBe(facets.total);
      for (const lane of body.lanes) expect(lane.bins).toHaveLength(50);
    });
  }

  test('counts the window asked for, a lane per chosen party, and sends a small window’s events', async ({
    request,
  }) => {
    const body: Bins = await (
      await request.get('/api/events/bins?party=russia,ukraine&from=2025-03-23&to=2025-03-24&bins=48')
    ).json();
    expect([body.from, body.to]).toEqual(['2025-03-23T00:00:00.000Z', '2025-03-25T00:00:00.000Z']);
    expect(body.lanes.map((lane) => lane.slug).sort()).toEqual(['russia', 'ukraine']);
    expect(body.events?.map((event) => event.slug)).toEqual(
      expect.arrayContaining(['ukraine-us-talks-riyadh-2025-03-23', 'russia-us-talks-riyadh-2025-03-24']),
    );
    expect(body.events?.find((event) => event.slug === 'russia-us-talks-riyadh-2025-03-24')?.lanes).toEqual(['russia']);
  });

  test('is documented in the OpenAPI description', async ({ request }) => {
    const spec = await (await request.get('/api/openapi.json')).json();
    expect(spec.paths['/api/events/bins'].get.parameters.map((p: { name: string }) => p.name)).toContain('bins');
  });

  for (const [query, field] of [
    ['bins=0', 'bins'],
    ['bins=abc', 'bins'],
    ['bins=5000', 'bins'],
    ['bins=2.5', 'bins'],
    ['from=2025-13-01', 'from'],
    ['from=2025-03-24&to=2025-03-01', 'to'],
    ['party=atlantis', 'party'],
    ['kind=battle&bins=-1', 'kind.0'],
  ]) {
    test(`answers 400 naming "${field}" for ${query}`, async ({ request }) => {
      const response = await request.get(`/api/events/bins?${query}`);
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.fields).toHaveProperty([field]);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.js/);
    });
  }
});
