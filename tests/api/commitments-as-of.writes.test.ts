// Commitments as of any instant through the API: a commitment created, its status changed through
// the status endpoint, edited and deleted; at the instant after each step GET /api/commitments and
// GET /api/commitments/{key} with asOf answer exactly what the live API answered then.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';

const SOURCE = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';
type Commitment = { id: number; slug: string; version: number; status: string; text: string };
/** The parts of the answers this test reads: a record, or a page of them. */
type Answer = Commitment & { items: Commitment[] };

test.use({ storageState: storageStateFor('analyst') });

async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<Answer> {
  expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true);
  return response.status() === 204 ? ({} as Answer) : ((await response.json()) as Answer);
}

/** The instant now, once the clock has moved past `after`: no two steps share a millisecond. */
async function instantAfter(after: string): Promise<string> {
  while (new Date().toISOString() <= after) await new Promise((resolve) => setTimeout(resolve, 1));
  return new Date().toISOString();
}

test('at each step of a commitment’s life, asOf answers what the live API answered then', async ({ request }) => {
  const topic = await ok(await request.post('/api/topics', { data: { name: unique('Commitments as-of') } }));
  const list = `/api/commitments?topic=${topic.slug}&limit=200`;
  const snapshots: { at: string; list: unknown; one: unknown; status: number }[] = [];
  let slug = '';
  const snapshot = async () => {
    const one = slug ? await request.get(`/api/commitments/${slug}`) : null;
    const at = await instantAfter(new Date().toISOString());
    snapshots.push({
      at,
      list: await ok(await request.get(list)),
      one: one?.ok() ? await one.json() : null,
      status: one?.status() ?? 404,
    });
    await instantAfter(at);
  };
  const data = {
    text: unique('Exchange 500 prisoners each'),
    parties: ['russia', 'ukraine'],
    topics: [topic.slug],
    timeZone: 'Europe/Istanbul',
    deadlineAt: '2026-06-02T12:00',
    statusHistory: [{ status: 'agreed', at: '2025-03-23T17:30', source: SOURCE }],
  };
  await snapshot();
  const created: Commitment = await ok(await request.post('/api/commitments', { data }));
  slug = created.slug;
  await snapshot();
  const changed: Commitment = await ok(
    await request.post(`/api/commitments/${slug}/status`, {
      data: { version: created.version, status: 'partly_implemented', at: '2025-04-01T10:00Z', source: SOURCE },
    }),
  );
  await snapshot();
  const edited: Commitment = await ok(
    await request.patch(`/api/commitments/${slug}`, {
      data: { ...data, text: `${data.text} (revised)`, version: changed.version, statusHistory: undefined },
    }),
  );
  expect(edited.status).toBe('partly_implemented');
  await snapshot();
  await ok(await request.delete(`/api/commitments/${slug}?version=${edited.version}`));
  await snapshot();

  for (const { at, list: answered, one, status } of snapshots) {
    expect(await ok(await request.get(`${list}&asOf=${at}`)), `list as of ${at}`).toEqual(answered);
    const then = await request.get(`/api/commitments/${slug}?asOf=${at}`);
    expect(then.status(), `one as of ${at}`).toBe(status);
    if (one) expect(await then.json(), `one as of ${at}`).toEqual(one);
  }
  const statuses = snapshots.map((s) => (s.one as Commitment | null)?.status ?? null);
  expect(statuses).toEqual([null, 'agreed', 'partly_implemented', 'partly_implemented', null]);
  const byStatus = await ok(await request.get(`${list}&status=agreed&asOf=${snapshots[1].at}`));
  expect(byStatus.items.map((item) => item.slug)).toEqual([slug]);
  expect((await ok(await request.get(`${list}&status=agreed&asOf=${snapshots[2].at}`))).items).toEqual([]);
});

test('a bad asOf on the commitments API is a 400 naming the parameter', async ({ request }) => {
  for (const path of ['/api/commitments?asOf=2025-02-30', '/api/commitments/1?asOf=yesterday']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(JSON.stringify(await response.json()), path).toContain('asOf');
  }
});
