// GET /api/claims on the seed article's claims: the order a reader of what a side said expects.
import { expect, test } from '@playwright/test';

type Page = { items: { slug: string; party: { slug: string } }[]; nextCursor: string | null };

test.describe('GET /api/claims', () => {
  test('order=newest reverses the time order, and pages along its own cursor', async ({ request }) => {
    const oldest: Page = await (await request.get('/api/claims?limit=200')).json();
    const newest: Page = await (await request.get('/api/claims?limit=200&order=newest')).json();
    expect(newest.items.map((c) => c.slug)).toEqual(oldest.items.map((c) => c.slug).reverse());
    const first: Page = await (await request.get('/api/claims?limit=3&order=newest')).json();
    const second: Page = await (
      await request.get(`/api/claims?limit=3&order=newest&cursor=${first.nextCursor}`)
    ).json();
    expect([...first.items, ...second.items].map((c) => c.slug)).toEqual(newest.items.slice(0, 6).map((c) => c.slug));
  });

  test('an unknown order is a 400 naming the parameter', async ({ request }) => {
    const response = await request.get('/api/claims?order=sideways');
    expect(response.status()).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('order');
  });
});
