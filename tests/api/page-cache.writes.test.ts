// The timeline, event, person and party pages are rendered once and served again from memory
// until the data changes (db/page-cache.mjs). These tests prove both halves: a page is kept, and
// no write, through the API or by another process on the same file, is ever hidden by it.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { TEST_DATABASE } from '../../playwright.config';
import { timelineViewPath } from '../../lib/timeline-view';
import { storageStateFor, unique } from '../helpers/accounts';
import { startWriter, waitFor } from '../helpers/processes';

const CACHED_PAGES = [
  '/',
  '/?party=russia&topic=ceasefire',
  '/events/ukraine-us-talks-riyadh-2025-03-23',
  '/people/rustem-umerov',
  '/parties/russia',
];

const cacheHeader = async (request: APIRequestContext, path: string) =>
  (await request.get(path)).headers()['x-nextjs-cache'];

/** Other tests write at the same time, and each write rightly drops every kept page; so ask until one is served from the cache. */
async function expectKept(request: APIRequestContext, path: string) {
  await expect
    .poll(() => cacheHeader(request, path), { message: `${path} is served from the cache`, timeout: 20_000 })
    .toBe('HIT');
}

async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

const event = (title: string, startsAt: string) => ({
  kind: 'statement',
  title,
  startsAt,
  timeZone: 'UTC',
  precision: 'day',
  status: 'occurred',
});

test('the timeline, event, person and party pages are kept once rendered, the same for readers and analysts', async ({
  request,
  playwright,
}) => {
  for (const path of CACHED_PAGES) await expectKept(request, path);
  const analyst = await playwright.request.newContext({ storageState: storageStateFor('analyst') });
  for (const path of CACHED_PAGES) await expectKept(analyst, path);
  await analyst.dispose();
});

test('what depends on the session is never kept: the forms, and /api/viewer', async ({ playwright, request }) => {
  const analyst = await playwright.request.newContext({ storageState: storageStateFor('analyst') });
  for (let i = 0; i < 2; i++) expect((await analyst.get('/events/new')).headers()['x-nextjs-cache']).toBeUndefined();
  const signedIn = await analyst.get('/api/viewer');
  expect(signedIn.headers()['cache-control']).toBe('private, no-store');
  expect(await signedIn.json()).toEqual({ viewer: { name: expect.any(String), role: 'analyst' } });
  expect(await (await request.get('/api/viewer')).json()).toEqual({ viewer: null });
  await analyst.dispose();
});

test.describe('writes through the API', () => {
  test.use({ storageState: storageStateFor('analyst') });

  test('show on the very next request: a new event in a kept view, an edit on a kept event page, a deletion', async ({
    request,
  }) => {
    const view = '/?from=2099-01-01';
    await expectKept(request, view);
    expect(await html(request, view)).toContain('No events match.');

    const title = unique('Cache probe');
    const created = await request.post('/api/events', { data: event(title, '2099-06-01') });
    expect(created.status()).toBe(201);
    const { slug } = await created.json();
    expect(await html(request, view)).toContain(title);

    await expectKept(request, `/events/${slug}`);
    const edited = await request.patch(`/api/events/${slug}`, {
      data: { ...event(`${title} edited`, '2099-06-01'), version: 1 },
    });
    expect(edited.status()).toBe(200);
    expect(await html(request, `/events/${slug}`)).toContain(`${title} edited`);

    expect((await request.delete(`/api/events/${slug}?version=2`)).status()).toBe(204);
    expect((await request.get(`/events/${slug}`)).status()).toBe(404);
    expect(await html(request, view)).not.toContain(title);
  });

  test('a write by another process on the same database file shows on the next request too', async ({ request }) => {
    const view = '/?from=2098-01-01&to=2098-12-31';
    await expectKept(request, view);
    const title = unique('Written by a script');
    const slug = `script-probe-${Date.now().toString(36)}`;
    const writer = startWriter({
      DATABASE_PATH: TEST_DATABASE,
      PARLEY_MODE: 'one',
      PARLEY_TITLE: title,
      PARLEY_SLUG: slug,
      PARLEY_STARTS: '2098-05-01T12:00:00.000Z',
    });
    await waitFor(() => writer.lines.some((line) => line.startsWith('ack create') || line.startsWith('error')));
    expect(writer.lines.join('\n')).toContain('ack create');
    expect(await html(request, view)).toContain(title);
    expect((await request.delete(`/api/events/${slug}?version=1`)).status()).toBe(204);
  });
});

test('a timeline view served from its internal path names its public address as canonical', async ({ request }) => {
  const page = await html(request, timelineViewPath('party=russia&topic=ceasefire'));
  expect(page).toMatch(/<link rel="canonical" href="[^"]*\/\?party=russia&amp;topic=ceasefire"/);
});
