// GET /api/commitments and /api/commitments/{key} on the seed: the partial truce on energy strikes
// and Witkoff's proposal, their filters, and the 400s that name a bad parameter.
import { expect, test } from '@playwright/test';

type Commitment = {
  slug: string;
  status: string;
  parties: { slug: string }[];
  statusHistory: { status: string; at: string; source: { slug: string } | null; excerpt: string }[];
  claims: { slug: string }[];
};
type Page = { items: Commitment[]; nextCursor: string | null };

test.describe('GET /api/commitments', () => {
  test('lists the seeded commitments, the truce agreed in principle with each status sourced', async ({ request }) => {
    const page: Page = await (await request.get('/api/commitments')).json();
    const truce = page.items.find((item) => item.slug === 'energy-strikes-partial-truce')!;
    expect(truce.status).toBe('agreed_in_principle');
    expect(truce.statusHistory).toHaveLength(2);
    for (const change of truce.statusHistory)
      expect(change.source?.slug).toBe('nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks');
    const proposal = page.items.find((item) => item.slug === 'witkoff-30-day-full-ceasefire')!;
    expect(proposal.status).toBe('proposed');
    expect(proposal.claims).toHaveLength(1);
  });

  test('filters by status, party and topic, and pages along its cursor', async ({ request }) => {
    const slugs = async (query: string) =>
      ((await (await request.get(`/api/commitments?${query}`)).json()) as Page).items.map((item) => item.slug);
    expect(await slugs('status=proposed')).toEqual(['witkoff-30-day-full-ceasefire']);
    expect(await slugs('topic=energy-infrastructure')).toEqual(['energy-strikes-partial-truce']);
    expect(await slugs('party=united-states')).toEqual([]);
    expect(await slugs('q=energy')).toEqual(['energy-strikes-partial-truce']);
    const first: Page = await (await request.get('/api/commitments?limit=1')).json();
    const second: Page = await (await request.get(`/api/commitments?limit=1&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...second.items].map((item) => item.slug).sort()).toEqual([
      'energy-strikes-partial-truce',
      'witkoff-30-day-full-ceasefire',
    ]);
  });

  test('one commitment by slug; an unknown one is a 404', async ({ request }) => {
    const response = await request.get('/api/commitments/energy-strikes-partial-truce');
    expect(response.status()).toBe(200);
    expect(((await response.json()) as Commitment).parties.map((party) => party.slug)).toEqual(['russia', 'ukraine']);
    expect((await request.get('/api/commitments/no-such-commitment')).status()).toBe(404);
  });

  for (const [query, field] of [
    ['status=kept', 'status'],
    ['due_before=2026-02-30', 'due_before'],
    ['limit=0', 'limit'],
    ['cursor=nonsense', 'cursor'],
    ['party=Not%20A%20Slug', 'party'],
  ]) {
    test(`?${query} is a 400 naming ${field}`, async ({ request }) => {
      const response = await request.get(`/api/commitments?${query}`);
      expect(response.status()).toBe(400);
      // A list's entry is named by its place: `status.0`.
      expect(
        Object.keys((await response.json()).fields).some((key) => key === field || key.startsWith(`${field}.`)),
      ).toBe(true);
    });
  }

  test('an unknown party is a 400 naming it', async ({ request }) => {
    const response = await request.get('/api/commitments?party=atlantis');
    expect(response.status()).toBe(400);
    expect((await response.json()).fields).toHaveProperty('party');
  });
});
