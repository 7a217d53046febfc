import { expect, test } from '@playwright/test';

type Positions = {
  items: {
    party: { slug: string };
    topic: { slug: string };
    stance: string;
    statedOn: string;
    basis: 'stated' | 'claim';
    claim: { quote: { exact: string } } | null;
    citations: { excerpt: string; source: { publisher: string } }[];
  }[];
};

test.describe('GET /api/positions', () => {
  test('lists every stated position with its sources', async ({ request }) => {
    const response = await request.get('/api/positions');
    expect(response.status()).toBe(200);
    const body: Positions = await response.json();
    const cells = (basis: string) =>
      body.items
        .filter((p) => p.basis === basis)
        .map((p) => `${p.party.slug}/${p.topic.slug}`)
        .sort();
    expect(cells('stated')).toEqual([
      'russia/nato-membership',
      'russia/territorial-control',
      'ukraine/ceasefire',
      'ukraine/nato-membership',
      'ukraine/territorial-control',
      'united-states/ceasefire',
    ]);
    expect(cells('claim')).toEqual([...cells('stated'), 'ukraine/energy-infrastructure'].sort());
    for (const position of body.items) expect(position.citations[0].source.publisher).toBe('The New York Times');
    for (const position of body.items.filter((p) => p.basis === 'claim'))
      expect(position.citations[0].excerpt).toBe(position.claim!.quote.exact);
  });

  test('narrows to one party', async ({ request }) => {
    const body: Positions = await (await request.get('/api/positions?party=russia')).json();
    expect(body.items.map((p) => p.stance)).toEqual([
      'Ukraine must never join NATO',
      'Ukraine must never join NATO',
      'Insists on asserting territorial control',
      'Insists on asserting territorial control',
    ]);
    expect(body.items[0].citations[0].excerpt).toContain('Moscow continues to insist on maximalist positions');
  });

  test('answers 400 naming the parameter for a malformed or unknown party', async ({ request }) => {
    for (const [query, message] of [
      ['party=Not%20a%20slug', 'must be a slug'],
      ['party=russia&party=ukraine', 'given once'],
      ['party=atlantis', 'No record "atlantis"'],
    ]) {
      const response = await request.get(`/api/positions?${query}`);
      expect(response.status(), query).toBe(400);
      const body = await response.json();
      expect(body.code).toBe('bad_request');
      expect(body.fields.party, query).toContain(message);
    }
  });
});
