// JSON reads carry an ETag and `Cache-Control: no-cache`, so that a client or a shared cache in
// front asks again every time and gets a 304 while the answer has not changed; and no write,
// through the API or by another process on the same file, is ever hidden behind a 304.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { TEST_DATABASE } from '../../playwright.config';
import { storageStateFor, unique } from '../helpers/accounts';
import { startWriter, waitFor } from '../helpers/processes';

const READS = [
  '/api/events',
  '/api/events?party=russia',
  '/api/events/ukraine-us-talks-riyadh-2025-03-23',
  '/api/events/facets',
  '/api/claims?topic=ceasefire',
  '/api/people',
  '/api/parties',
  '/api/people/rustem-umerov',
  '/api/parties/russia',
  '/api/topics',
];

const event = (title: string, startsAt: string) => ({
  kind: 'statement',
  title,
  startsAt,
  timeZone: 'UTC',
  precision: 'day',
  status: 'occurred',
});

/** The ETag of a 200 answer, after checking that it is there with `no-cache`. */
async function etagOf(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['cache-control'], path).toBe('no-cache');
  const etag = response.headers()['etag'];
  expect(etag, path).toMatch(/^"[^"]+"$/);
  return etag;
}

/** Other tests write at the same time and rightly change answers; so ask until a 304 comes, then check what it carries. */
async function expectNotModified(request: APIRequestContext, path: string) {
  await expect
    .poll(
      async () => (await request.get(path, { headers: { 'if-none-match': await etagOf(request, path) } })).status(),
      { message: `${path} answers 304`, timeout: 20_000 },
    )
    .toBe(304);
}

test('JSON reads answer 304 to a matching If-None-Match, and 200 with the body to another', async ({ request }) => {
  for (const path of READS) await expectNotModified(request, path);
  const etag = await etagOf(request, '/api/topics');
  const other = await request.get('/api/topics', { headers: { 'if-none-match': '"something-else"' } });
  expect(other.status()).toBe(200);
  expect((await other.json()).items.length).toBeGreaterThan(0);
  const listed = await request.get('/api/topics', { headers: { 'if-none-match': `"x", W/${etag}` } });
  expect([200, 304]).toContain(listed.status());
  if (listed.status() === 200) expect(listed.headers()['etag']).not.toBe(etag);
  else expect(listed.headers()).toMatchObject({ etag, 'cache-control': 'no-cache' });
});

test.describe('writes', () => {
  test.use({ storageState: storageStateFor('analyst') });

  test('through the API change the ETag of what they change: a list, the event itself, the facets', async ({
    request,
  }) => {
    const view = '/api/events?from=2097-01-01&to=2097-12-31';
    const before = {
      view: await etagOf(request, view),
      facets: await etagOf(request, '/api/events/facets?from=2097-01-01&to=2097-12-31'),
    };
    const title = unique('Revalidation probe');
    const created = await request.post('/api/events', { data: event(title, '2097-06-01') });
    expect(created.status()).toBe(201);
    const { slug } = await created.json();

    const after = await request.get(view, { headers: { 'if-none-match': before.view } });
    expect(after.status()).toBe(200);
    expect(JSON.stringify(await after.json())).toContain(title);
    expect(
      (
        await request.get('/api/events/facets?from=2097-01-01&to=2097-12-31', {
          headers: { 'if-none-match': before.facets },
        })
      ).status(),
    ).toBe(200);

    const single = await etagOf(request, `/api/events/${slug}`);
    expect(
      (
        await request.patch(`/api/events/${slug}`, { data: { ...event(`${title} edited`, '2097-06-01'), version: 1 } })
      ).status(),
    ).toBe(200);
    const edited = await request.get(`/api/events/${slug}`, { headers: { 'if-none-match': single } });
    expect(edited.status()).toBe(200);
    expect((await edited.json()).title).toBe(`${title} edited`);

    expect((await request.delete(`/api/events/${slug}?version=2`)).status()).toBe(204);
    expect((await request.get(`/api/events/${slug}`, { headers: { 'if-none-match': single } })).status()).toBe(404);
  });

  test('by another process on the same database file change the ETag on the next request', async ({ request }) => {
    const view = '/api/events?from=2096-01-01&to=2096-12-31';
    const before = await etagOf(request, view);
    const title = unique('Written by a script');
    const slug = `revalidation-probe-${Date.now().toString(36)}`;
    const writer = startWriter({
      DATABASE_PATH: TEST_DATABASE,
      PARLEY_MODE: 'one',
      PARLEY_TITLE: title,
      PARLEY_SLUG: slug,
      PARLEY_STARTS: '2096-05-01T12:00:00.000Z',
    });
    await waitFor(() => writer.lines.some((line) => line.startsWith('ack create') || line.startsWith('error')));
    expect(writer.lines.join('\n')).toContain('ack create');
    const after = await request.get(view, { headers: { 'if-none-match': before } });
    expect(after.status()).toBe(200);
    expect(JSON.stringify(await after.json())).toContain(title);
    expect((await request.delete(`/api/events/${slug}?version=1`)).status()).toBe(204);
  });
});
